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
length-secs = { $secs } s
length-min = { $min } Min.
length-min-secs = { $min } Min. { $secs } s
length-about = etwa { $length }
dose-reps-tempo = { $sets ->
    [one] 1 Satz
   *[other] { $sets } Sätze
} mit { $reps } Wiederholungen, Tempo { $tempo } s
dose-reps = { $sets ->
    [one] 1 Satz
   *[other] { $sets } Sätze
} mit { $reps } Wiederholungen
dose-hold = { $sets ->
    [one] 1-mal
   *[other] { $sets }-mal
} { $secs } s halten
dose-stepping = { $length } im Takt gehen, { $beats_per_min } Schläge pro Minute
strong-hours-too-few = Nach { $needed } Einheiten kann Steady zeigen, zu welcher Tageszeit Ihre Einheiten am besten gelingen (bisher { $so_far }).
strong-hours-spread = Ihre Einheiten verteilen sich über den Tag; noch sticht keine Zeit heraus.
strong-hours-mostly = Die meisten Ihrer Einheiten machen Sie { $part }.
strong-hours-best-and-harder = Ihre Einheiten gelingen { $best } am besten und fallen { $worst } schwerer.
strong-hours-even = Ihre Einheiten gelingen zu jeder Tageszeit, zu der Sie üben, etwa gleich gut.
template-routine-title = Mein Programm
template-exercise-name = Neue Übung
template-safety-stop = Hören Sie auf, wenn Sie Schmerzen, Schwindel oder ungewöhnliche Müdigkeit spüren.
template-safety-clinician = Hören Sie auf und wenden Sie sich an Ihre Ärztin oder Ihren Arzt, wenn Sie plötzlich stärkere Schwäche, Taubheit oder Veränderungen beim Sehen oder Gleichgewicht bemerken.
template-copy-suffix = (Kopie)
# Das Wort im Titel einer behaltenen Kopie: „Titel (Kopie 2)“.
routines-copy-word = Kopie
invalid-range = Der Wert muss zwischen { $min } und { $max } liegen (eingetragen: { $found }).
invalid-range-hint = Ist eine Ziffer zu viel? Steady hält Dosierungen in einem sicheren, sinnvollen Bereich.
invalid-empty = Dieses Feld ist leer.
invalid-title-too-long = Der Titel ist länger als { $max } Zeichen.
invalid-title-too-long-hint = Halten Sie den Titel kurz; Einzelheiten gehören in die Zusammenfassung.
invalid-no-focus = Wählen Sie mindestens einen Schwerpunkt.
invalid-exercise-count = Ein Programm hat zwischen { $min } und { $max } Übungen (jetzt: { $found }).
invalid-duplicate-name = Zwei Übungen heißen „{ $name }“.
invalid-duplicate-name-hint = Geben Sie jeder Übung einen eigenen Namen; der Verlauf zählt sie nach Namen.
invalid-id-empty = Die ID ist leer.
invalid-id-hint = Verwenden Sie kleingeschriebene Wörter mit Bindestrichen, etwa „seated-leg-strength“.
invalid-id-characters = Die ID „{ $id }“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.
invalid-id-too-long = Die ID ist länger als { $max } Zeichen.
invalid-no-steps = „{ $exercise }“ hat keine Anleitungsschritte.
invalid-no-steps-hint = Fügen Sie mindestens einen kurzen Satz hinzu.
io-not-found = sie existiert nicht
io-permission-denied = keine Berechtigung
io-is-a-folder = es ist ein Ordner
io-disk-full = die Festplatte ist voll
io-read-only = die Festplatte ist schreibgeschützt
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
picture-of = Bild: { $name }
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
stop-esc = Eingabe, Leertaste oder Esc: weitermachen · S: beenden
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

# Steady's own words for effort and fatigue at points of the 0–10 scales.
checkout-effort-0 = keine Mühe
checkout-effort-3 = leicht
checkout-effort-5 = etwas schwer
checkout-effort-7 = schwer
checkout-effort-10 = alles gegeben
checkout-fatigue-0 = nicht müde
checkout-fatigue-3 = etwas müde
checkout-fatigue-5 = müde
checkout-fatigue-7 = sehr müde
checkout-fatigue-10 = erschöpft
checkout-done-title = Einheit geschafft. Gut gemacht!
checkout-done-words = Sie haben { $done } von { $planned } { $planned ->
        [one] Satz
       *[other] Sätzen
    } gemacht.
checkout-end-title = Sie sind am Ende angekommen
checkout-too-few-words = Sie haben { $done } von { $planned } { $planned ->
        [one] Satz
       *[other] Sätzen
    } gemacht. Das ist weniger als die Hälfte, darum zählt es nicht für den Wochenplan. Das ist in Ordnung: Ruhe gehört zum Plan.
checkout-all-skipped-title = Alle Sätze wurden übersprungen
checkout-all-skipped-words = Heute zählt nichts als gemacht. Ruhen Sie sich aus und versuchen Sie es an einem anderen Tag wieder.
checkout-stopped-title = Einheit beendet: { $reason }
checkout-stopped-words = Sie haben { $done } von { $planned } { $planned ->
        [one] Satz
       *[other] Sätzen
    } gemacht. Aufzuhören war richtig.
checkout-summary = { $routine } · { $minutes } Min. Übung
checkout-summary-lighter = { $routine } · { $minutes } Min. Übung · leichtere Einheit
checkout-look-after-title = Passen Sie auf sich auf
checkout-look-after = Wenn der Schmerz nicht nachlässt oder Sie gestürzt sind, wenden Sie sich an Ihre Ärztin oder Ihren Arzt. Ruhen Sie sich jetzt aus.
checkout-cool-down = Abkühlen
checkout-exercise = Geplant { $plan } · gemacht { $done } von { $sets } { $sets ->
        [one] Satz
       *[other] Sätzen
    }{ $reps ->
        [0] {""}
        [one] , 1 Wiederholung
       *[other] , { $reps } Wiederholungen
    }{ $skipped ->
        [0] {""}
       *[other] , { $skipped } übersprungen
    }
checkout-effort-question = Wie anstrengend war es? (Anstrengung)
checkout-effort = Anstrengung
checkout-fatigue-question = Wie müde sind Sie jetzt? (Müdigkeit)
checkout-fatigue = Müdigkeit
checkout-note = Eine Notiz (freiwillig)
checkout-note-hint = Wie ist es gelaufen? Etwas für Ihr Behandlungsteam?
checkout-not-saved = ⚠ Noch nicht gespeichert
checkout-save-again = Erneut speichern
checkout-save = Speichern und fertig

# end of checkout

## The window, notices and questions (ui/mod.rs, ui/ask.rs, app/mod.rs, state/mod.rs)

screen-home = Übersicht
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
sound-missed-prompts = Der Ton ist wieder da. { $count ->
    [one] Eine Ansage ist
   *[other] { $count } Ansagen sind
} ausgefallen, während er weg war: Der Bildschirm zeigt, wo Sie sind.

app-set-done-hint = „Satz fertig“ gibt es nur für einen Satz in Ihrem eigenen Tempo; dieser Schritt endet von selbst.
app-orphan-not-trashed = Die unbeendete Einheit konnte nicht in den Papierkorb verschoben werden ({ $why }): { $path }
app-folder-not-opened = Der Datenordner konnte nicht geöffnet werden ({ $why }): { $path }
app-saved-newer-kept = Die Einheit wurde gespeichert; inzwischen kam eine neuere Fassung dazu, die ebenfalls behalten wird.
app-saved-answers-added = Gespeichert. Diese Einheit war schon auf dem anderen Computer festgehalten; Ihre Antworten wurden ergänzt.
app-saved-already-kept = Gespeichert. Diese Einheit war schon auf dem anderen Computer festgehalten, mit allem, was Sie angegeben haben.
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

review-title = Ihr Fortschritt
review-export-csv = Als CSV exportieren
review-loading = Ihr Verlauf wird gelesen…
review-unreadable-files = Einige Verlaufsdateien konnten nicht gelesen werden (sie bleiben unverändert)
review-no-sessions = Noch keine Einheiten. Ihre Einheiten erscheinen hier.
review-adherence = Einheiten im Vergleich zur Vorgabe
review-overall = Insgesamt: { $percent } % der vorgegebenen Einheiten in den gezeigten vollen Wochen.
review-overall-later = Insgesamt: zu sehen nach Ihrer ersten vollen Woche.
review-percent-last-week = { $percent } % letzte Woche
review-percent-weeks = { $percent } % in den letzten { $weeks } Wochen
review-percent-later = zu sehen nach einer vollen Woche
review-this-week = Diese Woche: { $done } von { $prescribed } · { $percent }
review-chart-prescribed = Vorgegeben
review-chart-done = Gemacht
review-chart-spoken = Diagramm: Einheiten von { $routine } je Woche, gemacht im Vergleich zu { $prescribed } vorgegebenen, die letzten { $weeks } Wochen (die Zahlen folgen darunter)
review-week-by-week = Woche für Woche
# The decimal point in averages ("4.5").
review-decimal-point = ,
review-week = { $week }: { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    }, { $minutes } Min., Anstrengung { $effort }, Müdigkeit { $fatigue }
review-end-reasons = Warum Einheiten früher endeten
review-strong-hours = Gute Tageszeiten
review-day-part = { $part }: { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    }, davon { $completed } geschafft, Anstrengung { $effort }, Müdigkeit { $fatigue }
review-sessions = Einheiten
review-calendar = Kalender
review-calendar-summary = Diese Woche: an { $active } von { $days_so_far } Tagen eine Einheit. Seit { $since }: { $since_active ->
        [one] 1 Tag
       *[other] { $since_active } Tage
    }.
review-calendar-legend = ✔ Einheit gemacht (mindestens die Hälfte der Sätze) · ½ weniger als die Hälfte · R Ruhetag (mit Check-in) · – nichts
# The calendar's mark for a rest day (the legend above explains it).
review-calendar-rested = R
review-rest-days = Ruhetage
review-rest-day = { $when }: Ruhetag. Energie { $energy }, Hitzegefühl { $hot }, neue Schwäche { $weakness }
review-not-answered = keine Angabe
review-yes = ja
review-no = nein
review-outcome-finished = geschafft
review-outcome-stopped = vorzeitig beendet: { $reason }
review-session-summary = { $routine } · { $minutes } Min. · { $outcome }
review-details = Details: { $when }
review-level-not-given = keine Angabe
review-level = { $value } von 10
review-effort-fatigue = Anstrengung { $effort }, Müdigkeit { $fatigue }
review-check-in = Check-in: Energie { $energy }, Hitzegefühl { $hot }, neue Schwäche { $weakness }
review-lighter = Leichtere Einheit
review-paused = { $count }-mal pausiert, insgesamt { $secs } s
review-exercise = { $name }: geplant { $plan }; gemacht { $done } von { $sets } { $sets ->
        [one] Satz
       *[other] Sätzen
    }{ $reps ->
        [0] {""}
        [one] , 1 Wiederholung
       *[other] , { $reps } Wiederholungen
    }
review-note = Notiz: { $note }

# end of review

## Routines screen (ui/routines.rs, app/editing.rs)

routines-new = + Neues Programm
routines-import = Importieren…
routines-problems-title = ⚠ Programmdateien mit Problemen
routines-check-again = Dateien erneut prüfen
routines-own-heading = Ihre Programme
routines-own-none = Sie haben noch keine eigenen Programme. Beginnen Sie ein neues oder kopieren Sie eines von unten, um es anzupassen.
routines-bundled-heading = In Steady enthalten
routines-bundled-explain = Diese Programme lassen sich nicht ändern. Erstellen Sie eine Kopie, um sie mit Ihrem Behandlungsteam anzupassen.
# A routine's card: how many exercises, how long ($length, e.g. "about 20 min"),
# how often a week, and its id.
routines-card-summary =
    { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    } · { $length } · empfohlen { $times }-mal pro Woche · ID { $id }
