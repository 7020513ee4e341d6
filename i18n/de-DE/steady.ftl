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
rest-prompt-breathe = Atmen Sie langsam: durch die Nase ein, durch den Mund aus.
rest-prompt-sip = Trinken Sie einen Schluck Kühles.
rest-prompt-shake = Schütteln Sie Arme und Beine sanft aus.
rest-prompt-shoulders = Lassen Sie die Schultern sinken und entspannen Sie sich.
rest-prompt-before-tired = Ruhen Sie jetzt, bevor Sie müde werden.
# Datumsmuster (chrono: %A Wochentag, %a kurz, %-d Tag, %B Monat, %b kurz, %Y Jahr,
# %H:%M Uhrzeit).
date-weekday-short = %a
date-day-month = %-d. %B
date-day-month-short = %-d. %b
date-day-month-year-short = %-d. %b %Y
date-long-with-time = %A, %-d. %B um %H:%M
date-time-day-month = %H:%M Uhr, %-d. %B
day-today = heute
day-yesterday = gestern
day-days-ago = vor { $days } Tagen
day-on = am { $date }
date-short-with-time = %a, %-d. %b %Y, %H:%M

## Home (ui/home.rs)

home-reading-history = Ihr Verlauf wird gelesen …
home-this-week = Diese Woche: { $sessions ->
    [0] noch keine Einheit
    [one] 1 Einheit
   *[other] { $sessions } Einheiten
}
home-week-minutes = · { $minutes } Min.
home-files-need-fix = Einige Programmdateien brauchen eine kleine Korrektur
home-files-not-loaded = { $count ->
    [one] Eine Programmdatei konnte nicht geladen werden
   *[other] { $count } Programmdateien konnten nicht geladen werden
}
home-check-again = Programmdateien neu prüfen
home-last-good = ⚠ Die Datei hat ein Problem (siehe oben); dies ist die letzte gute Fassung. Sie gilt, bis die Datei korrigiert ist.
home-due-today = ★ Heute dran
home-card-facts = { $focus } · { $position } · etwa { $minutes } Min.
home-not-done-yet = Noch nicht gemacht
home-last-done = Zuletzt { $when }
home-this-week-of = { $last } · diese Woche { $done } von { $times }
home-start = Start ▶
home-start-name = { $title } starten
home-orphan-what = { $title } am { $when }: Bei { $done } von { $exercises } Übungen wurde geübt.
home-orphan-unreadable = Eine Datei einer Einheit konnte nicht gelesen werden ({ $problem }): { $path }
home-unknown-problem = unbekanntes Problem
home-orphan-left-elsewhere = Eine Einheit wurde auf { $host } um { $when } offen gelassen
home-orphan-title = Eine Einheit war nicht beendet, als Steady geschlossen wurde
home-discard-question = Verwerfen? Sie kommt in den Papierkorb-Ordner.
home-keep-it = Behalten
home-yes-discard = Ja, verwerfen
home-save-stopped-early = Als vorzeitig beendet speichern
home-discard-it = Verwerfen

# end of home

## Check-in (ui/checkin.rs)

