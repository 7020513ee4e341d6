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
rest-prompt-breathe = Breathe slowly: in through the nose, out through the mouth.
rest-prompt-sip = Sip something cool.
rest-prompt-shake = Shake out your arms and legs gently.
rest-prompt-shoulders = Let your shoulders drop and relax.
rest-prompt-before-tired = Rest now, before you feel tired.
length-secs = { $secs } s
length-min = { $min } min
length-min-secs = { $min } min { $secs } s
length-about = about { $length }
dose-reps-tempo = { $sets ->
    [one] 1 set
   *[other] { $sets } sets
} of { $reps } reps, { $tempo } s tempo
dose-reps = { $sets ->
    [one] 1 set
   *[other] { $sets } sets
} of { $reps } reps
dose-hold = { $sets ->
    [one] 1 hold
   *[other] { $sets } holds
} of { $secs } s
dose-stepping = { $length } of stepping at { $beats_per_min } beats a minute
strong-hours-too-few = After { $needed } sessions Steady can show when in the day yours go best ({ $so_far } so far).
strong-hours-spread = Your sessions are spread over the day; no time stands out yet.
strong-hours-mostly = Most of your sessions are in the { $part }.
strong-hours-best-and-harder = Your sessions go best in the { $best }, and are harder in the { $worst }.
strong-hours-even = Your sessions go about as well at any time of day you exercise.
template-routine-title = My routine
template-exercise-name = New exercise
template-safety-stop = Stop if you feel pain, dizziness or unusual tiredness.
template-safety-clinician = Stop and contact your clinician if you notice a sudden increase in weakness, numbness, or changes in vision or balance.
template-copy-suffix = (copy)
# The word in a kept copy's title: "Title (copy 2)".
routines-copy-word = copy
invalid-range = This must be between { $min } and { $max } (found { $found }).
invalid-range-hint = Is a digit too many? Steady keeps doses in a safe, sensible range.
invalid-empty = This is empty.
invalid-title-too-long = The title is longer than { $max } characters.
invalid-title-too-long-hint = Keep the title short; put details in the summary.
invalid-no-focus = Choose at least one focus.
invalid-exercise-count = A routine has between { $min } and { $max } exercises (found { $found }).
invalid-duplicate-name = Two exercises are called "{ $name }".
invalid-duplicate-name-hint = Give each exercise its own name; history counts them by name.
invalid-id-empty = The id is empty.
invalid-id-hint = Use lowercase words joined by dashes, like "seated-leg-strength".
invalid-id-characters = The id "{ $id }" may only have lowercase letters, digits and dashes.
invalid-id-too-long = The id is longer than { $max } characters.
invalid-no-steps = "{ $exercise }" has no instruction steps.
invalid-no-steps-hint = Add at least one short sentence.
io-not-found = it does not exist
io-permission-denied = permission denied
io-is-a-folder = it is a folder
io-disk-full = the disk is full
io-read-only = the disk is read-only
# Date patterns (chrono's: %A weekday, %a short weekday, %-d day, %B month, %b short
# month, %Y year, %H:%M time). Names come in the language itself.
date-weekday-short = %a
date-day-month = %-d %B
date-day-month-short = %-d %b
date-day-month-year-short = %-d %b %Y
date-long-with-time = %A %-d %B at %H:%M
date-time-day-month = %H:%M, %-d %B
day-today = today
day-yesterday = yesterday
day-days-ago = { $days } days ago
day-on = on { $date }
date-short-with-time = %a %-d %b %Y %H:%M

## Home (ui/home.rs)

home-reading-history = Reading your history…
home-this-week = This week: { $sessions ->
    [0] no sessions yet
    [one] 1 session
   *[other] { $sessions } sessions
}
home-week-minutes = · { $minutes } min
home-files-need-fix = Some routine files need a small fix
home-files-not-loaded = { $count ->
    [one] One routine file could not be loaded
   *[other] { $count } routine files could not be loaded
}
home-check-again = Check routine files again
home-last-good = ⚠ Its file has a problem (above); this is its last good version, in use until the file is fixed.
home-card-facts = { $focus } · { $position } · about { $minutes } min
home-not-done-yet = Not done yet
home-last-done = Last done { $when }
home-this-week-of = { $last } · this week { $done } of { $times }
home-start = Start ▶
home-start-name = Start { $title }
home-orphan-what = { $title } on { $when }: { $done } of { $exercises } exercises had work done.
home-orphan-unreadable = A session file could not be read ({ $problem }): { $path }
home-unknown-problem = unknown problem
home-orphan-left-elsewhere = A session was left on { $host } at { $when }
home-orphan-title = A session was not finished when Steady closed
home-discard-question = Discard it? It is moved to the trash folder.
home-keep-it = Keep it
home-yes-discard = Yes, discard
home-save-stopped-early = Save it as stopped early
home-discard-it = Discard it

# end of home

## Check-in (ui/checkin.rs)

checkin-cooling-tip = Keep the room cool, have a cold drink nearby, and put a cool, damp cloth on your neck. Rest more often today.
checkin-intro = Three quick questions. You can skip them and start below.
checkin-energy-question = How is your energy today?
checkin-energy-name = Energy { $energy }
checkin-hot-question = Do you feel hot or overheated?
checkin-hot-name = Feeling hot
checkin-weakness-question = Any new or suddenly worse weakness?
checkin-weakness-name = New weakness
checkin-yes = Yes
checkin-no = No
checkin-safety = Safety
checkin-clinician-title = Please check with your clinician
checkin-clinician-text = New or suddenly worse weakness is a reason to contact your clinician before you exercise. Rest today is a good choice. If you feel safe, a gentle routine you do seated or lying down is an option.
checkin-rest-today = Rest today
checkin-continue-lighter = Continue with the lighter session
checkin-or-seated = Or, seated or lying down, lighter:
checkin-title-lighter = { $title } (lighter)
checkin-lighter-hot = A lighter session may suit today. { checkin-cooling-tip }
checkin-lighter = A lighter session may suit today: fewer sets and more rest.
checkin-easy-today = Take it easy today
checkin-start-lighter = Start lighter session
checkin-start = Start session
checkin-skip-today = Skip today
checkin-you-need = You need
checkin-not-medical = Steady is not a medical device. Contact your clinician about a sudden increase in weakness, new pain, or a fall.

# end of checkin

## Player and session (ui/player.rs, live.rs)

player-rehearsal = Trying your edits as the client: nothing is recorded. Stop goes back to the editor.
player-step-of = · step { $step } of { $steps }
player-step-of-lighter = · step { $step } of { $steps } · lighter session
player-next = Next: { $name }
player-first = First: { $name }
picture-of = Picture: { $name }
player-tip = Tip: { $note }
player-own-pace = At your own pace. Press "Set done" (or Enter) when you finish.
player-rep-of = Rep { $rep } of { $reps }
player-step-with-beat = Step with the beat · { $beats }
player-get-ready = Get ready
player-first-soon = The first exercise starts soon.
player-dose-hold = hold { $secs } s
player-dose-stepping = { $beats_per_min } steps a minute
player-dose-reps = { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}
player-set-of = Set { $set } of { $sets } · { $what }
player-set-of-side = Set { $set } of { $sets } · { $side } · { $what }
player-rest = Rest
player-rest-before-next = Rest before the next exercise
player-switch-to = { $side ->
    [left] Switch to the left side
   *[right] Switch to the right side
}
player-well-done = Well done!
player-keys = Keys: Space pause · → skip · ← back · Enter set done · Esc stop
phase-get-ready = GET READY
phase-work = WORK
phase-rest = REST
phase-switch-side = SWITCH SIDE
phase-done = DONE
phase-paused = PAUSED
control-pause = ❚❚ Pause
control-resume = ▶ Resume
control-set-done = ✔ Set done
control-stop = ■ Stop
control-back = ◀ Back
control-skip = Skip ▶
control-add-rest = +30 s rest
control-lighter = Make it lighter
control-back-to-normal = Back to normal dose
control-why-already-lighter = the session is already lighter
control-why-not-self-paced = only for a set you pace yourself; this one ends by itself
control-why-first-step = this is the first step
control-why-not-resting = only during a rest or a countdown
control-not-available = Not available now: { $why }.
stop-question = Stop the session?
stop-kept = The session is paused. Everything you did so far is kept.
stop-keep-going = Keep going
stop-yes = Yes, stop
stop-esc = Enter, Space or Esc: keep going · S: stop
stop-why = Why are you stopping?
stop-why-helps = This helps you and your therapist plan. Any answer is fine.
stop-keep-going-instead = Keep going instead
stop-if-wrong = If something is wrong
stop-if-wrong-text = Pain that does not settle, a fall, or a sudden increase in weakness is a reason to contact your clinician.
sound-try-again = Try sound again