routines-card-last-good = ⚠ Die Datei hat ein Problem (siehe oben). Dies ist ihre letzte fehlerfreie Version.
# Each button of a card, and its fuller name for screen readers.
routines-copy = Als Kopie bearbeiten
routines-copy-name = { $title } als Kopie bearbeiten
routines-edit = Bearbeiten
routines-edit-name = { $title } bearbeiten
routines-duplicate = Duplizieren
routines-duplicate-name = { $title } duplizieren
routines-rename = Umbenennen
routines-rename-name = { $title } umbenennen
routines-versions = Versionen
routines-versions-name = Versionen von { $title }
routines-export-button = Exportieren…
routines-export-name = { $title } exportieren
routines-delete = Löschen
routines-delete-name = { $title } löschen
routines-rename-label = Neuer Titel:
routines-rename-field = Neuer Titel
routines-rename-save = Titel speichern
routines-rename-cancel = Abbrechen
routines-export-heading = Exportieren: dieses Programm als Datei zum Weitergeben speichern
routines-export-explain = Geben Sie ein, wo es gespeichert werden soll, oder wählen Sie den Ort im Dialog des Systems. Eine vorhandene Datei wird nie ersetzt.
routines-export-field = In Datei exportieren
routines-export-do = Exportieren
routines-choose-dialog = Im Dialog wählen…
routines-export-cancel = Export abbrechen
routines-import-heading = Eine Programmdatei importieren
routines-import-explain = Geben Sie den Pfad einer .ron-Datei ein oder wählen Sie die Datei im Dialog des Systems. Sie wird geprüft, bevor sie übernommen wird.
routines-import-field = Zu importierende Datei
routines-import-hint = z. B. ~/Downloads/balance.ron
routines-import-do = Diese Datei importieren
routines-import-cancel = Import abbrechen
routines-trash-heading = Papierkorb
routines-trash-empty = Der Papierkorb ist leer. Gelöschte Programme bleiben hier, bis Sie sie wiederherstellen.
routines-trash-restore = Wiederherstellen
routines-trash-restore-name = { $title } wiederherstellen
routines-versions-heading = Frühere Versionen
routines-versions-none = Noch keine. Bei jedem Speichern wird die Version, die dabei ersetzt wird, hier aufbewahrt.
# $saved: when the version was replaced, e.g. "23 Nov 2026, 10:46".
routines-version-replaced = Ersetzt am { $saved }
routines-version-same = Genau wie die aktuelle Version.
routines-version-brings-back = Beim Wiederherstellen kommt zurück:
routines-version-more-changes =
    { $count ->
        [one] …und eine weitere Änderung.
       *[other] …und { $count } weitere Änderungen.
    }
