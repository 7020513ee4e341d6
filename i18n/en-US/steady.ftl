# Steady's own words, in English (the fallback language: every key is here).
# Keys: <place>-<meaning>, kebab-case. Arguments: snake_case. Plurals through
# Fluent selectors: { $count -> [one] … *[other] … }. See docs/translating.md.

## Common words

app-name = Steady

## Names of things (i18n.rs)

focus-strength = strength
focus-balance = balance
focus-sit-to-stand = sit to stand
focus-stretch = stretch
focus-mobility = mobility
focus-core = core
focus-gait = walking
focus-stairs = stairs
position-lying = lying
position-seated = seated
position-standing = standing
position-standing-with-support = standing with support
side-left = left side
side-right = right side
energy-low = Low
energy-okay = Okay
energy-good = Good
end-reason-tired = Too tired
end-reason-too-hot = Too hot
end-reason-pain = Pain
end-reason-balance = Balance felt unsafe
end-reason-no-time = No time
end-reason-other = Another reason
end-reason-interrupted = Interrupted
end-reason-all-skipped = Every set skipped
day-part-morning = morning
day-part-midday = midday
day-part-afternoon = afternoon
day-part-evening = evening
day-part-night = night
# Date patterns (chrono's: %A weekday, %a short weekday, %-d day, %B month, %b short
# month, %Y year, %H:%M time). Names come in the language itself.
date-weekday-short = %a
date-day-month = %-d %B
date-day-month-short = %-d %b
date-day-month-year-short = %-d %b %Y
date-long-with-time = %A %-d %B at %H:%M
date-short-with-time = %a %-d %b %Y %H:%M

## Home (ui/home.rs)

# end of home

## Check-in (ui/checkin.rs)

# end of checkin

## Player and session (ui/player.rs, live.rs)

# end of player

## Check-out (ui/checkout.rs)

# end of checkout

## The window, notices and questions (ui/mod.rs, ui/ask.rs, app/mod.rs, state/mod.rs)

# end of window

## Review (ui/review.rs)

# end of review

## Routines screen (ui/routines.rs, app/editing.rs)

# end of routines

## Editor (ui/editor.rs, state/editing.rs)