live-not-kept = { $problem }. The session goes on; it will be saved at the end.
live-status = Session status: { $status }
live-work = Work: { $exercise }
live-done = Session done
live-paused = Paused. { $phase }
live-ten-left = { $phase }. 10 seconds left
live-halfway = { $phase }. Halfway

tempo-up = ▲ UP
tempo-hold = ■ HOLD
tempo-down = ▼ DOWN

# end of player

## Check-out (ui/checkout.rs)

# Steady's own words for effort and fatigue at points of the 0–10 scales.
checkout-effort-0 = no effort
checkout-effort-3 = light
checkout-effort-5 = somewhat hard
checkout-effort-7 = hard
checkout-effort-10 = all I had
checkout-fatigue-0 = not tired
checkout-fatigue-3 = a little tired
checkout-fatigue-5 = tired
checkout-fatigue-7 = very tired
checkout-fatigue-10 = exhausted
checkout-done-title = Session done. Well done!
checkout-done-words = You did { $done } of { $planned } sets.
checkout-end-title = You reached the end
checkout-too-few-words = You did { $done } of { $planned } sets: less than half, so it does not count toward this week's plan. That is fine; rest is part of the plan.
checkout-all-skipped-title = Every set was skipped
checkout-all-skipped-words = Nothing is counted as done today. Rest, and try again another day.
checkout-stopped-title = Session stopped: { $reason }
checkout-stopped-words = You did { $done } of { $planned } sets. Stopping was the right call.
checkout-summary = { $routine } · { $minutes } min of exercise
checkout-summary-lighter = { $routine } · { $minutes } min of exercise · lighter session
checkout-look-after-title = Look after yourself
checkout-look-after = If pain does not settle, or you fell, contact your clinician. Rest now.
checkout-cool-down = Cool down
checkout-exercise = Planned { $plan } · done { $done } of { $sets } sets{ $reps ->
        [0] {""}
       *[other] , { $reps } reps
    }{ $skipped ->
        [0] {""}
       *[other] , { $skipped } skipped
    }
checkout-effort-question = How hard was it? (effort)
checkout-effort = Effort
checkout-fatigue-question = How tired are you now? (fatigue)
checkout-fatigue = Fatigue
checkout-note = A note (optional)
checkout-note-hint = How did it go? Anything for your therapist?
checkout-not-saved = ⚠ Not saved yet
checkout-save-again = Try saving again
checkout-save = Save and finish

# end of checkout

## The window, notices and questions (ui/mod.rs, ui/ask.rs, app/mod.rs, state/mod.rs)

screen-home = Home
screen-check-in = Check-in
screen-session = Session
screen-check-out = Check-out
screen-settings = Settings
screen-review = Review
screen-routines = Routines
screen-editor = Edit routine
notice-please-note = Please note:
notice-dismiss = Dismiss
sound-starting = Sound is starting…
sound-on = Sound on
sound-muted = Sound off (muted in Settings)
sound-no-device = No sound device found: cues are shown on screen only.
sound-device-stopped = The sound device stopped: cues are shown on screen only.
sound-could-not-start = Sound could not start ({ $why }): cues are shown on screen only.
sound-missed-prompts = Sound is back. { $count ->
    [one] One spoken prompt was
   *[other] { $count } spoken prompts were
} missed while it was gone: the screen shows where you are.

app-set-done-hint = "Set done" is only for a set you pace yourself; this step ends by itself.
app-orphan-not-trashed = The unfinished session could not be moved to the trash ({ $why }): { $path }
app-folder-not-opened = The data folder could not be opened ({ $why }): { $path }
app-saved-newer-kept = The session was saved; a newer version of it arrived meanwhile and is kept too.
app-saved-answers-added = Saved. This session had already been kept on the other computer; your answers were added.
app-saved-already-kept = Saved. This session had already been kept on the other computer, with everything you gave.
app-exported = Exported { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} (one row per exercise) to { $path }
app-exported-with-days = Exported { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} (one row per exercise) to { $path }, and { $days ->
    [one] 1 rest day
   *[other] { $days } rest days
} to { $days_path }
app-exported-days-failed = Exported { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} to { $path }, but the rest days could not be written ({ $why }): { $days_path }
app-export-failed = The export could not be written ({ $why }): { $path }
app-session-not-saved = { $problem }. Your session is kept here; try again, or check the data folder in Settings.
app-rest-well = Rest well. Your check-in answers are kept in your history.
app-answers-not-kept = { $problem }. Your answers could not be kept; you can rest anyway.

app-window-failed = the window could not be opened: { $why }

app-already-open = Steady is already open in another window; changes made in both may overwrite each other's settings.

# end of window

## Review (ui/review.rs)

review-title = Your progress
review-export-csv = Export to CSV
review-loading = Reading your history…
review-unreadable-files = Some history files could not be read (they were left as they are)
review-no-sessions = No sessions yet. Your sessions will show here.
review-adherence = Sessions against the prescription
review-overall = Overall: { $percent } % of prescribed sessions in the full weeks shown.
review-overall-later = Overall: shown after your first full week.
review-percent-last-week = { $percent } % last week
review-percent-weeks = { $percent } % over the last { $weeks } weeks
review-percent-later = shown after a full week
review-this-week = This week: { $done } of { $prescribed } · { $percent }
review-chart-prescribed = Prescribed
review-chart-done = Done
review-chart-spoken = Chart: sessions of { $routine } done each week against { $prescribed } prescribed, the last { $weeks } weeks (the numbers follow below)
review-week-by-week = Week by week
# The decimal point in averages ("4.5").
review-decimal-point = .
review-week = { $week }: { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }, { $minutes } min, effort { $effort }, fatigue { $fatigue }
review-end-reasons = Why sessions ended early
review-strong-hours = Strong hours
review-day-part = { $part }: { $sessions } sessions, { $completed } of them finished, effort { $effort }, fatigue { $fatigue }
review-sessions = Sessions
review-calendar = Calendar
review-calendar-summary = This week: { $active } of { $days_so_far } days with a session. Since { $since }: { $since_active } days.
review-calendar-legend = ✔ a session done (half its sets or more) · ½ less than half · R rested (checked in) · – nothing
# The calendar's mark for a rest day (the legend above explains it).
review-calendar-rested = R
review-rest-days = Rest days
review-rest-day = { $when }: rested. Energy { $energy }, feeling hot { $hot }, new weakness { $weakness }
review-not-answered = not answered
review-yes = yes
review-no = no
review-outcome-finished = finished
review-outcome-stopped = stopped: { $reason }
review-session-summary = { $routine } · { $minutes } min · { $outcome }
review-details = Details of { $when }
review-level-not-given = not given
review-level = { $value } of 10
review-effort-fatigue = Effort { $effort }, fatigue { $fatigue }
review-check-in = Check-in: energy { $energy }, feeling hot { $hot }, new weakness { $weakness }
review-lighter = Lighter session
review-paused = Paused { $count } times, { $secs } s in all
review-exercise = { $name }: planned { $plan }; done { $done } of { $sets } sets{ $reps ->
        [0] {""}
       *[other] , { $reps } reps
    }
review-note = Note: { $note }

# end of review

## Routines screen (ui/routines.rs, app/editing.rs)

routines-new = + New routine
routines-import = Import…
routines-problems-title = ⚠ Routine files with problems
routines-check-again = Check routine files again
routines-own-heading = Your routines
routines-own-none = You have no routines of your own yet. Start a new one, or make a copy of one below to change it.
routines-bundled-heading = Bundled with Steady
routines-bundled-explain = These cannot be changed. Make a copy to edit it with your therapist.
# A routine's card: how many exercises, how long ($length, e.g. "about 20 min"),
# how often a week, and its id.
routines-card-summary =
    { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    } · { $length } · suggested { $times } a week · id { $id }
routines-card-last-good = ⚠ Its file has a problem (see above); this is its last good version.
# Each button of a card, and its fuller name for screen readers.
routines-copy = Make a copy to edit
routines-copy-name = Make a copy of { $title } to edit
routines-edit = Edit
routines-edit-name = Edit { $title }
routines-duplicate = Duplicate
routines-duplicate-name = Duplicate { $title }
routines-rename = Rename
routines-rename-name = Rename { $title }
routines-versions = Versions
routines-versions-name = Versions of { $title }
routines-export-button = Export…
routines-export-name = Export { $title }
routines-delete = Delete
routines-delete-name = Delete { $title }
routines-rename-label = New title:
routines-rename-field = New title
routines-rename-save = Save title
routines-rename-cancel = Cancel
routines-export-heading = Export: save this routine as a file to share
routines-export-explain = Type where to save it, or choose with the system's dialog. An existing file is never replaced.
routines-export-field = Export to file
routines-export-do = Export
routines-choose-dialog = Choose with a dialog…
routines-export-cancel = Cancel export
routines-import-heading = Import a routine file
routines-import-explain = Type the path of a .ron file, or choose it with the system's dialog. It is checked before it is copied in.
routines-import-field = File to import
routines-import-hint = e.g. ~/Downloads/balance.ron
routines-import-do = Import this file
routines-import-cancel = Cancel import
routines-trash-heading = Trash
routines-trash-empty = Nothing in the trash. Deleted routines wait here until you restore them.
routines-trash-restore = Restore
routines-trash-restore-name = Restore { $title }
routines-versions-heading = Previous versions
routines-versions-none = None yet: each time the routine is saved, the version it replaces is kept here.
# $saved: when the version was replaced, e.g. "23 Nov 2026, 10:46".
routines-version-replaced = Replaced on { $saved }
routines-version-same = The same as the current version.
routines-version-brings-back = Restoring it brings back:
routines-version-more-changes =
    { $count ->
        [one] …and { $count } more change.
       *[other] …and { $count } more changes.
    }