routines-version-restore = Version wiederherstellen
routines-version-restore-name = Die am { $saved } ersetzte Version wiederherstellen
routines-version-unreadable = ⚠ Sie kann nicht gelesen werden: { $reason }
routines-versions-close = Versionen schließen
# The line at the bottom and its button.
routines-ok = OK
routines-dismiss-message = Diese Meldung schließen
# Questions and refusals.
routines-refusal-title = ⚠ Das hat nicht geklappt
routines-delete-question = „{ $title }“ in den Papierkorb verschieben?
routines-delete-explain = Sie können es am Ende dieser Seite aus dem Papierkorb wiederherstellen.
routines-delete-keep = Behalten
routines-delete-confirm = Ja, in den Papierkorb
routines-rename-comments-title = Diese Datei enthält Kommentare
routines-rename-comments-text = Der Titel lässt sich nicht allein in seiner Zeile ändern. Beim Umbenennen wird die Datei deshalb neu geschrieben, und ihre Kommentare (Zeilen, die mit // beginnen) gehen verloren. Die Datei in ihrer jetzigen Form bleibt in den Sicherungen erhalten. Trotzdem umbenennen?
routines-rename-anyway = Trotzdem umbenennen
routines-rename-dont = Nicht umbenennen
routines-restore-clash-title = Diese ID ist jetzt vergeben
routines-restore-clash-text = „{ $title }“ hat die ID „{ $id }“, die jetzt ein anderes Programm verwendet. Wenn Sie beide behalten, kommt es mit einer neuen ID zurück. Das andere Programm bleibt unverändert.
routines-keep-both = Beide behalten
routines-restore-clash-leave = Im Papierkorb lassen
routines-import-clash-title = Gleiche ID
routines-import-clash-bundled = „{ $id }“ ist die ID eines Programms, das zu Steady gehört und nicht ersetzt werden kann. Wenn Sie beide behalten, bekommt das importierte Programm eine neue ID.
routines-import-clash-own = Sie haben schon ein Programm mit der ID „{ $id }“. Möchten Sie es ersetzen (die jetzige Version bleibt in den Sicherungen erhalten) oder beide behalten (das importierte bekommt eine neue ID)?
routines-import-replace = Meins ersetzen
# What an action did ($error: why it failed, from the file handling).
routines-restored = Das Programm ist wieder bei Ihren Programmen.
routines-restore-failed = Es konnte nicht wiederhergestellt werden: { $error }
routines-restored-as-new = Wiederhergestellt als „{ $title }“ mit der ID „{ $id }“. Ihr anderes Programm bleibt unverändert.
routines-version-restored = „{ $title }“ ist wieder in der gewählten Version. Die ersetzte Version steht ebenfalls in der Liste.
routines-copy-failed = Die Kopie konnte nicht erstellt werden: { $error }
routines-renamed = Umbenannt in „{ $title }“.
routines-rename-failed = Es konnte nicht umbenannt werden: { $error }
routines-deleted = „{ $title }“ ist im Papierkorb. War das ein Versehen, stellen Sie es am Ende dieser Seite wieder her.
routines-delete-failed = Es konnte nicht in den Papierkorb verschoben werden: { $error }
routines-exported = „{ $title }“ gespeichert als { $path }
routines-export-failed = Es konnte nicht exportiert werden: { $error }
routines-imported = „{ $title }“ (ID „{ $id }“) importiert nach { $path }
routines-import-failed = Es konnte nicht importiert werden: { $error }
# The system's file dialog.
routines-dialog-export-title = „{ $title }“ exportieren
routines-dialog-import-title = Ein Programm importieren
routines-dialog-filter = Steady-Programm
routines-dialog-failed = Der Dateidialog ließ sich nicht öffnen. Bitte geben Sie den Pfad direkt ein.
routines-dialog-nothing-chosen = Es wurde keine Datei gewählt. Falls kein Dialog erschienen ist, geben Sie den Pfad bitte in das Feld ein.
# Said in the editor (app/editing.rs).
routines-changed-outside = Dieses Programm wurde außerhalb von Steady geändert. Angezeigt wird jetzt die neue Version.
routines-keep-mine = Ihre Version bleibt. Beim Speichern wird die Datei ersetzt; ihre jetzige Version bleibt in den Sicherungen erhalten.
routines-loaded-theirs = Die Version aus der Datei ist geladen. Mit „Rückgängig“ holen Sie Ihre Änderungen zurück.
routines-copy-made = Das ist Ihre Kopie von „{ $title }“, gespeichert als { $path }. Ändern Sie, was nötig ist, und speichern Sie dann.
routines-editing-last-good = Die Datei hat ein Problem (siehe Programmübersicht). Dies ist ihre letzte fehlerfreie Version. Beim Speichern wird die fehlerhafte Datei ersetzt und in den Sicherungen aufbewahrt.
routines-saved-with-backup = Gespeichert. Die vorige Version liegt in { $path }
routines-saved-as = Gespeichert als { $path }
routines-save-id-taken = Noch nicht gespeichert: Die ID „{ $id }“ verwendet schon ein anderes Programm. Bitte wählen Sie eine andere ID.
routines-save-failed = Nicht gespeichert: { $error }
routines-preview-needs-no-problems = Die Vorschau braucht ein Programm ohne Probleme. Beheben Sie zuerst die mit ⚠ markierten Stellen.
routines-preview-ended = Die Vorschau ist beendet. Es wurde nichts aufgezeichnet.

# end of routines

## Editor (ui/editor.rs, state/editing.rs)

editor-heading = „{ $title }“ bearbeiten
editor-no-title = (noch ohne Titel)
# Zahlenfelder: die Namen von − und + für Screenreader, und Text, der keine Zahl ist.
editor-less-name = Weniger: { $name }
editor-more-name = Mehr: { $name }
editor-seconds = Sekunden
editor-number-empty = Leer: Geben Sie eine ganze Zahl ein, zum Beispiel { $value }.
editor-number-not-whole = „{ $text }“ ist keine ganze Zahl. Geben Sie eine ein, zum Beispiel { $value }. Bis dahin bleibt es bei { $value }.
# Listen und Übungen: $item ist ein Name von unten („Schritt 2 (Übung 1)“, „Übung 3“).
editor-move-up-name = { $item } nach oben
editor-move-down-name = { $item } nach unten
editor-remove-name = { $item } entfernen
# Was entfernt wurde, mit dem Anfang seines Textes.
editor-removed-with-text = { $item } („{ $text }“)
editor-step = Schritt { $number }
editor-step-add = + Schritt hinzufügen
editor-step-add-name = Schritt hinzufügen
editor-equipment-item = Hilfsmittel { $number }
editor-equipment-add = + Hilfsmittel hinzufügen
editor-equipment-add-name = Hilfsmittel hinzufügen
editor-safety-note = Sicherheitshinweis { $number }
editor-safety-add = + Sicherheitshinweis hinzufügen
editor-safety-add-name = Sicherheitshinweis hinzufügen
editor-rest-prompt = Pausentext { $number }
editor-rest-prompt-add = + Pausentext hinzufügen
editor-rest-prompt-add-name = Pausentext hinzufügen
# Screenreader-Namen der Felder einer Übung: $field ist der Name des Feldes („Sätze“,
# „Schritt 2“, „Schritt hinzufügen“), $exercise die Nummer der Übung.
editor-of-exercise = { $field } (Übung { $exercise })
editor-of-exercise-lighter = { $field } (leichtere Variante, Übung { $exercise })
editor-of-exercise-harder = { $field } (schwerere Variante, Übung { $exercise })
# Fragen
editor-leave-title = Ungespeicherte Änderungen
editor-leave-text = Möchten Sie Ihre Änderungen zuerst speichern oder verwerfen?
editor-save-and-leave = Speichern und gehen
editor-keep-editing = Weiter bearbeiten
editor-leave-without-saving = Verwerfen und gehen
editor-conflict-title = ⚠ Die Datei wurde geändert
editor-conflict-text = „{ $title }“ wurde außerhalb von Steady geändert, während Sie noch ungespeicherte Änderungen haben. Möchten Sie Ihre Fassung behalten (Speichern ersetzt die Datei; die alte bleibt in den Sicherungen) oder die Datei laden („Rückgängig“ holt Ihre Fassung zurück)?
editor-keep-mine = Meine behalten
editor-load-theirs = Datei laden
editor-comments-title = Diese Datei hat Kommentare
editor-comments-text = Steady schreibt die Datei beim Speichern neu. Dabei gehen ihre Kommentare (Zeilen, die mit // beginnen) verloren. Die Datei, wie sie jetzt ist, bleibt in den Sicherungen. Trotzdem speichern?
editor-save-anyway = Trotzdem speichern
editor-dont-save-yet = Noch nicht
editor-file-gone-title = Die Datei wurde entfernt
editor-file-gone-text = Die Datei dieses Programms wurde außerhalb von Steady verschoben oder gelöscht. Beim Speichern wird sie neu angelegt.
editor-disk-problem-title = ⚠ Die Datei hat ein Problem
# $problems: was an der Datei nicht stimmt, ein Problem pro Zeile.
editor-disk-problem-text =
    { $problems }
    Sie bearbeiten die letzte fehlerfreie Fassung.
# Die Felder des Programms. Ein „-name“ ist der Name des Feldes für Screenreader.
editor-routine-heading = Das Programm
editor-title = Titel
editor-title-name = Titel des Programms
editor-id = ID (kleingeschriebene Wörter mit Bindestrichen; der Verlauf nutzt sie)
editor-id-name = ID des Programms
editor-id-taken = Ein anderes Programm hat bereits diese ID.
editor-id-fixed = ID: { $id } (sie verbindet das Programm mit seinen Einheiten und bleibt deshalb gleich; für eine neue ID legen Sie eine Kopie an)
editor-summary = Wofür es gedacht ist
editor-summary-name = Kurzbeschreibung des Programms
editor-focus = Was es trainiert
# $focus: ein Schwerpunkt aus „Names of things“ (Kraft, Gleichgewicht …).
editor-focus-name = Trainiert: { $focus }
editor-position = Ausgangsstellung
# $position: eine Stellung aus „Names of things“ (im Sitzen …).
editor-position-name = Beginnt { $position }
editor-times-per-week = Einheiten pro Woche
editor-times-per-week-name = Anzahl der Einheiten pro Woche
editor-prescription-note = Hinweis zur Verordnung (z. B. „nicht an zwei Tagen hintereinander“)
editor-prescription-note-name = Hinweis zur Verordnung
editor-rest-between-exercises = Pause zwischen den Übungen
editor-rest-between-exercises-name = Sekunden Pause zwischen den Übungen
editor-equipment = Hilfsmittel
editor-safety = Sicherheitshinweise, vor jeder Einheit gezeigt
editor-rest-prompts = Texte für die Pausen (wenn leer, nimmt Steady eigene)
editor-notes = Notizen für Sie und Ihr Behandlungsteam (bleiben beim Speichern erhalten, Kommentare nicht)
editor-notes-name = Notizen zum Programm
# Übungen
editor-exercises-heading = Übungen
editor-no-name = (noch ohne Namen)
editor-exercise = Übung { $number }
editor-exercise-problems =
    { $count ->
        [one] 1 Problem: zum Ansehen öffnen
       *[other] { $count } Probleme: zum Ansehen öffnen
    }
editor-hide-details = Zuklappen
editor-hide-details-name = Details von Übung { $number } ausblenden
editor-edit = Bearbeiten
editor-edit-name = Übung { $number } bearbeiten
editor-move-up = ▲ Nach oben
editor-move-down = ▼ Nach unten
editor-remove = Entfernen
editor-duplicate = Duplizieren
editor-duplicate-name = Übung { $number } duplizieren
editor-preview-from-here = ▶ Probelauf ab hier
editor-preview-from-name = Probelauf ab Übung { $number }
editor-add-exercise = + Übung hinzufügen
editor-add-exercise-name = Übung hinzufügen
# Der Name einer duplizierten Übung (er wird im Programm gespeichert).
editor-copy-name = { $name } (Kopie)
# Die Felder einer Übung
editor-name = Name
editor-steps = Anleitung, in kurzen Schritten
editor-how-much = Umfang
editor-sides = Seiten
editor-sides-both = Beide zugleich
editor-sides-each = Jede Seite einzeln
editor-rest-between-sets = Pause zwischen den Sätzen
editor-coaching-note = Hinweis zur Ausführung (freiwillig)
editor-coaching-note-name = Hinweis zur Ausführung
editor-lighter = Leichtere Variante für Tage mit wenig Energie
editor-harder = Schwerere Variante zum Steigern
editor-dose-reps = Wiederholungen
editor-dose-hold = Halten auf Zeit
editor-dose-stepping = Gehen im Takt
# $kind: eine der drei Arten oben.
editor-dose-kind-name = Art der Dosierung: { $kind }
editor-sets = Sätze
editor-reps = Wiederholungen pro Satz
editor-reps-name = Wiederholungen
editor-tempo = Langsames Tempo: Steady zählt jede Wiederholung mit
editor-tempo-name = Langsames Tempo
editor-tempo-up = Hoch
editor-tempo-up-name = Tempo hoch
editor-tempo-hold = Halten
editor-tempo-hold-name = Tempo halten
editor-tempo-down = Runter
editor-tempo-down-name = Tempo runter
editor-hold-for = Halten für
editor-hold-name = Haltezeit
editor-step-for = Gehen für
editor-step-for-name = Gehzeit
editor-steps-a-minute = Schritte pro Minute
# Vorschau der Einheit. $length: wie lange eine Einheit dauert („12 min“); $steps:
# die Zahl der Abschnitte im Ablauf darunter.
editor-preview-heading = Vorschau der Einheit
editor-preview-needs-no-problems = Der Ablauf erscheint, sobald das Programm keine Probleme mehr hat.
editor-preview-length =
    Eine Einheit dauert { $length } und hat { $steps ->
        [one] einen Abschnitt
       *[other] { $steps } Abschnitte
    }. „Probelauf starten“ spielt sie im echten Player ab, ohne etwas aufzuzeichnen, und kehrt dann hierher zurück.
editor-try-it = ▶ Probelauf starten
# $time: eine Dauer wie „30 s“.
editor-about-time = etwa { $time }
# Die Leiste unten. In editor-not-saved, editor-saved, editor-problems-to-fix und
# editor-about-minutes wird jedes Leerzeichen zu einem geschützten Leerzeichen.
editor-removed = { $what } entfernt.
editor-undo-removing-name = { $what } wiederherstellen
editor-save = Speichern
editor-undo = Rückgängig
editor-redo = Wiederholen
editor-close = Schließen
editor-close-name = Editor schließen
editor-not-saved = ● Nicht gespeichert
editor-saved = ✔ Gespeichert
editor-problems-to-fix =
    { $count ->
        [one] ⚠ 1 Problem zu beheben
       *[other] ⚠ { $count } Probleme zu beheben
    }
editor-about-minutes = Etwa { $minutes } Min.
# Warum nicht gespeichert wurde. $name: der Name eines Zahlenfeldes („Sätze (Übung 1)“);
# $first: das erste Problem in Worten.
editor-not-saved-empty = Noch nicht gespeichert: „{ $name }“ ist leer. Geben Sie dort eine ganze Zahl ein, zum Beispiel 8.
editor-not-saved-not-number = Noch nicht gespeichert: In „{ $name }“ steht „{ $text }“. Geben Sie dort eine ganze Zahl ein, zum Beispiel 8.
editor-not-saved-problems =
    Noch nicht gespeichert: Beheben Sie zuerst { $count ->
        [one] das Problem
       *[other] die { $count } Probleme
    }, die mit ⚠ markiert { $count ->
        [one] ist
       *[other] sind
    }. { $first }
# $keep und $load: die Antworten „Meine behalten“ und „Datei laden“ oben.
editor-not-saved-conflict = Noch nicht gespeichert: Die Datei wurde außerhalb von Steady geändert. Wählen Sie zuerst „{ $keep }“ oder „{ $load }“.

# end of editor

## Command line (cli.rs)

# Help (clap): the command's and its arguments' descriptions, and clap's own words.
cli-about = Ein Begleiter für Übungen zu Hause, gemacht für Menschen mit Multipler Sklerose.
cli-validate-about = Programmdateien prüfen und jedes Problem als Pfad:Zeile:Spalte melden
cli-validate-more = Ohne PATH prüft Steady die mitgelieferten Programme und Ihren Programmordner; eine Datei mit der ID eines mitgelieferten Programms ist in jedem Fall ein Problem.

    Exit-Codes:
      0  keine Fehler (Warnungen werden gezeigt, gelten aber als bestanden)
      1  ein Fehler in einer Datei, oder mit --strict eine Warnung
      2  der Befehl konnte nicht ausgeführt werden (ein Bedienfehler, ein Ordner, der sich nicht lesen lässt)
cli-list-about = Die Programme auflisten: ID, Titel, Schwerpunkt und geschätzte Dauer
cli-paths-about = Zeigen, wo Steady seine Dateien ablegt
cli-export-about = Den Verlauf als CSV exportieren (RFC 4180; öffnet in LibreOffice und Excel) oder als FHIR-Datei für Praxissysteme
cli-export-more = Eine Zeile je Übung und Einheit, die Angaben der Einheit jeweils wiederholt; mit --sessions eine Zeile je Einheit. Zeiten sind die Ortszeit des Computers, der sie aufgezeichnet hat, mit ihrem Abstand zu UTC (ISO 8601); --from und --to sind Tage in Ortszeit. Jede Spalte ist in docs/history-csv.md beschrieben. Mit --fhir DATEI eine FHIR-R4-Datei (JSON) mit Selbsttest-Ergebnissen, wöchentlicher Therapietreue und wöchentlicher Erschöpfung für das System einer Praxis, beschrieben in docs/fhir.md.
cli-import-about = Eine Programmdatei prüfen und in Ihren Programmordner kopieren
cli-import-more = Die Datei wird Byte für Byte kopiert, mit allen Kommentaren. Ist ihre ID schon vergeben, sagen Sie, ob das vorhandene Programm ersetzt werden soll (seine bisherige Fassung bleibt in backups/) oder ob beide bleiben sollen (die Kopie bekommt eine neue ID und „(copy 2)“ im Titel; nur diese beiden Angaben ändern sich in ihrem Text).
cli-export-routine-about = Ein Programm (mitgeliefert oder Ihr eigenes) in eine Datei schreiben, um es weiterzugeben
cli-cues-about = Signaltöne in eine WAV-Datei schreiben, um sie ohne Einheit anzuhören
cli-cues-more = Mit ROUTINE (eine ID oder eine .ron-Datei) schreibt Steady die Tonspur der ganzen Einheit, jedes Signal zu seiner Zeit. Ohne ROUTINE schreibt es jedes Signal einmal, mit einer Pause dazwischen.
cli-help-about = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
cli-arg-data-dir = Steadys Daten (Programme, Verlauf) in DIR statt am üblichen Ort ablegen
cli-arg-lang = Die Sprache von Steady: en oder de. Standard: die in den Einstellungen gewählte, sonst die des Systems
cli-arg-validate-paths = Programmdateien oder Ordner mit Programmdateien
cli-arg-export-csv = Als CSV schreiben
cli-arg-export-out = Die Datei, in die geschrieben wird (sie darf noch nicht existieren); ohne: die Standardausgabe
cli-arg-export-from = Erster Tag, der dazugehört (JJJJ-MM-TT)
cli-arg-export-to = Letzter Tag, der dazugehört (JJJJ-MM-TT)
cli-arg-export-sessions = Eine Zeile je Einheit statt je Übung
cli-arg-export-days = Eine Zeile je Tag mit Check-in und ohne Einheit („heute Ruhe“)
cli-arg-import-file = Die Programmdatei (.ron)
cli-arg-import-replace = Ist die ID vergeben: Ihr Programm durch dieses ersetzen (nach einer Sicherung)
cli-arg-import-keep-both = Ist die ID vergeben: beide behalten, das importierte Programm bekommt eine neue ID
cli-arg-export-routine-id = Die ID des Programms (siehe `steady list`)
cli-arg-export-routine-out = Die Datei, in die geschrieben wird (sie darf noch nicht existieren)
cli-arg-cues-wav = Die WAV-Datei, in die geschrieben wird
cli-arg-cues-routine = Eine Programm-ID (siehe `steady list`) oder eine Programmdatei
cli-arg-cues-lighter = Den Plan für leichtere Tage verwenden
cli-arg-cues-force = FILE ersetzen, falls es sie gibt (nie durch einen Link hindurch)
cli-help-help = Hilfe anzeigen
cli-help-help-short = Hilfe anzeigen (mehr mit '--help')
cli-help-help-long = Hilfe anzeigen (Kurzfassung mit '-h')
cli-help-version = Version anzeigen
cli-help-help-subcommand = Hilfe zu den angegebenen Befehlen anzeigen
# Headings of the help; clap adds the colon.
cli-help-usage = Aufruf
cli-help-commands = Befehle
cli-help-arguments = Argumente
cli-help-options = Optionen
# The commands' output. Messages starting in lower case follow "steady: " or another
# message and a colon.
cli-unknown-language = { $text } ist keine Sprache, die Steady spricht ({ $known })
cli-list-id = ID
cli-list-title = TITEL
cli-list-focus = SCHWERPUNKT
cli-list-length = DAUER
cli-list-minutes = { $minutes } Min.
cli-list-not-loaded = { $files ->
        [one] 1 Datei konnte
       *[other] { $files } Dateien konnten
    } nicht geladen werden; Einzelheiten zeigt `steady validate`:
cli-writing-terminal = beim Schreiben ins Terminal
cli-validate-all-good = Alles in Ordnung: { $routines ->
        [one] 1 Programm
       *[other] { $routines } Programme
    } geprüft, keine Probleme.
cli-validate-summary = { $errors ->
        [one] 1 Fehler
       *[other] { $errors } Fehler
    }, { $warnings ->
        [one] 1 Warnung
       *[other] { $warnings } Warnungen
    }; { $routines ->
        [one] 1 Programm
       *[other] { $routines } Programme
    } geladen.
cli-paths-data = Daten
cli-paths-routines = Programme
cli-paths-history = Verlauf
cli-paths-check-ins = Check-ins
cli-paths-state = Zustand
cli-paths-backups = Sicherungen
cli-paths-trash = Papierkorb
cli-wav-data-failed = die WAV-Daten konnten nicht erzeugt werden
cli-file-exists-force = die Datei gibt es schon; wählen Sie einen anderen Namen, verschieben Sie sie zuerst oder geben Sie --force an: { $path }
cli-file-exists = die Datei gibt es schon; wählen Sie einen anderen Namen oder verschieben Sie sie zuerst: { $path }
cli-wav-write-failed = die WAV-Datei konnte nicht geschrieben werden ({ $why }): { $path }
cli-wrote-cues = { $count ->
        [one] 1 Signal
       *[other] { $count } Signale
    } ({ $length }) in { $path } geschrieben
cli-skipped-history-file = eine Verlaufsdatei wurde übersprungen: { $problem }
cli-csv-failed = die CSV-Daten konnten nicht geschrieben werden
cli-csv-write-failed = die CSV-Datei konnte nicht geschrieben werden ({ $why }): { $path }
cli-exported = { $count ->
        [one] 1 Einheit
       *[other] { $count } Einheiten
    } nach { $path } exportiert
cli-imported = „{ $title }“ als { $id } nach { $path } importiert
cli-id-taken = Ein Programm mit der ID „{ $id }“ gibt es schon. Starten Sie erneut mit --replace (Ihr Programm wird vorher gesichert) oder mit --keep-both.
cli-bundled-id = Ein mitgeliefertes Programm hat die ID „{ $id }“ und kann nicht ersetzt werden. Starten Sie erneut mit --keep-both (das importierte bekommt eine neue ID).
cli-bundled-id-replace = „{ $id }“ ist ein mitgeliefertes Programm und kann nicht ersetzt werden; nutzen Sie --keep-both
cli-wrote-routine = „{ $title }“ in { $path } geschrieben
cli-routine-has-problems = das Programm hat Probleme:
cli-no-such-routine = kein Programm hat die ID „{ $id }“; `steady list` zeigt sie

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Sprache
settings-language-system = Wie das System ({ $language })

settings-text-size = Schriftgröße
settings-text-smaller = Kleinere Schrift
settings-text-larger = Größere Schrift
settings-theme = Farben
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-theme-high-contrast = Hoher Kontrast
settings-sound = Ton
settings-volume = Lautstärke
settings-mute = Alle Töne aus
settings-test-sound = Testton abspielen
settings-retry-sound = Ton erneut versuchen
settings-get-ready = Countdown vor dem Start
settings-get-ready-none = Keiner
# For screen readers: $choice is "None" or "10 s".
settings-get-ready-spoken = Countdown { $choice }
settings-motion = Bewegung
settings-reduce-motion = Weniger Bewegung (kein laufender Tempobalken)
settings-data = Ihre Daten
settings-data-where = Programme und Verlauf liegen in { $folder }
settings-open-folder = Datenordner öffnen
settings-unreadable = Ihre Einstellungen konnten nicht gelesen werden ({ $why }). Es gelten die Standardwerte: { $path }
settings-unreadable-syntax = Ihre Einstellungen konnten nicht gelesen werden (Zeile { $line }, Spalte { $column }: { $why }). Es gelten die Standardwerte. Die Datei wird als Kopie aufbewahrt: { $path }
settings-not-utf8 = sie ist kein UTF-8-Text
settings-keep-copy-failed = die alten Einstellungen konnten nicht als Kopie aufbewahrt werden ({ $why }): { $path }
settings-save-failed = Ihre Einstellungen konnten nicht gespeichert werden ({ $why }): { $path }

# end of settings

# routine format 2 (#17): levels, progression, therapist's notes, cautions
focus-aerobic = Ausdauer
focus-relaxation = Entspannung
dose-timed = { $sets ->
    [one] 1 Runde
   *[other] { $sets } Runden
} von { $length }
dose-timed-effort = { $sets ->
    [one] 1 Runde
   *[other] { $sets } Runden
} von { $length }, Anstrengung etwa { $effort } von 10
caution-long-session = Die Einheit dauert etwa { $minutes } Min., das ist lang.
caution-long-session-hint = Lange Einheiten ermüden Menschen mit MS; besser zwei kürzere Programme.
caution-long-hold = Ein Halten von { $secs } s ist sehr lang.
caution-long-hold-hint = Dehnungen und Gleichgewichtsübungen dauern meist 20–60 s; lieber mehr Durchgänge.
caution-standing-without-safety = Das Programm hat Übungen im Stehen, aber keine Sicherheitshinweise.
caution-standing-without-safety-hint = Fügen Sie einen Hinweis hinzu, etwa „Stellen Sie sich neben eine stabile Arbeitsplatte.“
caution-strength-too-often = Krafttraining { $times }-mal pro Woche ist viel.
caution-strength-too-often-hint = Muskeln werden an den Ruhetagen zwischen den Einheiten stärker; 2–3-mal pro Woche ist üblich.
caution-no-rest = „{ $exercise }“ hat mehrere Sätze und keine Pause dazwischen.
caution-no-rest-hint = Pause vor der Erschöpfung: 1–2 Min. zwischen den Sätzen sind üblich.
caution-many-reps = „{ $exercise }“ hat insgesamt { $total } Wiederholungen, das ist viel.
caution-many-reps-hint = Üblich sind 1–3 Sätze mit 8–15 Wiederholungen.
level-lighter = leichteren
level-normal = normalen
level-harder = schwereren
checkin-your-level = Ihre Stufe: die { $level } Dosen.
checkin-start-normal = Mit normalen Dosen beginnen
checkin-start-harder = Schwerere Einheit beginnen
checkin-from-therapist = Von Ihrer Therapeutin oder Ihrem Therapeuten
checkin-step-up-title = Bereit für die nächste Stufe?
checkin-step-up-text = { $sessions ->
    [one] Ihre letzte Einheit haben Sie
   *[other] Ihre letzten { $sessions } Einheiten haben Sie
} mit einer Anstrengung von höchstens { $effort } beendet. Laut Ihrem Therapieplan können Sie jetzt zu den { $level } Dosen wechseln. Sie entscheiden; zurück geht es jederzeit.
checkin-step-up-yes = Ja, eine Stufe höher
checkin-step-up-no = Noch nicht
checkin-step-down-title = Eine Zeit lang leichter?
checkin-step-down-pain = Ihre letzte Einheit endete wegen Schmerzen. Die { $level } Dosen passen vielleicht vorerst besser. Wenn der Schmerz bleibt oder neu ist, wenden Sie sich an Ihre Ärztin oder Ihren Arzt.
checkin-step-down-fatigue = Ihre letzte Einheit hat Sie sehr ermüdet (Erschöpfung { $fatigue } von 10). Die { $level } Dosen passen vielleicht vorerst besser.
checkin-step-down-yes = Ja, eine Stufe leichter
checkin-step-down-no = Stufe behalten
checkin-step-taken = Ab jetzt: die { $level } Dosen.
checkin-step-not-taken = Sie bleiben bei den { $level } Dosen.
checkin-step-change = Antwort ändern
editor-dose-timed = Zeit-Übung
editor-rounds = Runden
editor-work-for = Dauer
editor-work-for-name = Übungszeit
editor-effort-target = Ziel-Anstrengung
editor-effort = Anstrengung (0–10)
editor-effort-name = Ziel-Anstrengung
player-load = Mit: { $load }
player-position = Position für diese Übung: { $position }
player-dose-timed = { $length } gleichmäßig arbeiten
player-dose-timed-effort = { $length }, Anstrengung etwa { $effort } von 10: Sie können noch sprechen
editor-sides-one-then-other = Alle Sätze auf einer Seite, dann die andere
editor-first-side = Erste Seite:
editor-first-side-name = Erste Seite: { $side }
editor-switch-secs = Zeit zum Seitenwechsel
editor-exercise-position = Position für diese Übung
editor-exercise-position-name = Position für diese Übung: { $position }
editor-position-as-routine = Wie das Programm
editor-load = Band, Gewicht oder andere Last (freiwillig)
editor-load-name = Last
editor-progression = Eine Stufe höher anbieten (schwerere Dosen)
editor-progression-sessions = Nach so vielen Einheiten in Folge
editor-progression-sessions-name = Stufe höher nach Einheiten in Folge
editor-progression-effort = mit einer Anstrengung von höchstens (0–10)
editor-progression-effort-name = Stufe höher bei einer Anstrengung von höchstens
editor-tempo-words = Eigene Wörter für das Tempo
editor-tempo-word-name = Tempo-Wort: { $part }
review-harder = Schwerere Einheit
review-step-taken = Beim Check-in zu den { $level } Dosen gewechselt.
review-step-not-taken = Beim Check-in die { $level } Dosen angeboten: noch nicht.
# end of routine format 2

# report
report-title = Bericht über das Heimtraining
report-period = Zeitraum: { $from } bis { $to } ({ $days } Tage)
report-made = Erstellt mit Steady am { $when }
report-sessions-total = { $sessions ->
    [one] Eine Einheit
   *[other] { $sessions } Einheiten
}, davon zählen { $counted } zur Verordnung (mindestens die Hälfte der geplanten Sätze gemacht).
report-routines-done = Gemachte Programme:
report-not-medical = Von der Person selbst mit Steady erstellt, einer App für das Heimtraining. Steady ist kein Medizinprodukt; die Werte sind die eigenen Einschätzungen der Person.
report-date-month-year = %b %Y
report-adherence = Einhaltung der Verordnung
report-no-sessions = Keine Einheiten in diesem Zeitraum.
report-overall = Alle Programme zusammen: { $percent } % der verordneten Einheiten in den vollen Wochen des Zeitraums.
report-adherence-explained = Eine Woche zählt, wenn sie ganz im Zeitraum liegt und vorbei ist. Jede Woche zählt höchstens so viele Einheiten wie verordnet.
report-prescribed = Verordnet: { $times }-mal pro Woche.
report-percent = { $percent } % in { $weeks } vollen Wochen.
report-percent-later = Noch keine volle Woche in diesem Zeitraum.
report-chart-spoken = Diagramm: Einheiten von { $routine } gegenüber { $prescribed } verordneten pro Woche (die Zahlen stehen in der Tabelle)
report-bars-legend = Balken: gemachte Einheiten. Dicke gestrichelte Linie: verordnet.
report-numbers = Die Zahlen
report-week = Woche ab
report-month = Monat
report-done = Gemacht
report-target = Verordnet
report-effort = Anstrengung und Erschöpfung (0–10)
report-no-effort = In diesem Zeitraum wurde keine Anstrengung oder Erschöpfung angegeben.
report-effort-spoken = Diagramm: Anstrengung und Erschöpfung von 0 bis 10 nach jeder Einheit, mit ihren Mittelwerten (die Zahlen stehen in der Tabelle)
report-effort-legend = Durchgezogene Linie: mittlere Anstrengung; gestrichelte Linie: mittlere Erschöpfung. Punkte: Anstrengung nach jeder Einheit; offene Quadrate: Erschöpfung nach jeder Einheit.
report-sessions = Einheiten
report-minutes = Minuten
report-effort-average = Anstrengung
report-fatigue-average = Erschöpfung
report-lighter-count = { $lighter } von { $sessions } Einheiten wurden in der leichteren Dosis gemacht.
report-lighter-days = Leichter
report-stopped = Vorzeitig beendete Einheiten
report-none-stopped = Keine Einheit wurde vorzeitig beendet.
report-reason = Grund
report-times = Anzahl
report-stopped-list = Jede einzeln, die neueste zuerst
report-when = Wann
report-routine = Programm
report-sets = Gemachte Sätze
report-sets-of = { $done } von { $planned }
report-more-not-listed = { $count } weitere nicht aufgeführt.
report-calendar = Kalender und Angaben beim Check-in
report-calendar-from = Der Kalender zeigt das letzte Jahr des Zeitraums, ab { $from }.
report-calendar-spoken = Kalender des Zeitraums, eine Spalte pro Woche: { $weakness } Tage mit neuer Schwäche, { $hot } heiße Tage, { $rested } nach dem Check-in ausgelassene Tage (die Daten folgen)
report-calendar-legend = Eine Spalte pro Woche, Montag oben. Schwarz: eine Einheit, die zählt; grau: nur eine kurze Einheit; weiß: keine; schräge Linie: nach dem Check-in ausgelassen; weißer Punkt: leichterer Tag; Ring: Hitze gespürt; schwarze Ecke: neue Schwäche.
report-flag-weakness = Neue oder stärkere Schwäche: { $count } Tage
report-flag-hot = Hitze gespürt: { $count } Tage
report-flag-rested = Nach dem Check-in ausgelassen: { $count } Tage
report-part-of-day = Tageszeit
report-completed = Beendet
report-notes = Notizen der Person
report-no-notes = Keine Notizen in diesem Zeitraum.
report-versions = Fassungen der Programme
report-versions-explained = Jedes Programm, wie es gemacht wurde: sein Titel und ein kurzer Code seines Inhalts (der Code ändert sich, wenn das Programm bearbeitet wird).
report-version = Fassung
report-version-current = (aktuell)
handout-trains = Was es trainiert:
handout-how-often = Wie oft:
handout-times-per-week = { $times ->
    [one] einmal pro Woche.
   *[other] { $times }-mal pro Woche.
}
handout-position = Haltung:
handout-equipment = Sie brauchen:
handout-safety = Sicher bleiben
handout-your-clinician = Ihre Ansprechperson:
handout-phone = Telefon
handout-dose = Wie viel:
handout-lighter = An einem müden Tag:
handout-note = Hinweis:
handout-notes = Hinweise
handout-tick-heading = Kreuzen Sie jeden Tag an, an dem Sie es gemacht haben
cli-report-about = Einen Bericht für Ihre Ärztin oder Ihren Arzt als HTML-Datei zum Drucken schreiben
cli-report-more = Einhaltung der Verordnung jedes Programms, Anstrengung und Erschöpfung, leichtere Tage, vorzeitig beendete Einheiten, Angaben beim Check-in, gute Tageszeiten und Notizen. Ohne --from die letzten 12 Wochen; ohne --to bis heute. Öffnen Sie die Datei im Browser und drucken Sie sie oder speichern Sie sie als PDF.
cli-handout-about = Ein einseitiges Merkblatt eines Programms in großer Schrift als HTML-Datei zum Drucken schreiben
cli-sample-history-about = Einen leeren Verlauf mit Beispiel-Einheiten füllen, um die Übersicht und den Bericht auszuprobieren
cli-sample-history-more = Schreibt glaubhafte Einheiten von drei mitgelieferten Programmen über die letzten Wochen. Ein Verlauf, der schon Einheiten oder Check-ins enthält, wird nicht angetastet.
cli-arg-report-out = Die HTML-Datei, die geschrieben wird (sie darf noch nicht existieren)
cli-arg-sample-history-weeks = Wie viele Wochen, bis heute
cli-document-write-failed = die Datei konnte nicht geschrieben werden ({ $why }): { $path }
cli-settings-defaults = stattdessen gelten die Standardwerte: { $budget } Minuten Zeit am Tag, { $get_ready } Sekunden zum Bereitmachen, nicht hitzeempfindlich, keine Ärztin und kein Arzt eingetragen. Speichern Sie Ihre Einstellungen in Steady erneut.
cli-report-from-after-to = der erste Tag ({ $from }) liegt nach dem letzten Tag ({ $to })
cli-report-too-long = der Zeitraum vom { $from } bis { $to } ist länger als { $years } Jahre; ein Bericht umfasst höchstens { $years } Jahre: wählen Sie ein späteres --from oder ein früheres --to
cli-report-narrowed = der Bericht umfasst { $from } bis { $to }, den Teil des gewünschten Zeitraums mit Verlauf
cli-wrote-report = Bericht über { $sessions } Einheiten vom { $from } bis { $to } in { $path } geschrieben
cli-wrote-handout = Merkblatt zu „{ $title }“ in { $path } geschrieben
cli-history-lock-failed = der Verlauf konnte nicht zum Schreiben gesperrt werden ({ $why }): { $path }
cli-sample-history-not-empty = der Verlauf hat schon { $count } Einträge; Beispiel-Einheiten kommen nur in einen leeren Verlauf: { $path }
cli-wrote-sample-history = { $sessions } Beispiel-Einheiten über { $weeks } Wochen in { $path } geschrieben
documents-report-button = Bericht für meine Ärztin / meinen Arzt
documents-handout-button = Merkblatt drucken
documents-handout-name = Ein Merkblatt zu { $title } drucken
documents-period = Zeitraum
documents-period-4-weeks = 4 Wochen
documents-period-12-weeks = 12 Wochen
documents-period-6-months = 6 Monate
documents-period-year = Ein Jahr
documents-period-everything = Alles
documents-month-by-month = Monat für Monat
documents-save-heading = Als Datei zum Drucken speichern
documents-save-explain = Geben Sie ein, wo es gespeichert werden soll (ein Ordner oder ein Dateiname auf .html), oder wählen Sie es im Dialog des Systems. Öffnen Sie die Datei im Browser, um sie zu drucken oder als PDF zu speichern. Eine vorhandene Datei wird nie ersetzt.
documents-save-field = Wo das Dokument gespeichert wird
documents-save-do = Datei speichern
documents-choose-dialog = Auswählen…
documents-save-cancel = Abbrechen
documents-dialog-report = Den Bericht für Ihre Ärztin oder Ihren Arzt speichern
documents-dialog-handout = Das Merkblatt speichern
documents-dialog-filter = Webseite (HTML)
documents-nothing-chosen = Im Dialog wurde nichts gewählt; geben Sie stattdessen ein, wo es gespeichert werden soll.
documents-saved = Gespeichert: { $path }. Öffnen Sie die Datei im Browser, um sie zu drucken.
documents-exists = Eine Datei mit diesem Namen gibt es schon; wählen Sie einen anderen Namen: { $path }
documents-save-failed = Konnte nicht gespeichert werden ({ $why }): { $path }
documents-clinician = Ihre Ansprechperson
documents-clinician-explain = Steht auf den Merkblättern, die Sie drucken. Beides ist freiwillig und bleibt nur auf diesem Computer.
documents-clinician-name = Name
documents-clinician-phone = Telefon
documents-clinician-keep = Übernehmen
documents-clinician-kept = Die Angaben zu Ihrer Ansprechperson sind gespeichert.
documents-clinician-name-spoken = Name Ihrer Ansprechperson
documents-clinician-phone-spoken = Telefonnummer Ihrer Ansprechperson
# end of report

# msgs
cli-more = Starten Sie steady ohne Befehl, um das Fenster der App zu öffnen.
cli-arg-validate-strict = Auch bei Warnungen scheitern (Exit-Code 1), nicht nur bei Fehlern
cli-import-backup = Das ersetzte Programm ist aufbewahrt in { $path }
cli-import-rewritten = ID und Titel ließen sich nicht an Ort und Stelle ändern; die Kopie wurde daher neu geschrieben, ohne ihre Kommentare.
# end of msgs

# sounds
sounds-title = Töne
sounds-play = Abspielen
# For screen readers: $name is a sound's name, e.g. "Go".
sounds-play-spoken = Den Ton „{ $name }“ abspielen
sounds-card-title = Was die Töne bedeuten
sounds-card-more = In den Einstellungen unter „Töne“ können Sie jeden anhören.
sounds-card-ok = Verstanden
cue-countdown = Countdown
cue-countdown-means = 3, 2, 1: Gleich beginnt der nächste Teil.
cue-go = Los
cue-go-means = Jetzt mit der Übung beginnen.
cue-up = Hoch (steigender Ton)
cue-up-means = Anheben oder nach oben bewegen, solange der Ton steigt.
cue-hold = Halten (ruhiger tiefer Ton)
cue-hold-means = Die Position halten.
cue-down = Runter (fallender Ton)
cue-down-means = Langsam absenken, solange der Ton fällt.
cue-beat = Takt
cue-beat-means = Bei jedem Schlag einen Schritt machen.
cue-halfway = Halbzeit
cue-halfway-means = Die Hälfte dieses Satzes oder dieser Haltezeit ist geschafft.
cue-rest = Pause
cue-rest-means = Aufhören und ausruhen.
cue-rest-ending = Pause endet bald
cue-rest-ending-means = Noch 5 Sekunden Pause: bereit machen.
cue-switch-side = Seite wechseln
cue-switch-side-means = Zur anderen Seite wechseln.
cue-exercise-done = Übung geschafft
cue-exercise-done-means = Alle Sätze dieser Übung sind geschafft.
cue-session-done = Einheit geschafft
cue-session-done-means = Die ganze Einheit ist geschafft. Gut gemacht!
# steady cues --wav without a routine: one line per sound, in the order written.
cli-cue-line = { $number }. { $name }: { $means }
# end of sounds

# handout format 2
handout-one-side-then-other = alle Sätze erst: { $first }, dann: { $then }
handout-tempo-words = Im Takt: { $up } · { $hold } · { $down }
handout-harder = An einem starken Tag:
documents-handout-fix-first = Beheben Sie zuerst die Probleme im Programm: Das Merkblatt zeigt das Programm so, wie es gespeichert würde.
# end of handout format 2

# report levels
report-lighter-levels = Leichtere Tage und Stufen
report-harder-count = { $harder } von { $sessions } Einheiten wurden mit der schwereren Dosis gemacht.
report-harder-days = Schwerer
report-level-changes = Angebote, die Stufe zu wechseln, die neuesten zuerst
report-offered = Angeboten
report-answer = Antwort
report-answer-yes = Ja, gewechselt
report-answer-not-yet = Noch nicht
# end of report levels
# self-tests
dose-test = Selbsttest: { $test }
test-name-5xsts = Fünfmal Aufstehen vom Stuhl
test-name-chair-stand = 30-Sekunden-Aufstehtest
test-name-balance = Gleichgewicht im Stand
test-name-fatigue = Erschöpfungs-Check (von Steady)
test-name-walk = 25-Fuß-Gehtest mit Zeitmessung
invalid-needs-format = Das braucht Routinenformat { $needed } (die Datei hat Format { $found }).
invalid-needs-format-hint = Schreiben Sie format: { $needed } an den Anfang der Datei.
invalid-test-with-levels = „{ $exercise }“ ist ein Selbsttest: Ein Test hat keine leichtere oder schwerere Dosis.
invalid-test-with-levels-hint = Entfernen Sie die leichtere und die schwerere Dosis oder geben Sie dem Test eine eigene Übung.
editor-dose-test = Selbsttest
editor-test-choice-name = { $test } (welcher Selbsttest)
cli-paths-self-tests = Selbsttests
cli-arg-export-tests = Eine Zeile je Selbsttest-Ergebnis.
cli-exported-tests = { $count } Selbsttest-Ergebnisse nach { $path } exportiert
cli-arg-export-fhir = Eine FHIR-R4-Datei (JSON) für Praxissysteme in diese Datei schreiben (sie darf noch nicht existieren)
cli-exported-days = { $count ->
        [one] 1 Tag
       *[other] { $count } Tage
    } nach { $path } exportiert
cli-exported-fhir = { $count } FHIR-Beobachtungen ({ $tests ->
        [one] 1 Selbsttest-Ergebnis
       *[other] { $tests } Selbsttest-Ergebnisse
    }) vom { $from } bis { $to } nach { $path } geschrieben
cli-fhir-failed = die FHIR-Daten konnten nicht geschrieben werden
cli-fhir-write-failed = die FHIR-Datei konnte nicht geschrieben werden ({ $why }): { $path }
screen-self-tests = Selbsttests
home-self-tests = Selbsttests: Wie verändern sich Kraft und Gleichgewicht?
player-start-test = Test beginnen: { $test }
selftest-title = Selbsttests
selftest-intro = Kurze, angeleitete Tests, um über Monate zu verfolgen, wie sich Kraft, Gleichgewicht und Erschöpfung verändern. Jedes Ergebnis wird mit Ihrem eigenen Üblichen verglichen (der Mitte Ihrer ersten drei Ergebnisse). Steady ist kein Medizinprodukt: Diese Tests stellen keine Diagnose. Besprechen Sie die Ergebnisse mit Ihrer Therapeutin, Ihrem Therapeuten, Ihrer Ärztin oder Ihrem Arzt.
selftest-last-result = Zuletzt: { $value }, { $when } (bisher { $count })
selftest-start = Beginnen
selftest-start-name = { $test } beginnen
selftest-about-5xsts = Fünfmal vom Stuhl aufstehen und wieder hinsetzen, so schnell es sicher geht. Etwa 1 Minute.
selftest-about-chair-stand = So oft ganz aufstehen, wie es in 30 Sekunden sicher geht. Etwa 1 Minute.
selftest-about-balance = Neben einer Arbeitsplatte in vier Standpositionen stehen, jede bis zu 30 Sekunden. Jemand sollte bei Ihnen zu Hause sein. Etwa 4 Minuten.
selftest-about-fatigue = Fünf kurze Fragen zur Erschöpfung in der letzten Woche: Steadys eigener Check, kein veröffentlichter Fragebogen. Etwa 2 Minuten.
selftest-about-walk = Mit einer Hilfsperson: 25 Fuß (7,6 m) in Ihrem üblichen zügigen, sicheren Tempo gehen, während die Hilfsperson die Zeit nimmt. Etwa 2 Minuten.
selftest-safety-title = Bevor Sie beginnen
selftest-safety-weakness = Nicht heute, wenn Sie eine neue oder plötzlich stärkere Schwäche haben: Wenden Sie sich dann an Ihre Ärztin oder Ihren Arzt.
selftest-safety-dizzy = Nicht heute, wenn Ihnen schwindelig ist, Sie sich unwohl oder überhitzt fühlen.
selftest-safety-company = Nur, wenn jemand bei Ihnen zu Hause ist (vielleicht hat Ihre Therapeutin oder Ihr Therapeut darum gebeten).
selftest-safety-stop = Hören Sie jederzeit auf, wenn Sie sich unsicher fühlen: Dann wird nichts gespeichert.
selftest-how = So geht es
selftest-how-5xsts = Stellen Sie den Stuhl an eine Wand. Setzen Sie sich vorn auf den Stuhl, Füße flach, Arme vor der Brust gekreuzt. Nach „3, 2, 1, Los“ stehen Sie fünfmal ganz auf und setzen sich wieder. Drücken Sie die große Taste (oder die Leertaste), wenn Sie sich zum fünften Mal setzen.
selftest-how-chair-stand = Stellen Sie den Stuhl an eine Wand. Setzen Sie sich vorn auf den Stuhl, Arme vor der Brust gekreuzt. Nach „Los“ stehen Sie so oft ganz auf und setzen sich wieder, wie es sicher geht, bis „Stopp“. Geben Sie dann die Zahl der ganzen Wiederholungen ein.
selftest-how-balance = Stehen Sie neben einer Arbeitsplatte. Gehen Sie für jede Standposition mit einer Hand an der Arbeitsplatte in Position und drücken Sie „Ich bin in Position“. Lassen Sie bei „Los“ los. Drücken Sie die große Taste (oder die Leertaste), sobald Sie die Arbeitsplatte berühren oder einen Fuß bewegen. 30 Sekunden sind ein volles Halten. Nach einer Position, die Sie nicht halten konnten, endet die Leiter (beide Seiten im Einbeinstand werden immer versucht).
selftest-how-fatigue = Beantworten Sie fünf Fragen zu den letzten sieben Tagen, von 0 (gar nicht) bis 4 (sehr stark). Steadys eigener Check: nicht die MFIS.
selftest-how-walk = Markieren Sie eine gerade, freie Strecke von 25 Fuß (7,6 m). Die Hilfsperson drückt „Start“, wenn Sie losgehen, und „Stopp“, wenn Sie die Ziellinie überqueren. Gehen Sie in Ihrem üblichen zügigen, sicheren Tempo, mit Ihrer üblichen Gehhilfe.
selftest-arms-crossed = Arme gekreuzt
selftest-armrests = Mit Armlehnen
selftest-no-walking-aid = Ohne Gehhilfe
selftest-walking-aid = Mit Gehhilfe
selftest-condition-armrests = mit Armlehnen
selftest-condition-arms-crossed = Arme verschränkt
selftest-condition-walking-aid = mit Gehhilfe
selftest-condition-no-walking-aid = ohne Gehhilfe
selftest-condition-helper = mit Hilfe einer Person
selftest-condition-no-helper = ohne Hilfe einer Person
selftest-no-helper = Ich gehe allein
selftest-helper = Jemand hält oder stützt mich
selftest-series-condition = { $series }, { $condition }
selftest-value-condition = { $value }, { $condition }
selftest-begin = Ich bin bereit: beginnen
selftest-not-today = Nicht heute
selftest-balance-ready = Als Nächstes: { $stance }. Gehen Sie in Position, eine Hand an der Arbeitsplatte.
selftest-in-position = Ich bin in Position
selftest-walk-ready = Hilfsperson: Drücken Sie „Start“, wenn die gehende Person losgeht.
selftest-walk-start = Start
selftest-get-ready = Machen Sie sich bereit
selftest-go = Los!
selftest-halfway = Halbzeit
selftest-balance-hold = Halten Sie: { $stance }. Drücken Sie, sobald Sie absetzen.
selftest-touched-down = Abgesetzt
selftest-walk-running = Hilfsperson: Drücken Sie „Stopp“, wenn die gehende Person die Ziellinie überquert.
selftest-walk-stop = Stopp
selftest-5xsts-running = Stehen Sie fünfmal auf und setzen Sie sich wieder. Drücken Sie, wenn Sie sich zum fünften Mal setzen.
selftest-5xsts-done = Fünftes Aufstehen geschafft
selftest-chair-running = Stehen Sie ganz auf und setzen Sie sich, so oft es sicher geht.
selftest-chair-stop = Stopp. Setzen Sie sich und ruhen Sie sich aus.
selftest-chair-count = Wie oft sind Sie ganz aufgestanden?
selftest-one-fewer = Einmal weniger
selftest-one-more = Einmal mehr
selftest-keep = Ergebnis speichern
selftest-stop = ■ Test abbrechen (nichts wird gespeichert)
selftest-keys = Tasten: Die Leertaste drückt die große Taste, Esc bricht den Test ab.
selftest-fatigue-own = Steadys eigener Erschöpfungs-Check (fünf Fragen, je 0 bis 4). Er ist nicht die MFIS und kein veröffentlichter Fragebogen, und seine Summe ist damit nicht vergleichbar.
selftest-fatigue-q1 = Wie sehr hat Müdigkeit in den letzten sieben Tagen eingeschränkt, was Sie tun wollten?
selftest-fatigue-q2 = Wie oft mussten Sie mitten in einer Sache anhalten und ausruhen?
selftest-fatigue-q3 = Wie schwer fühlten sich Arme oder Beine beim Bewegen an?
selftest-fatigue-q4 = Wie sehr fühlte sich das Denken langsam oder vernebelt an?
selftest-fatigue-q5 = Wie lange haben Sie gebraucht, um sich nach einer Anstrengung zu erholen?
selftest-answer-0 = 0 Gar nicht
selftest-answer-1 = 1 Ein wenig
selftest-answer-2 = 2 Mittel
selftest-answer-3 = 3 Stark
selftest-answer-4 = 4 Sehr stark
selftest-answer-name = { $answer }: { $question }
selftest-kept-title = { $test }: gespeichert
selftest-kept-stance = { $stance }: { $value }
selftest-back = Zurück zu den Selbsttests
selftest-not-kept-title = Das Ergebnis konnte nicht gespeichert werden
selftest-not-kept = Das Ergebnis konnte nicht gespeichert werden: { $why }
selftest-try-again = Noch einmal versuchen
selftest-seconds = { $value } s
selftest-stands = { $count ->
    [one] 1-mal aufgestanden
   *[other] { $count }-mal aufgestanden
}
selftest-points = { $count ->
    [one] 1 Punkt
   *[other] { $count } Punkte
}
selftest-stance-together = Füße geschlossen
selftest-stance-semi-tandem = Halbtandem (ein Fuß halb vor dem anderen)
selftest-stance-tandem = Tandem (Ferse an Zehen)
selftest-stance-left = Stand auf dem linken Bein
selftest-stance-right = Stand auf dem rechten Bein
selftest-when = { $date } ({ $part })
selftest-series-stance = { $test }: { $stance }
selftest-charts-title = Selbsttests im Verlauf
selftest-charts-about = Die Linie ist Ihr Übliches (die Mitte Ihrer ersten drei Ergebnisse); das schattierte Band zeigt, wie stark ein Ergebnis von Tag zu Tag schwankt. Dreiecke markieren Ergebnisse außerhalb des Bandes. Ihre eigenen Ergebnisse, keine Diagnose.
selftest-chart-band = Schwankung von Tag zu Tag
selftest-chart-baseline = Ihr Übliches
selftest-chart-results = Ergebnisse
selftest-chart-name = Verlauf: { $series }. { $summary }
selftest-result-line = { $when }: { $value }. { $change }
selftest-summary = { $count } Ergebnisse. Ihr Übliches: { $baseline }; von { $low } bis { $high } ist Schwankung von Tag zu Tag. { $latest }
selftest-summary-balance = { $count } Ergebnisse. Ihr Übliches: { $baseline }. { $latest }
selftest-summary-too-few = { $count } von { $needed } Ergebnissen für Ihr Übliches. { $latest }
selftest-summary-latest = Zuletzt: { $value }. { $change }
selftest-change-baseline = Eines der ersten drei, aus denen Ihr Übliches entsteht.
selftest-change-within = Innerhalb der Schwankung von Tag zu Tag.
selftest-change-faster = Schneller als Ihr Übliches, um mehr als die Schwankung von Tag zu Tag.
selftest-change-slower = langsamer als Ihr Übliches, um mehr als die Schwankung von Tag zu Tag
selftest-change-more-stands = Öfter aufgestanden als üblich, um mehr als die Schwankung von Tag zu Tag.
selftest-change-fewer-stands = seltener aufgestanden als üblich, um mehr als die Schwankung von Tag zu Tag
selftest-change-held-full = Die vollen 30 Sekunden gehalten, mehr als Ihr Übliches.
selftest-change-not-full = nicht die vollen 30 Sekunden gehalten, die Sie üblicherweise schaffen
selftest-change-less-fatigue = Weniger Erschöpfung als Ihr Übliches, um mehr als die Schwankung von Tag zu Tag.
selftest-change-more-fatigue = mehr Erschöpfung als Ihr Übliches, um mehr als die Schwankung von Tag zu Tag
selftest-change-mention = Dieses Ergebnis ist: { $change }. Vielleicht möchten Sie es mit Ihrer Ärztin oder Ihrem Arzt besprechen.
report-tests-about = Jeder Test im Vergleich mit dem eigenen Üblichen (der Mitte der ersten drei Ergebnisse). Das graue Band ist die Schwankung von Tag zu Tag: Beim fünfmaligen Aufstehen ist mehr als 25 % eine echte Veränderung (Møller et al. 2012), beim 25-Fuß-Gehtest 20 % (Hobart et al. 2013), beim 30-Sekunden-Aufstehtest 2 Wiederholungen (MDC95 etwa 1,1 bei MS), beim Gleichgewicht das Erreichen von 30 s oder nicht, und bei Steadys eigenem Erschöpfungs-Check 4 Punkte (Steadys eigene Regel). Zu Hause ohne Aufsicht gemacht; keine Diagnose.
report-tests-legend = Gestrichelte Linie: das Übliche; graues Band: Schwankung von Tag zu Tag; Punkte: Ergebnisse; gefülltes Dreieck nach oben: besser über das Band hinaus; leeres Dreieck nach unten: schlechter über das Band hinaus.
report-tests-when = Wann
report-tests-result = Ergebnis
report-tests-compared = Im Vergleich mit dem Üblichen
# end of self-tests
# week
invalid-days-format = `days` braucht das Routinenformat 3.
invalid-days-format-hint = Speichern im Editor schreibt Format 3.
invalid-days-repeated = Jeden Tag höchstens einmal nennen, und mindestens einen Tag.
invalid-days-repeated-hint = Zum Beispiel Montag, Mittwoch und Freitag.
invalid-days-count = { $days } Tage sind genannt, aber Einheiten pro Woche ist { $times }.
invalid-days-count-hint = Setzen Sie Einheiten pro Woche auf die Zahl der genannten Tage.
week-editor-days = Nur an diesen Tagen (freiwillig; sonst plant Steady die Tage)
week-editor-day-name = Am { $day }
week-best-better = Beste Zeit: { $best }. Ihre Einheiten { $best } enden seltener vorzeitig und ermüden Sie weniger als { $worse }.
week-best-usual = Beste Zeit: { $part }. Sie üben meistens { $part }, und eine Gewohnheit macht es leichter.
week-best-cooler = Beste Zeit: morgens. Dann ist es kühler, und Hitze kann MS-Beschwerden für eine Weile verstärken.
week-cli-plan-about = Die für heute und die nächsten Tage geplanten Einheiten zeigen
week-cli-plan-more = Steady plant innerhalb Ihres täglichen Zeitbudgets (Einstellungen, 20 Minuten, solange Sie es nicht ändern): Krafttraining nie an zwei Tagen nacheinander, eine verpasste Einheit auf den nächsten passenden Tag verschoben, nie verdoppelt. Mit --ics kommen die nächsten Wochen in eine Kalenderdatei, mit einer Erinnerung vor jeder Einheit.
week-cli-arg-weeks = Wie viele Wochen gezeigt oder geschrieben werden (1 bis 12; ohne Angabe 1, mit --ics 4)
week-cli-arg-ics = Den Plan als iCalendar-Datei für Ihre Kalender-App schreiben (sie darf noch nicht existieren)
week-cli-today = Heute, { $date }
week-cli-rest-day = Ein Ruhetag.
week-cli-session = { $title }, etwa { $minutes } Min.
week-cli-wrote-ics = { $sessions } geplante Einheiten in { $path } geschrieben
week-ics-summary = Steady: { $title }
week-ics-description = Etwa { $minutes } Minuten. Lassen Sie sie aus oder machen Sie sie leichter, wenn heute kein guter Tag ist.
week-ics-alarm = { $title } in 10 Minuten
week-all-routines = Alle Routinen
week-today = Heute
week-today-done = Für heute erledigt. Ruhe gehört auch zum Plan.
week-today-nothing = Für heute ist nichts geplant: ein Ruhetag. Jede Routine unten steht trotzdem bereit, wenn Sie möchten.
week-today-length = Etwa { $minutes } Min.
week-today-start-name = { $title } starten, für heute geplant
week-not-today = Nicht heute
week-not-today-name = Nicht heute: { $title } (Steady verschiebt sie auf einen anderen Tag)
week-too-much = { $title }: { $done } von { $planned } diese Woche: mehr als geplant; Ruhetage helfen Ihren Muskeln, sich zu erholen.
week-review-too-much = { $done } von { $planned } diese Woche: mehr als geplant; Ruhetage helfen Ihren Muskeln, sich zu erholen.
week-settings-budget = Zeit pro Tag
week-settings-budget-why = Steady plant nicht mehr als das an einem Tag, damit kein Tag zu lang wird.
week-settings-minutes = { $minutes } Min.
week-settings-budget-spoken = Zeit pro Tag: { $choice }
week-settings-heat = Hitze
week-settings-heat-sensitive = Hitze macht mir zu schaffen
week-checkin-more = Tippen Sie an, was heute zutrifft:
week-checkin-fever = Fieber oder ein Infekt
week-checkin-poor-sleep = Sehr schlecht geschlafen
week-checkin-dizzy = Mir ist schwindlig
week-checkin-fell = Ein Sturz seit der letzten Einheit
week-checkin-toggle-name = Trifft heute zu: { $answer }
week-fever-title = Heute keine Übungen
week-fever-text = Bei Fieber oder einem Infekt ist Ruhe das Beste, was Sie tun können: Training macht es Ihrem Körper jetzt schwerer. Ein Infekt kann alte MS-Beschwerden für eine Weile zurückbringen. Wenden Sie sich an Ihre Ärztin oder Ihren Arzt, wenn das Fieber länger als zwei Tage anhält, wenn Sie sich sehr krank fühlen oder wenn Beschwerden neu oder deutlich schlimmer sind.
week-dizzy-title = Schwindel
week-dizzy-text = Heute keine Übungen im Stehen und kein Gleichgewichtstraining. Ruhen Sie sich aus, oder wählen Sie eine Routine im Sitzen oder Liegen. Wenn der Schwindel neu oder stark ist, wenden Sie sich an Ihre Ärztin oder Ihren Arzt.
week-dizzy-seated = Bleiben Sie die ganze Einheit über sitzen und hören Sie auf, wenn der Schwindel stärker wird.
week-fall-title = Erzählen Sie Ihrer Ärztin oder Ihrem Arzt von dem Sturz
week-fall-text = Bitte erzählen Sie Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie davon, auch wenn Sie sich nicht verletzt haben: So bleiben Ihre Übungen sicher.
week-heat-title = Hitze: erst abkühlen
week-heat-before = Bevor Sie beginnen: Trinken Sie etwas Kaltes, kühlen Sie Nacken und Handgelenke mit einem feuchten Tuch und halten Sie den Raum kühl. Hitze kann MS-Beschwerden für eine Weile verstärken. Wenn das nachlässt, sobald Sie abgekühlt sind, ist es kein Schub. Wenn stärkere Beschwerden länger als 24 Stunden anhalten, wenden Sie sich an Ihre Ärztin oder Ihren Arzt.
week-heat-move = An einem heißen Tag passt eine kürzere, leichtere Einheit. Wenn möglich, verlegen Sie sie in den kühleren Teil des Tages, früh morgens oder abends.
week-rest-cool-down = Abkühlen: Trinken Sie einen Schluck Kaltes und legen Sie ein kühles, feuchtes Tuch in den Nacken.
week-reminder-title = Zeit für { $title }
week-reminder-text = Es ist die geplante Zeit, wenn es Ihnen jetzt passt. Keine Eile: später ist auch gut.
week-reminder-start-name = { $title } jetzt starten (Erinnerung)
week-reminder-later = Später
week-settings-reminders = Erinnerungen
week-settings-remind = Erinnern
week-settings-autostart = Beim Anmelden starten
week-no-config-folder = es wurde kein Konfigurationsordner gefunden
week-autostart-failed = Der Start beim Anmelden konnte nicht geändert werden: { $why }. { $path }
week-longer-than-budget = Länger als Ihre { $minutes } Min. pro Tag, darum plant Steady sie nicht ein. Starten Sie sie, wann Sie möchten, oder geben Sie ihr in den Einstellungen mehr Zeit.
week-settings-heat-why = Tipps zum Abkühlen vor jeder Einheit, ein Abkühl-Hinweis in jeder Pause, und der kühlere Morgen wird vorgeschlagen.
week-settings-remind-why = Zu den geplanten Zeiten, solange Steady offen ist: ein Hinweis hier und eine Desktop-Benachrichtigung.
week-settings-autostart-why = Steady startet beim Anmelden minimiert, damit Erinnerungen kommen. Aus, solange Sie es nicht wählen.
# end of week
# voice
# Gesprochene Ansagen (bei jedem Phasenwechsel; Tempo und Takt bleiben Töne).
spoken-get-ready = Machen Sie sich bereit. Zuerst: { $exercise }.
spoken-rest = Pause.
spoken-rest-next = Pause. Als Nächstes: { $exercise }.
spoken-set = { $exercise }. Satz { $set } von { $sets }: { $what }.
spoken-set-side = { $exercise }. Satz { $set } von { $sets }, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}: { $what }.
spoken-last-set = { $exercise }. Letzter Satz: { $what }.
spoken-last-set-side = { $exercise }. Letzter Satz, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}: { $what }.
spoken-one-set = { $exercise }: { $what }.
spoken-one-set-side = { $exercise }, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}: { $what }.
spoken-reps = { $reps ->
    [one] eine Wiederholung
   *[other] { $reps } Wiederholungen
}
spoken-hold = { $length } halten
spoken-stepping = { $length } im Takt gehen
spoken-timed = { $length } gleichmäßig arbeiten
spoken-secs = { $secs ->
    [one] eine Sekunde
   *[other] { $secs } Sekunden
}
spoken-min = { $min ->
    [one] eine Minute
   *[other] { $min } Minuten
}
spoken-switch-side = Wechsel zur { $side ->
    [left] linken
   *[right] rechten
} Seite.
spoken-halfway = Halbzeit.
spoken-side-first = Zuerst die { $side ->
    [left] linke
   *[right] rechte
} Seite.
spoken-last-one = Letzte Wiederholung.
spoken-session-done = Einheit geschafft. Gut gemacht!
spoken-paused = Angehalten. Drücken Sie noch einmal Escape, um aufzuhören, oder eine andere Taste, um weiterzumachen.
spoken-resumed = Weiter geht's.
spoken-ended = Einheit beendet.
spoken-stop-question = Einheit beenden? Alles, was Sie bisher gemacht haben, bleibt gespeichert. Drücken Sie die Eingabetaste, um weiterzumachen, oder S, um zu beenden.
spoken-stop-why = Warum hören Sie auf? { $choices }. Oder drücken Sie Escape, um weiterzumachen.
spoken-stop-choice = { $key } für { $reason }
spoken-test = Hallo. So klingen die gesprochenen Ansagen.
# Die Stimme (espeak-ng, Speech Dispatcher oder die des Systems).
voice-system = die Stimme des Systems
voice-could-not-run = { $program } ließ sich nicht starten: { $why }
voice-failed = { $program } hat nicht gesprochen: { $why }
voice-not-wav = Die Stimme lieferte keinen Ton, den Steady abspielen kann: { $why }
voice-silent = Die Stimme lieferte keinen Ton.
# Einstellungen
settings-speech = Gesprochene Ansagen
settings-speech-on = Ansagen laut sprechen
settings-speech-explain = Steady sagt die Übung und ihre Menge, Pause, Seitenwechsel, Halbzeit, letzte Wiederholung und das Ende der Einheit an. Tempo und Takt bleiben Töne.
settings-speech-voice = Stimme: { $voice }
settings-no-voice = Auf diesem Computer ist keine Stimme installiert, daher spielt Steady nur Töne (installieren Sie espeak-ng für gesprochene Ansagen).
settings-speech-test = Etwas sagen
settings-eyes-free = Ohne-Hinsehen-Modus
settings-eyes-free-explain = Vor jeder Übung wird ihre Anleitung vorgelesen, und jede Taste oder ein Klick irgendwo im Übungsfenster hält an oder setzt fort. Für Übungen, bei denen Sie auf Ihren Körper schauen, nicht auf den Bildschirm.
settings-eyes-free-needs-speech = Der Ohne-Hinsehen-Modus braucht gesprochene Ansagen: Schalten Sie diese zuerst ein.
settings-speech-rate = Wie schnell die Ansagen gesprochen werden
settings-speech-rate-slower = Langsamer
settings-speech-rate-normal = Normal
settings-speech-rate-faster = Schneller
settings-speech-rate-spoken = Sprechtempo: { $choice }
settings-voice-level = Die Stimme gegenüber den Tönen
settings-voice-level-softer = Leiser
settings-voice-level-same = Gleich laut
settings-voice-level-louder = Lauter
settings-voice-level-spoken = Lautstärke der Stimme: { $choice }
# Das Übungsfenster
player-eyes-free = Ohne Hinsehen: jede Taste oder ein Klick hält an oder setzt fort · Esc beendet
# steady say
cli-say-no-voice = Keine Stimme gefunden: Installieren Sie espeak-ng für gesprochene Ansagen.
cli-say-cannot-write = { $voice } spricht selbst und kann keine WAV-Datei schreiben: Installieren Sie espeak-ng.
cli-say-written = { $path }: { $secs } s Sprache, Spitze { $peak } dBFS
cli-say-about = Einen Satz mit der Stimme der gesprochenen Ansagen sprechen und als WAV-Datei schreiben
cli-say-more = Nutzt espeak-ng, wenn es installiert ist, in der Sprache von --lang (oder der Einstellungen). Endet mit einem Fehler, wenn dieser Computer keine Stimme hat, die Ton schreiben kann.
cli-arg-say-text = Was gesagt werden soll
spoken-self-test = ein Selbsttest: Drücken Sie „Test beginnen“, wenn Sie bereit sind
# end of voice

