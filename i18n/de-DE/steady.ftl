# Steady's own words, auf Deutsch.
# Keys: <place>-<meaning>, kebab-case. Arguments: snake_case. Plurals through
# Fluent selectors: { $count -> [one] … *[other] … }. See docs/translating.md.

## Common words

app-name = Steady

## Names of things (i18n.rs)

focus-strength = Kraft
focus-balance = Gleichgewicht
focus-sit-to-stand = Aufstehen
focus-stretch = Dehnen
focus-mobility = Beweglichkeit
focus-core = Rumpf
focus-gait = Gehen
focus-stairs = Treppen
position-lying = im Liegen
position-seated = im Sitzen
position-standing = im Stehen
position-standing-with-support = im Stehen mit Halt
side-left = linke Seite
side-right = rechte Seite
energy-low = Wenig
energy-okay = Mittel
energy-good = Gut
end-reason-tired = Zu müde
end-reason-too-hot = Zu warm
end-reason-pain = Schmerzen
end-reason-balance = Gleichgewicht unsicher
end-reason-no-time = Keine Zeit
end-reason-other = Ein anderer Grund
end-reason-interrupted = Unterbrochen
end-reason-all-skipped = Alle Sätze übersprungen
day-part-morning = morgens
day-part-midday = mittags
day-part-afternoon = nachmittags
day-part-evening = abends
day-part-night = nachts
# Datumsmuster (chrono: %A Wochentag, %a kurz, %-d Tag, %B Monat, %b kurz, %Y Jahr,
# %H:%M Uhrzeit).
date-weekday-short = %a
date-day-month = %-d. %B
date-day-month-short = %-d. %b
date-day-month-year-short = %-d. %b %Y
date-long-with-time = %A, %-d. %B um %H:%M
date-short-with-time = %a, %-d. %b %Y, %H:%M

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

settings-language = Sprache
settings-language-system = Wie das System ({ $language })

# end of settings