routines-version-restore = Restore this version
routines-version-restore-name = Restore the version replaced on { $saved }
routines-version-unreadable = ⚠ It cannot be read: { $reason }
routines-versions-close = Close versions
# The line at the bottom and its button.
routines-ok = OK
routines-dismiss-message = Dismiss this message
# Questions and refusals.
routines-refusal-title = ⚠ That did not work
routines-delete-question = Move "{ $title }" to the trash?
routines-delete-explain = You can restore it from the trash at the end of this page.
routines-delete-keep = Keep it
routines-delete-confirm = Yes, move to the trash
routines-rename-comments-title = This file has comments
routines-rename-comments-text = Its title could not be changed on its own line, so renaming writes the file afresh and its comments (lines starting with //) are lost; the file as it is now is kept in backups. Rename anyway?
routines-rename-anyway = Rename anyway
routines-rename-dont = Don't rename
routines-restore-clash-title = That id is taken now
routines-restore-clash-text = "{ $title }" has the id "{ $id }", which another routine uses now. Keep both: it comes back with a new id, and the other routine is not changed.
routines-keep-both = Keep both
routines-restore-clash-leave = Leave it in the trash
routines-import-clash-title = Same id
routines-import-clash-bundled = "{ $id }" is the id of a routine bundled with Steady, which cannot be replaced. Keep both gives the imported one a new id.
routines-import-clash-own = You already have a routine with the id "{ $id }". Replace it (its current version is kept in backups), or keep both (the imported one gets a new id)?
routines-import-replace = Replace mine
# What an action did ($error: why it failed, from the file handling).
routines-restored = The routine is back in your routines.
routines-restore-failed = It could not be restored: { $error }
routines-restored-as-new = Restored as "{ $title }" with the id "{ $id }"; your other routine is unchanged.
routines-version-restored = "{ $title }" is back to the version you chose; the one it replaced is in the list too.
routines-copy-failed = The copy could not be made: { $error }
routines-renamed = Renamed to "{ $title }".
routines-rename-failed = It could not be renamed: { $error }
routines-deleted = "{ $title }" is in the trash. Restore it from the trash at the end of this page if that was a mistake.
routines-delete-failed = It could not be moved to the trash: { $error }
routines-exported = Saved "{ $title }" as { $path }
routines-export-failed = It could not be exported: { $error }
routines-imported = Imported "{ $title }" (id "{ $id }") into { $path }
routines-import-failed = It could not be imported: { $error }
# The system's file dialog.
routines-dialog-export-title = Export "{ $title }"
routines-dialog-import-title = Import a routine
routines-dialog-filter = Steady routine
routines-dialog-failed = The file dialog could not open; type the path instead.
routines-dialog-nothing-chosen = No file was chosen. If no dialog appeared, type the path in the box instead.
# Said in the editor (app/editing.rs).
routines-changed-outside = This routine was changed outside Steady; the new version is shown.
routines-keep-mine = Keeping your version. Saving replaces the file on disk; its current version is kept in backups.
routines-loaded-theirs = Loaded the version on disk. Undo brings your changes back.
routines-copy-made = This is your copy of "{ $title }", saved as { $path }. Change what you need, then Save.
routines-editing-last-good = The file has a problem (shown on the routines screen); this is its last good version. Saving it replaces the broken file, which is kept in backups.
routines-saved-with-backup = Saved. The previous version is kept in { $path }
routines-saved-as = Saved as { $path }
routines-save-id-taken = Not saved yet: the id "{ $id }" is already used by another routine. Choose another id.
routines-save-failed = Not saved: { $error }
routines-preview-needs-no-problems = The preview needs a routine without problems: fix those marked ⚠ first.
routines-preview-ended = The preview ended. Nothing was recorded.

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

# Help (clap): the command's and its arguments' descriptions, and clap's own words.
cli-about = A desktop companion for home exercise, built for people living with multiple sclerosis.
cli-validate-about = Check routine files and report every problem as path:line:col
cli-validate-more = With no PATH, checks the bundled routines and your routines folder; a file whose id a bundled routine has is a problem either way.

    Exit codes:
      0  no errors (warnings are printed but pass)
      1  an error in any file, or with --strict any warning
      2  the command could not run (a usage error, a folder that cannot be read)
cli-list-about = List the routines: id, title, focus and estimated length
cli-paths-about = Show where Steady keeps its files
cli-export-about = Export history as CSV (RFC 4180; opens in LibreOffice and Excel), or as a FHIR file for clinic systems
cli-export-more = One row per exercise per session, the session's fields repeated; with --sessions, one row per session. Times are the local time of the computer that recorded them, with their UTC offset (ISO 8601); --from and --to are local days. Every column is described in docs/history-csv.md. With --fhir FILE, a FHIR R4 file (JSON) of self-test results, weekly adherence and weekly fatigue for a clinic's system, described in docs/fhir.md.
cli-import-about = Check a routine file and copy it into your routines folder
cli-import-more = The file is copied byte for byte, comments and all. If its id is already used, say whether to replace that routine (its previous version is kept in backups/) or keep both (the copy gets a new id and "(copy 2)" in its title; only those change in its text).
cli-export-routine-about = Write a routine (bundled or yours) to a file, to share it
cli-cues-about = Write cue sounds to a WAV file, to preview them without running a session
cli-cues-more = With ROUTINE (an id or a .ron file), writes the whole session's cue track, each cue at its time. Without it, writes every cue in turn with a pause between.
cli-help-about = Print this message or the help of the given subcommand(s)
cli-arg-data-dir = Keep Steady's data (routines, history) in DIR instead of the usual place
cli-arg-lang = The language of Steady's words: en or de. Default: the one chosen in Settings, else the system's
cli-arg-validate-paths = Routine files or folders of routine files
cli-arg-export-csv = Write CSV
cli-arg-export-out = The file to write (it must not exist yet); without it, standard output
cli-arg-export-from = First day to include (YYYY-MM-DD)
cli-arg-export-to = Last day to include (YYYY-MM-DD)
cli-arg-export-sessions = One row per session instead of one per exercise
cli-arg-export-days = One row per day with a check-in and no session ("rest today")
cli-arg-import-file = The routine file (.ron)
cli-arg-import-replace = If the id is taken, replace your routine with this one (after a backup)
cli-arg-import-keep-both = If the id is taken, keep both: the imported routine gets a new id
cli-arg-export-routine-id = The routine's id (see `steady list`)
cli-arg-export-routine-out = The file to write (it must not exist yet)
cli-arg-cues-wav = The WAV file to write
cli-arg-cues-routine = A routine id (see `steady list`) or a routine file
cli-arg-cues-lighter = Use the lighter-day plan
cli-arg-cues-force = Replace FILE if it exists (a link is never written through)
cli-help-help = Print help
cli-help-help-short = Print help (see more with '--help')
cli-help-help-long = Print help (see a summary with '-h')
cli-help-version = Print version
cli-help-help-subcommand = Print help for the subcommand(s)
# Headings of the help; clap adds the colon.
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
# The commands' output. Messages starting in lower case follow "steady: " or another
# message and a colon.
cli-unknown-language = { $text } is not a language Steady speaks ({ $known })
cli-list-id = ID
cli-list-title = TITLE
cli-list-focus = FOCUS
cli-list-length = LENGTH
cli-list-minutes = { $minutes } min
cli-list-not-loaded = { $files ->
        [one] 1 file
       *[other] { $files } files
    } could not be loaded; run `steady validate` for details:
cli-writing-terminal = writing to the terminal
cli-validate-all-good = All good: { $routines ->
        [one] 1 routine
       *[other] { $routines } routines
    } checked, no problems.
cli-validate-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; { $routines ->
        [one] 1 routine
       *[other] { $routines } routines
    } loaded.
cli-paths-data = data
cli-paths-routines = routines
cli-paths-history = history
cli-paths-check-ins = check-ins
cli-paths-state = state
cli-paths-backups = backups
cli-paths-trash = trash
cli-wav-data-failed = could not make the WAV data
cli-file-exists-force = the file already exists; choose another name, move it first, or add --force: { $path }
cli-file-exists = the file already exists; choose another name or move it first: { $path }
cli-wav-write-failed = could not write the WAV file ({ $why }): { $path }
cli-wrote-cues = Wrote { $count } cues ({ $length }) to { $path }
cli-skipped-history-file = skipped a history file: { $problem }
cli-csv-failed = could not write the CSV
cli-csv-write-failed = could not write the CSV file ({ $why }): { $path }
cli-exported = Exported { $count } sessions to { $path }
cli-imported = Imported "{ $title }" as { $id } to { $path }
cli-id-taken = A routine with the id "{ $id }" already exists. Run again with --replace (your routine is backed up first) or --keep-both.
cli-bundled-id = A routine bundled with Steady has the id "{ $id }" and cannot be replaced. Run again with --keep-both (the imported one gets a new id).
cli-bundled-id-replace = "{ $id }" is a bundled routine, which cannot be replaced; use --keep-both
cli-wrote-routine = Wrote "{ $title }" to { $path }
cli-routine-has-problems = the routine has problems:
cli-no-such-routine = no routine has the id "{ $id }"; `steady list` shows them

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Language
settings-language-system = As the system ({ $language })

settings-text-size = Text size
settings-text-smaller = Smaller text
settings-text-larger = Larger text
settings-theme = Theme
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high-contrast = High contrast
settings-sound = Sound
settings-volume = Volume
settings-mute = Mute all sounds
settings-test-sound = Play a test sound
settings-retry-sound = Try sound again
settings-get-ready = Get-ready countdown
settings-get-ready-none = None
# For screen readers: $choice is "None" or "10 s".
settings-get-ready-spoken = Countdown { $choice }
settings-motion = Motion
settings-reduce-motion = Reduce motion (no moving tempo bar)
settings-data = Your data
settings-data-where = Routines and history are kept in { $folder }
settings-open-folder = Open the data folder
settings-unreadable = Your settings could not be read ({ $why }), so the defaults are used: { $path }
settings-unreadable-syntax = Your settings could not be read (line { $line }, column { $column }: { $why }), so the defaults are used. The file will be kept as a copy: { $path }
settings-not-utf8 = it is not UTF-8 text
settings-keep-copy-failed = could not keep a copy of the old settings ({ $why }): { $path }
settings-save-failed = could not save your settings ({ $why }): { $path }

# end of settings

# routine format 2 (#17): levels, progression, therapist's notes, cautions
focus-aerobic = aerobic
focus-relaxation = relaxation
dose-timed = { $sets ->
    [one] 1 round
   *[other] { $sets } rounds
} of { $length }
dose-timed-effort = { $sets ->
    [one] 1 round
   *[other] { $sets } rounds
} of { $length }, effort about { $effort } of 10
caution-long-session = The session takes about { $minutes } min, which is long.
caution-long-session-hint = Long sessions tire people with MS; consider two shorter routines.
caution-long-hold = A hold of { $secs } s is very long.
caution-long-hold-hint = Stretches and balance holds are usually 20–60 s; add sets instead.
caution-standing-without-safety = The routine has standing work but no safety notes.
caution-standing-without-safety-hint = Add a note such as “Stand next to a sturdy counter.”
caution-strength-too-often = Strength work { $times } times a week is a lot.
caution-strength-too-often-hint = Muscles grow stronger on the rest days between sessions; 2–3 a week is usual.
caution-no-rest = “{ $exercise }” has several sets and no rest between them.
caution-no-rest-hint = Rest before fatigue: 1–2 min between sets is usual.
caution-many-reps = “{ $exercise }” has { $total } reps in all, which is a lot.
caution-many-reps-hint = Usual strength work is 1–3 sets of 8–15 reps.
level-lighter = lighter
level-normal = normal
level-harder = harder
checkin-your-level = Your level: { $level } doses.
checkin-start-normal = Start with normal doses
checkin-start-harder = Start harder session
checkin-from-therapist = From your therapist
checkin-step-up-title = Ready to step up?
checkin-step-up-text = Your last { $sessions ->
    [one] session was
   *[other] { $sessions } sessions were
} finished with an effort of { $effort } or less. Your therapist's plan says you can move to the { $level } doses now. You decide; you can always go back.
checkin-step-up-yes = Yes, step up
checkin-step-up-no = Not yet
checkin-step-down-title = Step down for a while?
checkin-step-down-pain = Your last session stopped because of pain. The { $level } doses may suit you better for now. If the pain stays or is new, contact your clinician.
checkin-step-down-fatigue = Your last session left you very tired (fatigue { $fatigue } of 10). The { $level } doses may suit you better for now.
checkin-step-down-yes = Yes, step down
checkin-step-down-no = Keep my level
checkin-step-taken = From now on: { $level } doses.
checkin-step-not-taken = You stay at { $level } doses.
checkin-step-change = Change my answer
editor-dose-timed = Timed work
editor-rounds = Rounds
editor-work-for = Work for
editor-work-for-name = Working time
editor-effort-target = Effort target
editor-effort = Effort (0–10)
editor-effort-name = Target effort
player-load = With: { $load }
player-position = Position for this one: { $position }
player-dose-timed = { $length } of steady work
player-dose-timed-effort = { $length }, effort about { $effort } of 10: you can still talk
editor-sides-one-then-other = All sets on one side, then the other
editor-first-side = First side:
editor-first-side-name = First side: { $side }
editor-switch-secs = Time to change sides
editor-exercise-position = Position for this exercise
editor-exercise-position-name = Position for this exercise: { $position }
editor-position-as-routine = As the routine
editor-load = Band, weight or other load (optional)
editor-load-name = Load
editor-progression = Offer a step up to the harder doses
editor-progression-sessions = After this many sessions in a row
editor-progression-sessions-name = Step up after sessions in a row
editor-progression-effort = with an effort of at most (0–10)
editor-progression-effort-name = Step up at an effort of at most
editor-tempo-words = Own words for the tempo
editor-tempo-word-name = Tempo word: { $part }
review-harder = Harder session
review-step-taken = Moved to the { $level } doses at check-in.
review-step-not-taken = Offered the { $level } doses at check-in: not yet.
# end of routine format 2

# report
report-title = Home exercise report
report-period = Period: { $from } to { $to } ({ $days } days)
report-made = Made with Steady on { $when }
report-sessions-total = { $sessions ->
    [one] One session
   *[other] { $sessions } sessions
}, of which { $counted } count toward the prescription (at least half of the planned sets done).
report-routines-done = Routines done:
report-not-medical = Written by the person with Steady, a home exercise app. It is not a medical device; the values are the person's own ratings.
report-date-month-year = %b %Y
report-adherence = Adherence to the prescription
report-no-sessions = No sessions in this period.
report-overall = All routines together: { $percent } % of the prescribed sessions in the full weeks of the period.
report-adherence-explained = A week counts when it lies wholly in the period and is over. Each week counts at most the prescribed number of sessions.
report-prescribed = Prescribed { $times } times a week.
report-percent = { $percent } % over { $weeks } full weeks.
report-percent-later = No full week in this period yet.
report-chart-spoken = Chart: sessions of { $routine } done against { $prescribed } prescribed each week (the numbers are in the table)
report-bars-legend = Bars: sessions done. Thick dashed line: prescribed.
report-numbers = The numbers
report-week = Week of
report-month = Month
report-done = Done
report-target = Prescribed
report-effort = Effort and fatigue (0–10)
report-no-effort = No effort or fatigue was given in this period.
report-effort-spoken = Chart: effort and fatigue from 0 to 10 after each session, with their averages (the numbers are in the table)
report-effort-legend = Solid line: average effort; dashed line: average fatigue. Dots: effort after each session; open squares: fatigue after each session.
report-sessions = Sessions
report-minutes = Minutes
report-effort-average = Effort
report-fatigue-average = Fatigue
report-lighter-count = { $lighter } of { $sessions } sessions were done at the lighter dose.
report-lighter-days = Lighter
report-stopped = Sessions stopped early
report-none-stopped = No session was stopped early.
report-reason = Reason
report-times = Times
report-stopped-list = Each one, newest first
report-when = When
report-routine = Routine
report-sets = Sets done
report-sets-of = { $done } of { $planned }
report-more-not-listed = { $count } more not listed.
report-calendar = Calendar and check-in flags
report-calendar-from = The calendar shows the last year of the period, from { $from }.
report-calendar-spoken = Calendar of the period, a column per week: { $weakness } days with new weakness, { $hot } hot days, { $rested } days skipped after a check-in (the dates follow)
report-calendar-legend = A column per week, Monday at the top. Black: a session that counts; grey: only a short session; white: none; diagonal line: skipped after the check-in; white dot: lighter day; ring: felt hot; black corner: new weakness.
report-flag-weakness = New or worse weakness: { $count } days
report-flag-hot = Feeling hot: { $count } days
report-flag-rested = Skipped after the check-in: { $count } days
report-part-of-day = Part of the day
report-completed = Finished
report-notes = The person's notes
report-no-notes = No notes in this period.
report-versions = Routine versions
report-versions-explained = Each routine as it was done: its title and a short code of its content (the code changes when the routine is edited).
report-version = Version
report-version-current = (current)
handout-trains = What it trains:
handout-how-often = How often:
handout-times-per-week = { $times ->
    [one] once a week.
   *[other] { $times } times a week.
}
handout-position = Position:
handout-equipment = You need:
handout-safety = Stay safe
handout-your-clinician = Your clinician:
handout-phone = phone
handout-dose = How much:
handout-lighter = On a tired day:
handout-note = Note:
handout-notes = Notes
handout-tick-heading = Tick a box each day you did it
cli-report-about = Write a report for your clinician as one HTML file to print
cli-report-more = Adherence to each routine's prescription, effort and fatigue, lighter days, sessions stopped early, check-in flags, strong hours and notes. Without --from, the last 12 weeks; without --to, up to today. Open the file in a browser and print it, or save it as PDF.
cli-handout-about = Write a one-page handout of a routine, in large print, as one HTML file to print
cli-sample-history-about = Fill an empty history with example sessions, to try out Review and the report
cli-sample-history-more = Writes plausible sessions of three bundled routines over the last weeks. Refuses a history that already has sessions or check-ins.
cli-arg-report-out = The HTML file to write (it must not exist yet)
cli-arg-sample-history-weeks = How many weeks, ending today
cli-document-write-failed = could not write the file ({ $why }): { $path }
cli-settings-defaults = the defaults used instead: a daily time budget of { $budget } minutes, { $get_ready } seconds to get ready, not heat-sensitive, no clinician named. Save your settings again in Steady's Settings.
cli-report-from-after-to = the first day ({ $from }) is after the last day ({ $to })
cli-report-too-long = the period from { $from } to { $to } is longer than { $years } years; a report covers at most { $years } years: choose a later --from or an earlier --to
cli-report-narrowed = the report covers { $from } to { $to }, the part of the period asked that has history
cli-wrote-report = Wrote a report of { $sessions } sessions from { $from } to { $to } to { $path }
cli-wrote-handout = Wrote the handout of "{ $title }" to { $path }
cli-history-lock-failed = could not lock the history for writing ({ $why }): { $path }
cli-sample-history-not-empty = the history already has { $count } records; example sessions go into an empty history only: { $path }
cli-wrote-sample-history = Wrote { $sessions } example sessions over { $weeks } weeks to { $path }
documents-report-button = Report for my clinician
documents-handout-button = Print handout
documents-handout-name = Print a handout of { $title }
documents-period = Period
documents-period-4-weeks = 4 weeks
documents-period-12-weeks = 12 weeks
documents-period-6-months = 6 months
documents-period-year = A year
documents-period-everything = Everything
documents-month-by-month = Month by month
documents-save-heading = Save as a file to print
documents-save-explain = Type where to save it (a folder or a file name ending in .html), or choose with the system's dialog. Open the file in a browser to print it or save it as PDF. An existing file is never replaced.
documents-save-field = Where to save the document
documents-save-do = Save the file
documents-choose-dialog = Choose…
documents-save-cancel = Cancel
documents-dialog-report = Save the report for your clinician
documents-dialog-handout = Save the handout
documents-dialog-filter = Web page (HTML)
documents-nothing-chosen = Nothing was chosen in the dialog; type where to save it instead.
documents-saved = Saved: { $path }. Open it in a browser to print it.
documents-exists = A file with this name already exists; choose another name: { $path }
documents-save-failed = Could not save it ({ $why }): { $path }
documents-clinician = Your clinician
documents-clinician-explain = Shown on the routine handouts you print. Both are optional and kept only on this computer.
documents-clinician-name = Name
documents-clinician-phone = Phone
documents-clinician-keep = Keep
documents-clinician-kept = Your clinician's details are kept.
documents-clinician-name-spoken = Your clinician's name
documents-clinician-phone-spoken = Your clinician's phone number
# end of report

# msgs
cli-more = Run steady with no command to open the app's window.
cli-arg-validate-strict = Fail (exit code 1) on warnings too, not only on errors
cli-import-backup = The routine it replaced is kept in { $path }
cli-import-rewritten = Its id and title could not be changed in place, so the copy was written anew, without its comments.
# end of msgs

# sounds
sounds-title = Sounds
sounds-play = Play
# For screen readers: $name is a sound's name, e.g. "Go".
sounds-play-spoken = Play the sound “{ $name }”
sounds-card-title = What the sounds mean
sounds-card-more = You can hear each one in Settings, under Sounds.
sounds-card-ok = Got it
cue-countdown = Countdown
cue-countdown-means = 3, 2, 1: the next part is about to start.
cue-go = Go
cue-go-means = Start the exercise now.
cue-up = Up (rising tone)
cue-up-means = Lift or move up while the tone rises.
cue-hold = Hold (steady low tone)
cue-hold-means = Hold the position.
cue-down = Down (falling tone)
cue-down-means = Lower slowly while the tone falls.
cue-beat = Beat
cue-beat-means = Take one step on each beat.
cue-halfway = Halfway
cue-halfway-means = Half of this set or hold is done.
cue-rest = Rest
cue-rest-means = Stop and rest.
cue-rest-ending = Rest ending soon
cue-rest-ending-means = 5 seconds of rest left: get ready.
cue-switch-side = Switch side
cue-switch-side-means = Change to the other side.
cue-exercise-done = Exercise done
cue-exercise-done-means = Every set of this exercise is done.
cue-session-done = Session done
cue-session-done-means = The whole session is done. Well done!
# steady cues --wav without a routine: one line per sound, in the order written.
cli-cue-line = { $number }. { $name }: { $means }
# end of sounds

# handout format 2
handout-one-side-then-other = all sets on the { $first }, then the { $then }
handout-tempo-words = Say it as: { $up } · { $hold } · { $down }
handout-harder = On a stronger day:
documents-handout-fix-first = Fix the problems in the routine first: a handout shows the routine as it would be saved.
# end of handout format 2

# report levels
report-lighter-levels = Lighter days and levels
report-harder-count = { $harder } of { $sessions } sessions were done at the harder dose.
report-harder-days = Harder
report-level-changes = Offers to change the level, newest first
report-offered = Offered
report-answer = Answer
report-answer-yes = Yes, moved
report-answer-not-yet = Not yet
# end of report levels
# self-tests
dose-test = Self-test: { $test }
test-name-5xsts = Five times sit-to-stand
test-name-chair-stand = 30-second chair stand
test-name-balance = Standing balance
test-name-fatigue = Fatigue check (Steady's own)
test-name-walk = Timed 25-foot walk
invalid-needs-format = This needs routine format { $needed } (the file says format { $found }).
invalid-needs-format-hint = Write format: { $needed } at the top of the file.
invalid-test-with-levels = "{ $exercise }" is a self-test: a test has no lighter or harder dose.
invalid-test-with-levels-hint = Remove the lighter and harder doses, or give the test its own exercise.
editor-dose-test = Self-test
editor-test-choice-name = { $test } (which self-test)
cli-paths-self-tests = self-tests
cli-arg-export-tests = One row per self-test result.
cli-exported-tests = Exported { $count } self-test results to { $path }
cli-arg-export-fhir = Write a FHIR R4 file (JSON) for clinic systems to this file (it must not exist yet)
cli-exported-days = Exported { $count ->
        [one] 1 day
       *[other] { $count } days
    } to { $path }
cli-exported-fhir = Wrote { $count } FHIR observations ({ $tests ->
        [one] 1 self-test result
       *[other] { $tests } self-test results
    }) from { $from } to { $to } to { $path }
cli-fhir-failed = could not write the FHIR file
cli-fhir-write-failed = could not write the FHIR file ({ $why }): { $path }
screen-self-tests = Self-tests
home-self-tests = Self-tests: how are strength and balance changing?
player-start-test = Start the test: { $test }
selftest-title = Self-tests
selftest-intro = Short guided tests to follow how your strength, balance and fatigue change over months. Each result is compared with your own usual (the middle of your first three results). Steady is not a medical device: these tests do not diagnose anything. Talk about the results with your therapist or clinician.
selftest-last-result = Last: { $value }, { $when } ({ $count } so far)
selftest-start = Start
selftest-start-name = Start { $test }
selftest-about-5xsts = Stand up from a chair and sit down five times, as quickly as you safely can. About 1 minute.
selftest-about-chair-stand = As many full stands as you safely can in 30 seconds. About 1 minute.
selftest-about-balance = Stand beside a counter in four stances, each up to 30 seconds. Have someone at home with you. About 4 minutes.
selftest-about-fatigue = Five short questions about tiredness this past week: Steady's own check, not a published questionnaire. About 2 minutes.
selftest-about-walk = With a helper: walk 25 feet (7.6 m) at your usual quick, safe pace while the helper times you. About 2 minutes.
selftest-safety-title = Before you start
selftest-safety-weakness = Not today if you have new or suddenly worse weakness: contact your clinician instead.
selftest-safety-dizzy = Not today if you feel dizzy, unwell or overheated.
selftest-safety-company = Only with someone at home with you (your therapist may have asked for this).
selftest-safety-stop = Stop at any moment if you feel unsteady: nothing is kept then.
selftest-how = How it goes
selftest-how-5xsts = Put the chair against a wall. Sit at the front, feet flat, arms crossed over your chest. After "3, 2, 1, Go", stand up fully and sit down five times. Press the big button (or Space) as you sit down the fifth time.
selftest-how-chair-stand = Put the chair against a wall. Sit at the front, arms crossed over your chest. After "Go", stand up fully and sit down as many times as you safely can until "Stop". Then enter the number of full stands.
selftest-how-balance = Stand beside a counter. For each stance, get into position with a hand on the counter and press "I am in position". Let go on "Go". Press the big button (or Space) the moment you touch the counter or move a foot. 30 seconds is a full hold. After a stance you could not hold, the ladder ends (both single-leg sides are always tried).
selftest-how-fatigue = Answer five questions about the past seven days, from 0 (not at all) to 4 (very much). Steady's own check: not the MFIS.
selftest-how-walk = Mark a straight, clear 25-foot (7.6 m) path. The helper presses Start as you set off and Stop as you cross the end line. Walk at your usual quick, safe pace, with your usual walking aid.
selftest-arms-crossed = Arms crossed
selftest-armrests = Using the armrests
selftest-no-walking-aid = No walking aid
selftest-walking-aid = With a walking aid
selftest-condition-armrests = with armrests
selftest-condition-arms-crossed = arms crossed
selftest-condition-walking-aid = with a walking aid
selftest-condition-no-walking-aid = without a walking aid
selftest-condition-helper = with hands-on help
selftest-condition-no-helper = without hands-on help
selftest-no-helper = Walking on my own
selftest-helper = Someone holds or steadies me
selftest-series-condition = { $series }, { $condition }
selftest-value-condition = { $value }, { $condition }
selftest-begin = I am ready: begin
selftest-not-today = Not today
selftest-balance-ready = Next: { $stance }. Get into position, a hand on the counter.
selftest-in-position = I am in position
selftest-walk-ready = Helper: press Start as the walker sets off.
selftest-walk-start = Start
selftest-get-ready = Get ready
selftest-go = Go!
selftest-halfway = Halfway
selftest-balance-hold = Hold { $stance }. Press the moment you touch down.
selftest-touched-down = Touched down
selftest-walk-running = Helper: press Stop as the walker crosses the end line.
selftest-walk-stop = Stop
selftest-5xsts-running = Stand up and sit down five times. Press as you sit down the fifth time.
selftest-5xsts-done = Fifth stand done
selftest-chair-running = Stand up fully and sit down, as many times as you safely can.
selftest-chair-stop = Stop. Sit down and rest.
selftest-chair-count = How many full stands did you do?
selftest-one-fewer = One stand fewer
selftest-one-more = One stand more
selftest-keep = Keep the result
selftest-stop = ■ Stop the test (nothing is kept)
selftest-keys = Keys: Space presses the big button, Esc stops the test.
selftest-fatigue-own = Steady's own fatigue check (five questions, 0 to 4 each). It is not the MFIS or any published questionnaire, and its total is not comparable with one.
selftest-fatigue-q1 = In the past seven days, how much has tiredness limited what you wanted to do?
selftest-fatigue-q2 = How often did you need to stop and rest in the middle of something?
selftest-fatigue-q3 = How heavy did your arms or legs feel when you moved?
selftest-fatigue-q4 = How much did thinking feel slow or foggy?
selftest-fatigue-q5 = How long did it take you to recover after effort?
selftest-answer-0 = 0 Not at all
selftest-answer-1 = 1 A little
selftest-answer-2 = 2 Somewhat
selftest-answer-3 = 3 A lot
selftest-answer-4 = 4 Very much
selftest-answer-name = { $answer }: { $question }
selftest-kept-title = { $test }: kept
selftest-kept-stance = { $stance }: { $value }
selftest-back = Back to the self-tests
selftest-not-kept-title = The result could not be kept
selftest-not-kept = The result could not be kept: { $why }
selftest-try-again = Try again
selftest-seconds = { $value } s
selftest-stands = { $count ->
    [one] 1 stand
   *[other] { $count } stands
}
selftest-points = { $count ->
    [one] 1 point
   *[other] { $count } points
}
selftest-stance-together = feet together
selftest-stance-semi-tandem = semi-tandem (one foot half in front)
selftest-stance-tandem = tandem (heel to toe)
selftest-stance-left = standing on the left leg
selftest-stance-right = standing on the right leg
selftest-when = { $date } ({ $part })
selftest-series-stance = { $test }: { $stance }
selftest-charts-title = Self-tests over time
selftest-charts-about = The line is your usual (the middle of your first three results); the shaded band is how much a result moves from day to day. Triangles mark results outside the band. Your own results, not a diagnosis.
selftest-chart-band = Day-to-day variation
selftest-chart-baseline = Your usual
selftest-chart-results = Results
selftest-chart-name = Chart of { $series }. { $summary }
selftest-result-line = { $when }: { $value }. { $change }
selftest-summary = { $count } results. Your usual: { $baseline }; from { $low } to { $high } is day-to-day variation. { $latest }
selftest-summary-balance = { $count } results. Your usual: { $baseline }. { $latest }
selftest-summary-too-few = { $count } of { $needed } results needed for your usual. { $latest }
selftest-summary-latest = Latest: { $value }. { $change }
selftest-change-baseline = One of the first three, which make your usual.
selftest-change-within = Within day-to-day variation.
selftest-change-faster = Faster than your usual by more than day-to-day variation.
selftest-change-slower = slower than your usual by more than day-to-day variation
selftest-change-more-stands = More stands than your usual by more than day-to-day variation.
selftest-change-fewer-stands = fewer stands than your usual by more than day-to-day variation
selftest-change-held-full = Held the full 30 seconds, more than your usual.
selftest-change-not-full = not held for the full 30 seconds, which you usually do
selftest-change-less-fatigue = Less tiredness than your usual by more than day-to-day variation.
selftest-change-more-fatigue = more tiredness than your usual by more than day-to-day variation
selftest-change-mention = This result is { $change }. You may want to mention this to your clinician.
report-tests-about = Each test against the person's own usual (the middle of their first three results). The grey band is day-to-day variation: for five times sit-to-stand more than 25 % is a real change (Møller et al. 2012), for the 25-foot walk 20 % (Hobart et al. 2013), for the 30-second chair stand 2 stands (MDC95 about 1.1 in MS), for balance reaching 30 s or not, and for Steady's own fatigue check 4 points (Steady's own rule). Done at home, unsupervised; not a diagnosis.
report-tests-legend = Dashed line: the usual; grey band: day-to-day variation; dots: results; filled triangle up: better beyond the band; open triangle down: worse beyond the band.
report-tests-when = When
report-tests-result = Result
report-tests-compared = Compared with the usual
# end of self-tests
# week
invalid-days-format = `days` needs routine format 3.
invalid-days-format-hint = Saving in the editor writes format 3.
invalid-days-repeated = Name each day at most once, and at least one day.
invalid-days-repeated-hint = For example Monday, Wednesday and Friday.
invalid-days-count = { $days } days are named, but sessions a week is { $times }.
invalid-days-count-hint = Make sessions a week the number of days named.
week-editor-days = On these days only (optional; otherwise Steady plans the days)
week-editor-day-name = On { $day }
week-best-better = Best time: { $best }. Your sessions in the { $best } end early less often and tire you less than in the { $worse }.
week-best-usual = Best time: { $part }. You usually exercise in the { $part }, and a habit makes it easier.
week-best-cooler = Best time: morning. It is cooler then, and heat can bring on MS symptoms for a while.
week-cli-plan-about = Show the sessions planned for today and the coming days
week-cli-plan-more = Steady plans within your daily time budget (Settings, 20 minutes unless you change it): strength work never on two days in a row, a missed session moved to the next suitable day, never doubled. With --ics, the coming weeks go into a calendar file with a reminder before each session.
week-cli-arg-weeks = How many weeks to show or write (1 to 12; without it 1, or 4 with --ics)
week-cli-arg-ics = Write the plan as an iCalendar file for your calendar app (it must not exist yet)
week-cli-today = Today, { $date }
week-cli-rest-day = A rest day.
week-cli-session = { $title }, about { $minutes } min
week-cli-wrote-ics = Wrote { $sessions } planned sessions to { $path }
week-ics-summary = Steady: { $title }
week-ics-description = About { $minutes } minutes. Skip it or make it lighter if today is not a good day.
week-ics-alarm = { $title } in 10 minutes
week-all-routines = All routines
week-today = Today
week-today-done = Done for today. Rest is part of the plan too.
week-today-nothing = Nothing planned for today: a rest day. Any routine below is still there if you want it.
week-today-length = About { $minutes } min
week-today-start-name = Start { $title }, planned for today
week-not-today = Not today
week-not-today-name = Not today: { $title } (Steady moves it to another day)
week-too-much = { $title }: { $done } of { $planned } this week: more than planned; rest days help your muscles recover.
week-review-too-much = { $done } of { $planned } this week: more than planned; rest days help your muscles recover.
week-settings-budget = Time each day
week-settings-budget-why = Steady plans no more than this on one day, so no day gets too long.
week-settings-minutes = { $minutes } min
week-settings-budget-spoken = Time each day: { $choice }
week-settings-heat = Heat
week-settings-heat-sensitive = Heat bothers me
week-checkin-more = Tap any that apply today:
week-checkin-fever = Fever or an infection
week-checkin-poor-sleep = Slept very badly
week-checkin-dizzy = Feeling dizzy
week-checkin-fell = A fall since my last session
week-checkin-toggle-name = Applies today: { $answer }
week-fever-title = No exercise today
week-fever-text = With a fever or an infection, rest is the best thing you can do: exercise now makes it harder for your body. An infection can bring back old MS symptoms for a while. Contact your clinician if the fever lasts more than two days, if you feel very unwell, or if symptoms are new or much worse.
week-dizzy-title = Feeling dizzy
week-dizzy-text = No standing or balance work today. Rest, or choose a routine you do seated or lying down. If the dizziness is new or strong, contact your clinician.
week-dizzy-seated = Stay seated the whole session and stop if the dizziness gets worse.
week-fall-title = Tell your clinician about the fall
week-fall-text = Please tell your clinician or physiotherapist about it, even if you were not hurt: it helps them keep your exercise safe.
week-heat-title = Heat: cool down first
week-heat-before = Before you start: have a cold drink, cool your neck and wrists with a damp cloth, and keep the room cool. Heat can make MS symptoms worse for a while. If that settles once you are cool again, it is not a relapse. If worse symptoms last more than 24 hours, contact your clinician.
week-heat-move = A shorter, lighter session suits a hot day. If you can, move it to the cooler part of the day, early morning or evening.
week-rest-cool-down = Cool down: sip a cold drink and hold a cool, damp cloth to your neck.
week-reminder-title = Time for { $title }
week-reminder-text = It is the time planned for it, if it suits you now. No rush: later is fine too.
week-reminder-start-name = Start { $title } now (reminder)
week-reminder-later = Later
week-settings-reminders = Reminders
week-settings-remind = Remind me
week-settings-autostart = Start at login
week-no-config-folder = no config folder was found
week-autostart-failed = Starting at login could not be changed: { $why }. { $path }
week-longer-than-budget = Longer than your { $minutes } min a day, so Steady does not plan it. Start it whenever you like, or give it more time in Settings.
week-settings-heat-why = Cooling tips before each session, a cool-down prompt in every rest, and the cooler morning suggested.
week-settings-remind-why = At the planned times while Steady is open: a note here and one desktop notification.
week-settings-autostart-why = Steady starts minimised when you log in, so reminders come. Off unless you choose it.
# end of week
# voice
# Spoken prompts (said aloud at phase changes; tempo and beats stay tones).
spoken-get-ready = Get ready. First: { $exercise }.
spoken-rest = Rest.
spoken-rest-next = Rest. Next: { $exercise }.
spoken-set = { $exercise }. Set { $set } of { $sets }: { $what }.
spoken-set-side = { $exercise }. Set { $set } of { $sets }, { $side ->
    [left] left side
   *[right] right side
}: { $what }.
spoken-last-set = { $exercise }. Last set: { $what }.
spoken-last-set-side = { $exercise }. Last set, { $side ->
    [left] left side
   *[right] right side
}: { $what }.
spoken-one-set = { $exercise }: { $what }.
spoken-one-set-side = { $exercise }, { $side ->
    [left] left side
   *[right] right side
}: { $what }.
spoken-reps = { $reps ->
    [one] one repetition
   *[other] { $reps } repetitions
}
spoken-hold = hold for { $length }
spoken-stepping = step to the beat for { $length }
spoken-timed = { $length } of steady work
spoken-secs = { $secs ->
    [one] one second
   *[other] { $secs } seconds
}
spoken-min = { $min ->
    [one] one minute
   *[other] { $min } minutes
}
spoken-switch-side = Switch to the { $side ->
    [left] left
   *[right] right
} side.
spoken-halfway = Halfway.
spoken-side-first = { $side ->
    [left] Left
   *[right] Right
} side first.
spoken-last-one = Last one.
spoken-session-done = Session done. Well done!
spoken-paused = Paused. Press Escape again to stop, or any key to go on.
spoken-resumed = Going on.
spoken-ended = Session stopped.
spoken-stop-question = Stop the session? Everything you did so far is kept. Press Enter to keep going, or S to stop.
spoken-stop-why = Why are you stopping? { $choices }. Or press Escape to keep going.
spoken-stop-choice = Press { $key } for { $reason }
spoken-test = Hello. This is how spoken prompts sound.
# The voice (espeak-ng, speech-dispatcher, or the system's own).
voice-system = the system's voice
voice-could-not-run = Could not run { $program }: { $why }
voice-failed = { $program } did not speak: { $why }
voice-not-wav = The voice did not give back sound Steady can play: { $why }
voice-silent = The voice gave back no sound.
# Settings
settings-speech = Spoken prompts
settings-speech-on = Say prompts aloud
settings-speech-explain = Steady says the exercise and its dose, rest, switch side, halfway, last one and session done. Tempo and beats stay tones.
settings-speech-voice = Voice: { $voice }
settings-no-voice = No voice is installed on this computer, so Steady plays tones only (install espeak-ng for spoken prompts).
settings-speech-test = Say something
settings-eyes-free = Eyes-free mode
settings-eyes-free-explain = Before each exercise its instructions are read out, and any key or a click anywhere in the player pauses or resumes. For exercises where you look at your body, not the screen.
settings-eyes-free-needs-speech = Eyes-free mode needs spoken prompts: turn them on first.
settings-speech-rate = How fast prompts are said
settings-speech-rate-slower = Slower
settings-speech-rate-normal = Normal
settings-speech-rate-faster = Faster
settings-speech-rate-spoken = Speech rate: { $choice }
settings-voice-level = The voice against the sounds
settings-voice-level-softer = Softer
settings-voice-level-same = As loud
settings-voice-level-louder = Louder
settings-voice-level-spoken = Voice level: { $choice }
# The player
player-eyes-free = Eyes-free: any key or a click pauses or resumes · Esc stops
# steady say
cli-say-no-voice = No voice found: install espeak-ng to hear spoken prompts.
cli-say-cannot-write = { $voice } speaks by itself and cannot write a WAV file: install espeak-ng.
cli-say-written = { $path }: { $secs } s of speech, peak { $peak } dBFS
cli-say-about = Say a phrase with the voice of spoken prompts and write it to a WAV file
cli-say-more = Uses espeak-ng when it is installed, in the language of --lang (or Settings). Exits with an error if this computer has no voice that can write sound.
cli-arg-say-text = What to say
spoken-self-test = a self-test: press Start the test when you are ready
# end of voice

## The program: what the therapist prescribed (program.ron)
program-setup-title = Your program
program-setup-text = You have no program yet. Your program is what you do each week: which routines, on which days. Choose one way to start.
program-broken-title = Your program file could not be read
program-from-therapist = From my therapist
program-starter = A starter program
program-choose-myself = Choose myself
program-file-text = Open the program file your therapist gave you. You will see what changes before anything is saved.
program-open-file = Open program file…
program-typed-path = Or type where the file is:
program-typed-path-name = Where the program file is
program-read-file = Read this file
program-dialog-title = Open a program from your therapist
program-file-problems = This program file has problems, so nothing was changed:
    { $problems }
program-import-title = Use this program?
program-import-nothing = Nothing changes: you already have this program.
program-import-yes = Use this program
program-import-cancel = Cancel
program-imported = Your program is saved. Today and your week now follow it.
program-saved = Your program is saved.
program-undone = Your program is back as it was.
program-not-saved = Your program could not be saved: { $problem }
program-undo = Undo
program-change-added = Add: { $title }
program-change-changed = Change days or level: { $title }
program-change-removed = Remove from your program: { $title }
program-change-new-routine = New routine: { $id }
program-change-replace-routine = Replace your routine { $id } (the old one is kept in backups)
program-change-same-routine = Already there, unchanged: { $id }
program-change-bundled-routine = Steady's own { $id } is kept (a routine that comes with Steady is never replaced)
program-change-clinician = Prescribed by { $name }
program-starter-seated = Seated start
program-starter-seated-text = Seated leg strength on Monday, Wednesday and Friday morning, with a rest day between. Stretches in bed on the other mornings. Relax and breathe three evenings a week. The monthly check every 4 weeks.
program-starter-balance = Balance and walking
program-starter-balance-text = Standing balance on Tuesday, Thursday and Saturday, paced stepping on Monday, Wednesday and Friday, both in the morning. Standing stretches three times a week. The monthly check every 4 weeks.
program-starter-stretch = Stretch and relax
program-starter-stretch-text = A gentle start: stretches in bed five mornings a week, standing stretches on Monday, Wednesday and Friday, relax and breathe three evenings. The monthly check every 4 weeks.
program-use-this = Use this program
program-use-this-name = Use the starter program { $name }
program-mine = My program
program-times-a-week = { $times ->
    [one] once a week
   *[other] { $times } times a week
}
program-time-morning = morning
program-time-afternoon = afternoon
program-time-evening = evening
program-check-line = { $title }: every { $weeks } weeks
program-prescribed-by = Prescribed by { $name } { $contact }
program-review = Next review with your clinician: { $date }
program-in = In my program: { $when }
program-in-check = In my program: every { $weeks } weeks
program-not-in = Not in your program.
program-add = Add to my program
program-add-name = Add { $title } to my program
program-remove = Remove from my program
program-remove-name = Remove { $title } from my program
program-day-name = { $title } on { $day }
program-rest-day = Rest day
program-rest-day-name = Rest day: put off every session planned for today
program-longer-than-daily = Longer than your { $minutes } min a day. It is in your program, so it is planned on its day all the same: take the rests you need.
program-seated-only-title = Seated or lying work only today
program-seated-only-text = You told Steady about a fall, new weakness or dizziness today. Standing and balance routines wait for another day. If the weakness is new or getting worse, or you were hurt, contact your clinician.
program-not-today-check-in = Not today: your check-in today rules out standing work.
program-cli-about = Show or change your program (what your therapist prescribed)
program-cli-show-about = Show your program
program-cli-add-about = Add a routine to your program, or change its days
program-cli-remove-about = Remove a routine from your program
program-cli-starter-about = Start from a starter program: seated-start, balance-and-walking or stretch-and-relax
program-cli-export-about = Write your program as one file that carries your own routines (never over a file)
program-cli-import-about = Show what a program file would change; --yes saves it
program-cli-arg-id = The routine's id (`steady list` shows them)
program-cli-arg-days = Fixed days, e.g. mon,wed,fri
program-cli-arg-times = Times a week (1 to 7), on days Steady chooses
program-cli-arg-time = The time of day: morning, afternoon, evening or any
program-cli-arg-max-level = The highest level: lighter, normal or harder
program-cli-arg-out = The file to write (it must not exist yet)
program-cli-arg-file = The program file from your therapist
program-cli-arg-yes = Save the changes shown
program-cli-arg-starter = seated-start, balance-and-walking or stretch-and-relax
program-cli-none = You have no program yet, so nothing is planned. Make one with `steady program starter seated-start` or `steady program add ID --days mon,wed,fri`, or import your therapist's file with `steady program import FILE`.
program-cli-broken = your program file has problems (above); fix it, or replace it with `steady program import FILE` or `steady program starter NAME`
program-cli-added = Added to your program: { $title }
program-cli-removed = Removed from your program: { $id }
program-cli-not-in = "{ $id }" is not in your program.
program-cli-did-you-mean = Did you mean "{ $id }"?
program-cli-bad-day = "{ $word }" is not a day; use mon, tue, wed, thu, fri, sat, sun
program-cli-bad-time = "{ $word }" is not a time of day; use morning, afternoon, evening or any
program-cli-bad-level = "{ $word }" is not a level; use lighter, normal or harder
program-cli-bad-starter = "{ $word }" is not a starter program; choose one of { $names }
program-cli-exists = { $path } already exists; choose another name
program-cli-exported = Wrote your program with { $routines } of your own routines inside to { $path }
program-cli-import-refused = nothing was changed: the program file has problems. { $path }
program-cli-import-ask = Nothing is saved yet. Run the same command with --yes to use this program.
program-cli-backup = The previous version is kept: { $path }
program-cli-missing = not found
program-cli-up-to = up to { $level }
program-cli-daily = Time each day: { $minutes } min
program-review-none = No program yet, so adherence is not counted. Your sessions are all below.
program-extra = Also done, not in your program (extra, never counted as missed): { $list }
program-week-guideline = { $minutes } of the 150 minutes a week the MS exercise guidelines suggest for activity (information, not a target)
about-me = About me
about-me-explain = Only for the report you print for your clinician. Kept only on this computer.
about-me-name = My name
about-me-name-spoken = My name, for the report
about-me-born = Date of birth (like 1968-04-02)
about-me-born-spoken = My date of birth, for the report
about-me-bad-date = That date of birth is not a date Steady can read. Write it like 1968-04-02, or leave it empty.
report-safety = Safety first
report-no-falls = No falls reported in this period.
report-falls = { $count ->
    [one] 1 fall reported in this period.
   *[other] { $count } falls reported in this period.
}
report-no-safety-flags = No fever, dizziness, new weakness, sessions stopped for pain or unsafe balance, and no self-test result worse than usual, in this period.
report-other-flags = Also in this period
report-safety-explained = From the person's own check-ins and sessions in Steady. Not a medical assessment.
report-flag-fall = a fall since the last session
report-flag-fever = fever or an infection (no exercise that day)
report-flagged-weakness = new or suddenly worse weakness
report-flag-dizzy = dizziness (no standing or balance work)
report-flag-pain = session stopped for pain
report-flag-unsafe = session stopped: balance felt unsafe
report-flag-test-worse = { $test }: { $value }, worse than the usual by more than day-to-day variation
report-flag-sleep = very poor sleep
report-flagged-hot = feeling hot
report-flag-step-taken = level changed from { $from } to { $to }
report-flag-step-declined = level step from { $from } to { $to } offered, declined
report-levels = Level per routine
report-levels-routine = Routine
report-levels-now = Level now
report-levels-steps = Steps in this period
report-check-ins = Check-in answers, week by week
report-no-check-ins = No check-ins in this period.
report-ci-count = Check-ins
report-ci-low-energy = Low energy
report-ci-hot = Hot
report-ci-fever = Fever
report-ci-sleep = Poor sleep
report-ci-dizzy = Dizzy
report-ci-falls = Falls
report-ci-weakness = New weakness
report-born = born { $date }
report-clinician = Clinician: { $clinician }
handout-printed = Printed { $date }
handout-each-side-first = each side, { $first } first
handout-tempo-heading = Tempo:
handout-rest = Rest:
handout-rest-between = { $length } between sets
handout-tier-stop = Stop now
handout-tier-stop-text = if you have chest pain, feel very short of breath, feel faint or dizzy, or feel sudden new weakness. Sit or lie down.
handout-tier-clinician = Contact your clinician
handout-tier-clinician-text = if you have new or suddenly worse weakness, numbness, changes in vision or balance, a fall, pain that persists, or spasms that disturb your sleep.
handout-tier-emergency = Call emergency services (112 or 911)
handout-tier-emergency-text = if chest pain does not go away when you rest, you cannot get your breath, you fainted, or one side of your face or body suddenly goes weak.
cli-arg-handout-large-print = Large print: 18 pt, one column, each exercise with a large picture
documents-large-handout-button = Print large-print handout
documents-large-handout-name = Print a large-print handout of { $title }
handout-tempo-up = { $secs ->
    [one] 1 second up
   *[other] { $secs } seconds up
}
handout-tempo-hold = { $secs ->
    [one] 1 second hold
   *[other] { $secs } seconds hold
}
handout-tempo-down = { $secs ->
    [one] 1 second down
   *[other] { $secs } seconds down
}
caution-strength-in-a-row = Strength work on two days in a row.
program-caution-often = { $title }: strength work { $times } times a week is more than the 2–3 days a week the MS exercise guidelines suggest.
program-caution-in-a-row = { $title }: strength work on two days in a row; the guidelines suggest a rest day between strength days.
program-fall-pause-title = Standing and balance work paused after your fall
program-fall-pause-text = After a fall, standing and balance routines wait 48 hours, until { $until }. Seated and lying routines are still there. Please tell your clinician about the fall.
program-resume-ask = My clinician says I can go on
program-resume-question = Has your clinician said you can go on with standing and balance work?
program-resume-yes = Yes, my clinician says I can go on
program-resume-not-yet = Not yet
report-resumed-after-fall = standing and balance work resumed within 48 hours of a fall: the person said their clinician agreed