checkin-cooling-tip = Halten Sie den Raum kühl, stellen Sie sich ein kaltes Getränk bereit und legen Sie ein kühles, feuchtes Tuch in den Nacken. Machen Sie heute öfter Pause.
checkin-intro = Drei kurze Fragen. Sie können sie überspringen und unten beginnen.
checkin-energy-question = Wie viel Energie haben Sie heute?
checkin-energy-name = Energie { $energy }
checkin-hot-question = Ist Ihnen heiß oder sind Sie überhitzt?
checkin-hot-name = Mir ist heiß
checkin-weakness-question = Neue oder plötzlich stärkere Schwäche?
checkin-weakness-name = Neue Schwäche
checkin-yes = Ja
checkin-no = Nein
checkin-safety = Sicherheit
checkin-clinician-title = Bitte sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt
checkin-clinician-text = Neue oder plötzlich stärkere Schwäche ist ein Grund, sich vor dem Üben an Ihre Ärztin oder Ihren Arzt zu wenden. Heute auszuruhen ist eine gute Wahl. Wenn Sie sich sicher fühlen, ist ein sanftes Programm im Sitzen oder Liegen möglich.
checkin-rest-today = Heute ausruhen
checkin-continue-lighter = Mit der leichteren Einheit weiter
checkin-or-seated = Oder leichter, im Sitzen oder Liegen:
checkin-title-lighter = { $title } (leichter)
checkin-lighter-hot = Eine leichtere Einheit passt heute vielleicht besser. { checkin-cooling-tip }
checkin-lighter = Eine leichtere Einheit passt heute vielleicht besser: weniger Sätze und mehr Pausen.
checkin-easy-today = Heute sachte
checkin-start-lighter = Leichtere Einheit starten
checkin-start = Einheit starten
checkin-skip-today = Heute auslassen
checkin-you-need = Sie brauchen
checkin-not-medical = Steady ist kein Medizinprodukt. Wenden Sie sich bei plötzlich stärkerer Schwäche, neuen Schmerzen oder einem Sturz an Ihre Ärztin oder Ihren Arzt.

# end of checkin

## Player and session (ui/player.rs, live.rs)

player-rehearsal = Probelauf Ihrer Änderungen aus Sicht der Patientin oder des Patienten: Nichts wird gespeichert. „Stopp“ führt zurück in den Editor.
player-step-of = · Schritt { $step } von { $steps }
player-step-of-lighter = · Schritt { $step } von { $steps } · leichtere Einheit
player-next = Als Nächstes: { $name }
player-first = Zuerst: { $name }
player-tip = Tipp: { $note }
player-own-pace = In Ihrem eigenen Tempo. Drücken Sie „Satz fertig“ (oder Enter), wenn Sie fertig sind.
player-rep-of = Wiederholung { $rep } von { $reps }
player-step-with-beat = Im Takt gehen · { $beats }
player-get-ready = Bereit machen
player-first-soon = Gleich beginnt die erste Übung.
player-dose-hold = { $secs } s halten
player-dose-stepping = { $beats_per_min } Schritte pro Minute
player-dose-reps = { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}
player-set-of = Satz { $set } von { $sets } · { $what }
player-set-of-side = Satz { $set } von { $sets } · { $side } · { $what }
player-rest = Pause
player-rest-before-next = Pause vor der nächsten Übung
player-switch-to = { $side ->
    [left] Wechsel zur linken Seite
   *[right] Wechsel zur rechten Seite
}
player-well-done = Gut gemacht!
player-keys = Tasten: Leertaste Pause · → weiter · ← zurück · Enter Satz fertig · Esc Stopp
phase-get-ready = BEREIT
phase-work = ÜBEN
phase-rest = PAUSE
phase-switch-side = SEITE WECHSELN
phase-done = FERTIG
phase-paused = ANGEHALTEN
control-pause = ❚❚ Anhalten
control-resume = ▶ Weiter
control-set-done = ✔ Satz fertig
control-stop = ■ Stopp
control-back = ◀ Zurück
control-skip = Überspringen ▶
control-add-rest = +30 s Pause
control-lighter = Leichter machen
control-back-to-normal = Zurück zur normalen Dosis
control-why-already-lighter = die Einheit ist schon leichter
control-why-not-self-paced = nur für einen Satz in Ihrem eigenen Tempo; dieser endet von selbst
control-why-first-step = dies ist der erste Schritt
control-why-not-resting = nur während einer Pause oder eines Countdowns
control-not-available = Gerade nicht verfügbar: { $why }.
stop-question = Einheit beenden?
stop-kept = Die Einheit ist angehalten. Alles, was Sie bisher gemacht haben, bleibt gespeichert.
stop-keep-going = Weitermachen
stop-yes = Ja, beenden
stop-esc = Esc: weitermachen
stop-why = Warum hören Sie auf?
stop-why-helps = Das hilft Ihnen und Ihrer Therapeutin oder Ihrem Therapeuten bei der Planung. Jede Antwort ist in Ordnung.
stop-keep-going-instead = Doch weitermachen
stop-if-wrong = Wenn etwas nicht stimmt
stop-if-wrong-text = Schmerzen, die nicht nachlassen, ein Sturz oder eine plötzlich stärkere Schwäche sind ein Grund, sich an Ihre Ärztin oder Ihren Arzt zu wenden.
sound-try-again = Ton erneut versuchen

