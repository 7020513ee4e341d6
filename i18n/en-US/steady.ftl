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

# end of editor

## Command line (cli.rs)

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Language
settings-language-system = As the system ({ $language })

# end of settings
