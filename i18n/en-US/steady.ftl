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

# end of review

## Routines screen (ui/routines.rs, app/editing.rs)

# end of routines

## Editor (ui/editor.rs, state/editing.rs)

# end of editor

## Command line (cli.rs)

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Language
settings-language-system = As the system ({ $language })

# end of settings