## Das Programm: was die Therapeutin verordnet hat (program.ron)
program-setup-title = Ihr Übungsplan
program-setup-text = Sie haben noch keinen Übungsplan. Ihr Übungsplan ist das, was Sie jede Woche machen: welche Routinen, an welchen Tagen. Wählen Sie einen Weg zum Anfangen.
program-broken-title = Ihre Übungsplan-Datei konnte nicht gelesen werden
program-from-therapist = Von meiner Therapeutin
program-starter = Ein Start-Übungsplan
program-choose-myself = Selbst auswählen
program-file-text = Öffnen Sie die Übungsplan-Datei von Ihrer Therapeutin oder Ihrem Therapeuten. Sie sehen, was sich ändert, bevor etwas gespeichert wird.
program-open-file = Übungsplan-Datei öffnen…
program-typed-path = Oder tippen Sie, wo die Datei liegt:
program-typed-path-name = Wo die Übungsplan-Datei liegt
program-read-file = Diese Datei lesen
program-dialog-title = Einen Übungsplan von Ihrer Therapeutin öffnen
program-file-problems = Diese Übungsplan-Datei hat Fehler, darum wurde nichts geändert:
    { $problems }
program-import-title = Diesen Übungsplan verwenden?
program-import-nothing = Nichts ändert sich: Sie haben diesen Übungsplan schon.
program-import-yes = Diesen Übungsplan verwenden
program-import-cancel = Abbrechen
program-imported = Ihr Übungsplan ist gespeichert. Heute und Ihre Woche folgen ihm jetzt.
program-saved = Ihr Übungsplan ist gespeichert.
program-undone = Ihr Übungsplan ist wieder wie vorher.
program-not-saved = Ihr Übungsplan konnte nicht gespeichert werden: { $problem }
program-undo = Rückgängig
program-change-added = Neu: { $title }
program-change-changed = Tage oder Stufe geändert: { $title }
program-change-removed = Aus Ihrem Übungsplan entfernt: { $title }
program-change-new-routine = Neue Routine: { $id }
program-change-replace-routine = Ihre Routine { $id } wird ersetzt (die alte bleibt in den Sicherungen)
program-change-same-routine = Schon da, unverändert: { $id }
program-change-bundled-routine = Steadys eigene Routine { $id } bleibt (mitgelieferte Routinen werden nie ersetzt)
program-change-clinician = Verordnet von { $name }
program-starter-seated = Sitzend anfangen
program-starter-seated-text = Beinkraft im Sitzen am Montag, Mittwoch und Freitag morgens, mit einem Ruhetag dazwischen. Dehnen im Bett an den anderen Morgen. Entspannen und atmen an drei Abenden pro Woche. Der Monatscheck alle 4 Wochen.
program-starter-balance = Gleichgewicht und Gehen
program-starter-balance-text = Gleichgewicht im Stehen am Dienstag, Donnerstag und Samstag, Schritte im Takt am Montag, Mittwoch und Freitag, beides morgens. Dehnen im Stehen dreimal pro Woche. Der Monatscheck alle 4 Wochen.
program-starter-stretch = Dehnen und entspannen
program-starter-stretch-text = Ein sanfter Anfang: Dehnen im Bett an fünf Morgen pro Woche, Dehnen im Stehen am Montag, Mittwoch und Freitag, entspannen und atmen an drei Abenden. Der Monatscheck alle 4 Wochen.
program-use-this = Diesen Übungsplan verwenden
program-use-this-name = Den Start-Übungsplan { $name } verwenden
program-mine = Mein Übungsplan
program-times-a-week = { $times ->
    [one] einmal pro Woche
   *[other] { $times }-mal pro Woche
}
program-time-morning = morgens
program-time-afternoon = nachmittags
program-time-evening = abends
program-check-line = { $title }: alle { $weeks } Wochen
program-prescribed-by = Verordnet von { $name } { $contact }
program-review = Nächste Besprechung mit Ihrer Therapeutin: { $date }
program-in = In meinem Übungsplan: { $when }
program-in-check = In meinem Übungsplan: alle { $weeks } Wochen
program-not-in = Nicht in Ihrem Übungsplan.
program-add = Zu meinem Übungsplan
program-add-name = { $title } zu meinem Übungsplan hinzufügen
program-remove = Aus meinem Übungsplan entfernen
program-remove-name = { $title } aus meinem Übungsplan entfernen
program-day-name = { $title } am { $day }
program-rest-day = Ruhetag
program-rest-day-name = Ruhetag: alle für heute geplanten Einheiten verschieben
program-longer-than-daily = Länger als Ihre { $minutes } Min. pro Tag. Sie steht in Ihrem Übungsplan und ist darum trotzdem an ihrem Tag geplant: machen Sie die Pausen, die Sie brauchen.
program-seated-only-title = Heute nur im Sitzen oder Liegen
program-seated-only-text = Sie haben Steady heute von einem Sturz, neuer Schwäche oder Schwindel erzählt. Routinen im Stehen und fürs Gleichgewicht warten auf einen anderen Tag. Wenn die Schwäche neu ist oder zunimmt oder Sie sich verletzt haben, wenden Sie sich an Ihre Ärztin oder Therapeutin.
program-not-today-check-in = Heute nicht: Ihr Check-in von heute schließt Übungen im Stehen aus.
program-cli-about = Ihren Übungsplan zeigen oder ändern (was Ihre Therapeutin verordnet hat)
program-cli-show-about = Ihren Übungsplan zeigen
program-cli-add-about = Eine Routine zu Ihrem Übungsplan hinzufügen oder ihre Tage ändern
program-cli-remove-about = Eine Routine aus Ihrem Übungsplan entfernen
program-cli-starter-about = Mit einem Start-Übungsplan beginnen: seated-start, balance-and-walking oder stretch-and-relax
program-cli-export-about = Ihren Übungsplan als eine Datei schreiben, die Ihre eigenen Routinen enthält (nie über eine Datei)
program-cli-import-about = Zeigen, was eine Übungsplan-Datei ändern würde; --yes speichert es
program-cli-arg-id = Die Kennung der Routine (`steady list` zeigt sie)
program-cli-arg-days = Feste Tage, z. B. mon,wed,fri
program-cli-arg-times = Mal pro Woche (1 bis 7), an Tagen, die Steady wählt
program-cli-arg-time = Die Tageszeit: morning, afternoon, evening oder any
program-cli-arg-max-level = Die höchste Stufe: lighter, normal oder harder
program-cli-arg-out = Die Datei, die geschrieben wird (sie darf noch nicht existieren)
program-cli-arg-file = Die Übungsplan-Datei von Ihrer Therapeutin
program-cli-arg-yes = Die gezeigten Änderungen speichern
program-cli-arg-starter = seated-start, balance-and-walking oder stretch-and-relax
program-cli-none = Sie haben noch keinen Übungsplan, darum ist nichts geplant. Legen Sie einen an mit `steady program starter seated-start` oder `steady program add ID --days mon,wed,fri`, oder übernehmen Sie die Datei Ihrer Therapeutin mit `steady program import DATEI`.
program-cli-broken = Ihre Übungsplan-Datei hat Fehler (siehe oben); beheben Sie sie oder ersetzen Sie sie mit `steady program import DATEI` oder `steady program starter NAME`
program-cli-added = Zu Ihrem Übungsplan hinzugefügt: { $title }
program-cli-removed = Aus Ihrem Übungsplan entfernt: { $id }
program-cli-not-in = „{ $id }“ ist nicht in Ihrem Übungsplan.
program-cli-did-you-mean = Meinten Sie „{ $id }“?
program-cli-bad-day = „{ $word }“ ist kein Tag; verwenden Sie mon, tue, wed, thu, fri, sat, sun
program-cli-bad-time = „{ $word }“ ist keine Tageszeit; verwenden Sie morning, afternoon, evening oder any
program-cli-bad-level = „{ $word }“ ist keine Stufe; verwenden Sie lighter, normal oder harder
program-cli-bad-starter = „{ $word }“ ist kein Start-Übungsplan; wählen Sie einen von { $names }
program-cli-exists = { $path } existiert schon; wählen Sie einen anderen Namen
program-cli-exported = Ihren Übungsplan mit { $routines } eigenen Routinen darin geschrieben nach { $path }
program-cli-import-refused = nichts wurde geändert: die Übungsplan-Datei hat Fehler. { $path }
program-cli-import-ask = Noch ist nichts gespeichert. Führen Sie denselben Befehl mit --yes aus, um diesen Übungsplan zu verwenden.
program-cli-backup = Die vorige Fassung bleibt erhalten: { $path }
program-cli-missing = nicht gefunden
program-cli-up-to = bis { $level }
program-cli-daily = Zeit pro Tag: { $minutes } Min.
program-review-none = Noch kein Übungsplan, darum wird die Regelmäßigkeit nicht gezählt. Alle Ihre Einheiten stehen unten.
program-extra = Außerdem gemacht, nicht in Ihrem Übungsplan (zusätzlich, nie als verpasst gezählt): { $list }
program-week-guideline = { $minutes } der 150 Minuten pro Woche, die die MS-Bewegungsempfehlungen für Aktivität nennen (zur Information, kein Ziel)
about-me = Über mich
about-me-explain = Nur für den Bericht, den Sie für Ihre Ärztin oder Therapeutin ausdrucken. Nur auf diesem Computer gespeichert.
about-me-name = Mein Name
about-me-name-spoken = Mein Name, für den Bericht
about-me-born = Geburtsdatum (wie 02.04.1968)
about-me-born-spoken = Mein Geburtsdatum, für den Bericht
about-me-bad-date = Dieses Geburtsdatum kann Steady nicht lesen. Schreiben Sie es wie 02.04.1968 oder lassen Sie es leer.
report-safety = Sicherheit zuerst
report-no-falls = In diesem Zeitraum wurden keine Stürze gemeldet.
report-falls = { $count ->
    [one] 1 Sturz in diesem Zeitraum gemeldet.
   *[other] { $count } Stürze in diesem Zeitraum gemeldet.
}
report-no-safety-flags = In diesem Zeitraum kein Fieber, kein Schwindel, keine neue Schwäche, keine wegen Schmerzen oder unsicheren Gleichgewichts abgebrochene Einheit und kein Selbsttest schlechter als üblich.
report-other-flags = Außerdem in diesem Zeitraum
report-safety-explained = Aus den eigenen Check-ins und Einheiten der Person in Steady. Keine medizinische Beurteilung.
report-flag-fall = ein Sturz seit der letzten Einheit
report-flag-fever = Fieber oder ein Infekt (an dem Tag keine Übungen)
report-flagged-weakness = neue oder plötzlich stärkere Schwäche
report-flag-dizzy = Schwindel (keine Übungen im Stehen oder fürs Gleichgewicht)
report-flag-pain = Einheit wegen Schmerzen beendet
report-flag-unsafe = Einheit beendet: Gleichgewicht fühlte sich unsicher an
report-flag-test-worse = { $test }: { $value }, schlechter als üblich, mehr als die Schwankung von Tag zu Tag
report-flag-sleep = sehr schlecht geschlafen
report-flagged-hot = Hitze
report-flag-step-taken = Stufe von { $from } auf { $to } geändert
report-flag-step-declined = Stufe von { $from } auf { $to } angeboten, abgelehnt
report-levels = Stufe pro Routine
report-levels-routine = Routine
report-levels-now = Stufe jetzt
report-levels-steps = Stufenwechsel in diesem Zeitraum
report-check-ins = Check-in-Antworten, Woche für Woche
report-no-check-ins = Keine Check-ins in diesem Zeitraum.
report-ci-count = Check-ins
report-ci-low-energy = Wenig Energie
report-ci-hot = Hitze
report-ci-fever = Fieber
report-ci-sleep = Schlecht geschlafen
report-ci-dizzy = Schwindel
report-ci-falls = Stürze
report-ci-weakness = Neue Schwäche
report-born = geboren { $date }
report-clinician = Ärztin/Therapeutin: { $clinician }
handout-printed = Gedruckt am { $date }
handout-each-side-first = jede Seite, zuerst { $first }
handout-tempo-heading = Tempo:
handout-rest = Pause:
handout-rest-between = { $length } zwischen den Sätzen
handout-tier-stop = Sofort aufhören,
handout-tier-stop-text = wenn Sie Schmerzen in der Brust haben, sehr kurzatmig sind, sich schwach oder schwindelig fühlen oder plötzlich neue Schwäche spüren. Setzen oder legen Sie sich hin.
handout-tier-clinician = Ärztin oder Therapeutin anrufen,
handout-tier-clinician-text = wenn Schwäche neu oder plötzlich stärker ist, bei Taubheit, Seh- oder Gleichgewichtsänderungen, nach einem Sturz, bei anhaltenden Schmerzen oder bei Spasmen, die den Schlaf stören.
handout-tier-emergency = Notruf wählen (112),
handout-tier-emergency-text = wenn Schmerzen in der Brust in Ruhe nicht vergehen, Sie keine Luft bekommen, ohnmächtig wurden oder eine Gesichts- oder Körperseite plötzlich schwach wird.
cli-arg-handout-large-print = Großdruck: 18 pt, eine Spalte, jede Übung mit großem Bild
documents-large-handout-button = Handzettel in Großdruck drucken
documents-large-handout-name = Einen Handzettel in Großdruck von { $title } drucken
handout-tempo-up = { $secs ->
    [one] 1 Sekunde hoch
   *[other] { $secs } Sekunden hoch
}
handout-tempo-hold = { $secs ->
    [one] 1 Sekunde halten
   *[other] { $secs } Sekunden halten
}
handout-tempo-down = { $secs ->
    [one] 1 Sekunde runter
   *[other] { $secs } Sekunden runter
}
caution-strength-in-a-row = Krafttraining an zwei Tagen hintereinander.
program-caution-often = { $title }: Krafttraining { $times }-mal pro Woche ist mehr als die 2–3 Tage pro Woche, die die MS-Bewegungsempfehlungen nennen.
program-caution-in-a-row = { $title }: Krafttraining an zwei Tagen hintereinander; die Empfehlungen raten zu einem Ruhetag zwischen Krafttagen.
program-fall-pause-title = Übungen im Stehen und fürs Gleichgewicht nach Ihrem Sturz pausiert
program-fall-pause-text = Nach einem Sturz warten Routinen im Stehen und fürs Gleichgewicht 48 Stunden, bis { $until }. Routinen im Sitzen und Liegen bleiben. Bitte erzählen Sie Ihrer Ärztin oder Therapeutin von dem Sturz.
program-resume-ask = Meine Ärztin sagt, ich kann weitermachen
program-resume-question = Hat Ihre Ärztin oder Therapeutin gesagt, dass Sie mit Übungen im Stehen und fürs Gleichgewicht weitermachen können?
program-resume-yes = Ja, sie sagt, ich kann weitermachen
program-resume-not-yet = Noch nicht
report-resumed-after-fall = Übungen im Stehen und fürs Gleichgewicht innerhalb von 48 Stunden nach einem Sturz wieder aufgenommen: laut der Person mit Zustimmung der Ärztin oder Therapeutin
