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
home-due-today = ★ Due today
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
stop-esc = Esc: keep going
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

app-set-done-hint = "Set done" is only for a set you pace yourself; this step ends by itself.
app-orphan-not-trashed = The unfinished session could not be moved to the trash ({ $why }): { $path }
app-folder-not-opened = The data folder could not be opened ({ $why }): { $path }
app-saved-newer-kept = The session was saved; a newer version of it arrived meanwhile and is kept too.
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

# end of routines

## Editor (ui/editor.rs, state/editing.rs)

# end of editor

## Command line (cli.rs)

# Help (clap): the command's and its arguments' descriptions, and clap's own words.
cli-about = A desktop companion for home exercise, built for people living with multiple sclerosis.
cli-validate-about = Check routine files and report every problem as path:line:col
cli-validate-more = With no PATH, checks the bundled routines and your routines folder. Exit code: 0 when all are valid, 1 when there is any problem.
cli-list-about = List the routines: id, title, focus and estimated length
cli-paths-about = Show where Steady keeps its files
cli-export-about = Export history as CSV (RFC 4180; opens in LibreOffice and Excel)
cli-export-more = One row per exercise per session, the session's fields repeated; with --sessions, one row per session.
cli-import-about = Check a routine file and copy it into your routines folder
cli-import-more = If its id is already used, say whether to replace that routine (its previous version is kept in backups/) or keep both (the new one gets a new id).
cli-export-routine-about = Write a routine (bundled or yours) to a file, to share it
cli-cues-about = Write cue sounds to a WAV file, to preview them without running a session
cli-cues-more = With ROUTINE (an id or a .ron file), writes the whole session's cue track, each cue at its time. Without it, writes every cue in turn with a pause between.
cli-help-about = Print this message or the help of the given subcommand(s)
cli-arg-data-dir = Keep Steady's data (routines, history) in DIR instead of the usual place
cli-arg-lang = The language of Steady's words: en or de. Default: the one chosen in Settings, else the system's
cli-arg-validate-paths = Routine files or folders of routine files
cli-arg-export-csv = Write CSV (the only format, for now)
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
settings-keep-copy-failed = could not keep a copy of the old settings: { $path }
settings-save-failed = could not save your settings: { $path }

# end of settings