editor-heading = Editing "{ $title }"
editor-no-title = (no title yet)
# Number boxes: the names of − and + for screen readers, and text that is not a number.
editor-less-name = Less: { $name }
editor-more-name = More: { $name }
editor-seconds = seconds
editor-number-empty = Empty: type a whole number, like { $value }.
editor-number-not-whole = "{ $text }" is not a whole number: type one, like { $value }. Until then { $value } is kept.
# Lists and exercises: $item is a name below ("step 2 of exercise 1", "exercise 3").
editor-move-up-name = Move { $item } up
editor-move-down-name = Move { $item } down
editor-remove-name = Remove { $item }
# What was removed, with the start of its text.
editor-removed-with-text = { $item } ("{ $text }")
editor-step = step { $number }
editor-step-add = + Add step
editor-step-add-name = Add step
editor-equipment-item = equipment item { $number }
editor-equipment-add = + Add equipment item
editor-equipment-add-name = Add equipment item
editor-safety-note = safety note { $number }
editor-safety-add = + Add safety note
editor-safety-add-name = Add safety note
editor-rest-prompt = rest prompt { $number }
editor-rest-prompt-add = + Add rest prompt
editor-rest-prompt-add-name = Add rest prompt
# Screen-reader names of an exercise's fields: $field is the field's name ("Sets",
# "step 2", "Add step"), $exercise its number.
editor-of-exercise = { $field } of exercise { $exercise }
editor-of-exercise-lighter = { $field } (lighter) of exercise { $exercise }
editor-of-exercise-harder = { $field } (harder) of exercise { $exercise }
# Questions
editor-leave-title = You have unsaved changes
editor-leave-text = Save them first, or leave and lose them?
editor-save-and-leave = Save and leave
editor-keep-editing = Keep editing
editor-leave-without-saving = Leave without saving
editor-conflict-title = ⚠ The file changed on disk
editor-conflict-text = "{ $title }" was changed outside Steady while you have unsaved changes. Keep yours (saving replaces the file; it is kept in backups), or load the file (Undo brings yours back)?
editor-keep-mine = Keep mine
editor-load-theirs = Load theirs
editor-comments-title = This file has comments
editor-comments-text = Saving from Steady writes the file afresh, and its comments (lines starting with //) are lost; the file as it is now is kept in backups. Save anyway?
editor-save-anyway = Save anyway
editor-dont-save-yet = Don't save yet
editor-file-gone-title = The file was removed
editor-file-gone-text = The file of this routine was moved or deleted outside Steady. Saving creates it again.
editor-disk-problem-title = ⚠ The file on disk has a problem
# $problems: what is wrong with the file, one problem a line.
editor-disk-problem-text =
    { $problems }
    You are editing its last good version.
# The routine's fields. A "-name" is the field's name for screen readers.
editor-routine-heading = The routine
editor-title = Title
editor-title-name = Routine title
editor-id = Id (lowercase words joined by dashes; history uses it)
editor-id-name = Routine id
editor-id-taken = Another routine already has this id.
editor-id-fixed = Id: { $id } (it links the routine to its sessions, so it stays; make a copy for a new id)
editor-summary = What it is for
editor-summary-name = Routine summary
editor-focus = What it trains
# $focus: a focus from "Names of things" (strength, balance…).
editor-focus-name = Trains { $focus }
editor-position = Starting position
# $position: a position from "Names of things" (seated…).
editor-position-name = Starts { $position }
editor-times-per-week = Sessions a week
editor-times-per-week-name = Number of sessions a week
editor-prescription-note = Prescription note (e.g. "not on two days in a row")
editor-prescription-note-name = Prescription note
editor-rest-between-exercises = Rest between exercises
editor-rest-between-exercises-name = Seconds of rest between exercises
editor-equipment = Equipment
editor-safety = Safety notes, shown before every session
editor-rest-prompts = Rest prompts (Steady's own are used when empty)
editor-notes = Notes for you and your therapist (kept when Steady saves the file; comments are not)
editor-notes-name = Routine notes
# Exercises
editor-exercises-heading = Exercises
editor-no-name = (no name yet)
editor-exercise = exercise { $number }
editor-exercise-problems =
    { $count ->
        [one] 1 problem: open it to see
       *[other] { $count } problems: open it to see
    }
editor-hide-details = Hide details
editor-hide-details-name = Hide details of exercise { $number }
editor-edit = Edit
editor-edit-name = Edit exercise { $number }
editor-move-up = ▲ Move up
editor-move-down = ▼ Move down
editor-remove = Remove
editor-duplicate = Duplicate
editor-duplicate-name = Duplicate exercise { $number }
editor-preview-from-here = ▶ Preview from here
editor-preview-from-name = Preview from exercise { $number }
editor-add-exercise = + Add an exercise
editor-add-exercise-name = Add an exercise
# The name of a duplicated exercise (it is saved in the routine).
editor-copy-name = { $name } (copy)
# An exercise's fields
editor-name = Name
editor-steps = Instructions, one short step each
editor-how-much = How much
editor-sides = Sides
editor-sides-both = Both at once
editor-sides-each = Each side in turn
editor-rest-between-sets = Rest between sets
editor-coaching-note = Coaching note (optional)
editor-coaching-note-name = Coaching note
editor-lighter = A lighter dose for low-energy days
editor-harder = A harder dose for progressing
editor-dose-reps = Reps
editor-dose-hold = Timed hold
editor-dose-stepping = Paced stepping
# $kind: one of the three kinds above.
editor-dose-kind-name = { $kind } (kind of dose)
editor-sets = Sets
editor-reps = Reps in a set
editor-reps-name = Reps
editor-tempo = Slow tempo: Steady counts every rep
editor-tempo-name = Slow tempo
editor-tempo-up = Up
editor-tempo-up-name = Tempo up
editor-tempo-hold = Hold
editor-tempo-hold-name = Tempo hold
editor-tempo-down = Down
editor-tempo-down-name = Tempo down
editor-hold-for = Hold for
editor-hold-name = Hold
editor-step-for = Step for
editor-step-for-name = Stepping time
editor-steps-a-minute = Steps a minute
# Session preview. $length: how long a session takes ("12 min"); $steps: the
# number of steps in the timeline below.
editor-preview-heading = Session preview
editor-preview-needs-no-problems = The timeline appears when the routine has no problems.
editor-preview-length = A session takes { $length }: { $steps } steps. "Try it as the client" runs it in the real player, recording nothing, and comes back here.
editor-try-it = ▶ Try it as the client
# $time: a length such as "30 s".
editor-about-time = about { $time }
# The bar at the bottom. In editor-not-saved, editor-saved, editor-problems-to-fix and
# editor-about-minutes every space becomes a no-break space.
editor-removed = Removed { $what }.
editor-undo-removing-name = Undo removing { $what }
editor-save = Save
editor-undo = Undo
editor-redo = Redo
editor-close = Close
editor-close-name = Close editor
editor-not-saved = ● Not saved
editor-saved = ✔ Saved
editor-problems-to-fix =
    { $count ->
        [one] ⚠ 1 problem to fix
       *[other] ⚠ { $count } problems to fix
    }
editor-about-minutes = About { $minutes } min
# Why Save was refused. $name: a number box's name ("Sets of exercise 1"); $first:
# the first problem, in words.
editor-not-saved-empty = Not saved yet: "{ $name }" is empty. Type a whole number there, like 8.
editor-not-saved-not-number = Not saved yet: "{ $name }" holds "{ $text }". Type a whole number there, like 8.
editor-not-saved-problems =
    Not saved yet: fix the { $count ->
        [one] one problem
       *[other] { $count } problems
    } marked ⚠ first. { $first }
# $keep and $load: the answers "Keep mine" and "Load theirs" above.
editor-not-saved-conflict = Not saved yet: the file changed on disk. Choose "{ $keep }" or "{ $load }" first.

# end of editor

## Command line (cli.rs)

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Language
settings-language-system = As the system ({ $language })

# end of settings