live-not-kept = { $problem }. Die Einheit läuft weiter und wird am Ende gespeichert.
live-status = Stand der Einheit: { $status }
live-work = Üben: { $exercise }
live-done = Einheit beendet
live-paused = Angehalten. { $phase }
live-ten-left = { $phase }. Noch 10 Sekunden
live-halfway = { $phase }. Halbzeit

tempo-up = ▲ HOCH
tempo-hold = ■ HALTEN
tempo-down = ▼ RUNTER

# end of player

## Check-out (ui/checkout.rs)

# end of checkout

## The window, notices and questions (ui/mod.rs, ui/ask.rs, app/mod.rs, state/mod.rs)

screen-home = Start
screen-check-in = Vorab-Fragen
screen-session = Einheit
screen-check-out = Abschluss
screen-settings = Einstellungen
screen-review = Rückblick
screen-routines = Programme
screen-editor = Programm bearbeiten
notice-please-note = Bitte beachten:
notice-dismiss = Ausblenden
sound-starting = Ton wird gestartet …
sound-on = Ton an
sound-muted = Ton aus (in den Einstellungen stumm geschaltet)
sound-no-device = Kein Audiogerät gefunden: Die Signale werden nur auf dem Bildschirm gezeigt.
sound-device-stopped = Das Audiogerät ist ausgefallen: Die Signale werden nur auf dem Bildschirm gezeigt.
sound-could-not-start = Der Ton konnte nicht starten ({ $why }): Die Signale werden nur auf dem Bildschirm gezeigt.

app-set-done-hint = „Satz fertig“ gibt es nur für einen Satz in Ihrem eigenen Tempo; dieser Schritt endet von selbst.
app-orphan-not-trashed = Die unbeendete Einheit konnte nicht in den Papierkorb verschoben werden ({ $why }): { $path }
app-folder-not-opened = Der Datenordner konnte nicht geöffnet werden ({ $why }): { $path }
app-saved-newer-kept = Die Einheit wurde gespeichert; inzwischen kam eine neuere Fassung dazu, die ebenfalls behalten wird.
app-exported = { $sessions ->
    [one] 1 Einheit
   *[other] { $sessions } Einheiten
} exportiert (eine Zeile pro Übung) nach { $path }
app-exported-with-days = { $sessions ->
    [one] 1 Einheit
   *[other] { $sessions } Einheiten
} exportiert (eine Zeile pro Übung) nach { $path }, dazu { $days ->
    [one] 1 Ruhetag
   *[other] { $days } Ruhetage
} nach { $days_path }
app-exported-days-failed = { $sessions ->
    [one] 1 Einheit
   *[other] { $sessions } Einheiten
} exportiert nach { $path }, aber die Ruhetage konnten nicht geschrieben werden ({ $why }): { $days_path }
app-export-failed = Der Export konnte nicht geschrieben werden ({ $why }): { $path }
app-session-not-saved = { $problem }. Ihre Einheit bleibt hier erhalten; versuchen Sie es noch einmal oder prüfen Sie den Datenordner in den Einstellungen.
app-rest-well = Erholen Sie sich gut. Ihre Antworten bleiben in Ihrem Verlauf gespeichert.
app-answers-not-kept = { $problem }. Ihre Antworten konnten nicht gespeichert werden; ausruhen können Sie trotzdem.

app-window-failed = das Fenster konnte nicht geöffnet werden: { $why }

app-already-open = Steady ist bereits in einem anderen Fenster geöffnet; Änderungen in beiden Fenstern können die Einstellungen des anderen überschreiben.

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
