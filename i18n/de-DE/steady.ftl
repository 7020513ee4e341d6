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
    } · { $length } · { $times }-mal pro Woche · ID { $id }
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
cli-export-about = Den Verlauf als CSV exportieren (RFC 4180; öffnet in LibreOffice und Excel)
cli-export-more = Eine Zeile je Übung und Einheit, die Angaben der Einheit jeweils wiederholt; mit --sessions eine Zeile je Einheit. Zeiten sind die Ortszeit des Computers, der sie aufgezeichnet hat, mit ihrem Abstand zu UTC (ISO 8601); --from und --to sind Tage in Ortszeit. Jede Spalte ist in docs/history-csv.md beschrieben.
cli-import-about = Eine Programmdatei prüfen und in Ihren Programmordner kopieren
cli-import-more = Die Datei wird Byte für Byte kopiert, mit allen Kommentaren. Ist ihre ID schon vergeben, sagen Sie, ob das vorhandene Programm ersetzt werden soll (seine bisherige Fassung bleibt in backups/) oder ob beide bleiben sollen (die Kopie bekommt eine neue ID und „(copy 2)“ im Titel; nur diese beiden Angaben ändern sich in ihrem Text).
cli-export-routine-about = Ein Programm (mitgeliefert oder Ihr eigenes) in eine Datei schreiben, um es weiterzugeben
cli-cues-about = Signaltöne in eine WAV-Datei schreiben, um sie ohne Einheit anzuhören
cli-cues-more = Mit ROUTINE (eine ID oder eine .ron-Datei) schreibt Steady die Tonspur der ganzen Einheit, jedes Signal zu seiner Zeit. Ohne ROUTINE schreibt es jedes Signal einmal, mit einer Pause dazwischen.
cli-help-about = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
cli-arg-data-dir = Steadys Daten (Programme, Verlauf) in DIR statt am üblichen Ort ablegen
cli-arg-lang = Die Sprache von Steady: en oder de. Standard: die in den Einstellungen gewählte, sonst die des Systems
cli-arg-validate-paths = Programmdateien oder Ordner mit Programmdateien
cli-arg-export-csv = Als CSV schreiben (derzeit das einzige Format)
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
settings-keep-copy-failed = die alten Einstellungen konnten nicht als Kopie aufbewahrt werden: { $path }
settings-save-failed = Ihre Einstellungen konnten nicht gespeichert werden: { $path }

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
report-lighter = Leichtere Tage
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
handout-when-to-call = Hören Sie auf und wenden Sie sich an Ihre Ärztin oder Ihren Arzt bei neuer oder plötzlich stärkerer Schwäche, Taubheit, Veränderungen beim Sehen oder Gleichgewicht, nach einem Sturz oder bei Schmerzen, die nicht nachlassen.
handout-your-clinician = Ihre Ansprechperson:
handout-phone = Telefon
handout-dose = Wie viel:
handout-each-side = jede Seite
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
cli-report-from-after-to = der erste Tag ({ $from }) liegt nach dem letzten Tag ({ $to })
cli-wrote-report = Bericht über { $sessions } Einheiten vom { $from } bis { $to } in { $path } geschrieben
cli-wrote-handout = Merkblatt zu „{ $title }“ in { $path } geschrieben
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
documents-save-do = Speichern
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
spoken-last-one = Letzte Wiederholung.
spoken-session-done = Einheit geschafft. Gut gemacht!
spoken-paused = Angehalten.
spoken-resumed = Weiter geht's.
spoken-ended = Einheit beendet.
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
# Das Übungsfenster
player-eyes-free = Ohne Hinsehen: jede Taste oder ein Klick hält an oder setzt fort · Esc beendet
# steady say
cli-say-no-voice = Keine Stimme gefunden: Installieren Sie espeak-ng für gesprochene Ansagen.
cli-say-cannot-write = { $voice } spricht selbst und kann keine WAV-Datei schreiben: Installieren Sie espeak-ng.
cli-say-written = { $path }: { $secs } s Sprache, Spitze { $peak } dBFS
cli-say-about = Einen Satz mit der Stimme der gesprochenen Ansagen sprechen und als WAV-Datei schreiben
cli-say-more = Nutzt espeak-ng, wenn es installiert ist, in der Sprache von --lang (oder der Einstellungen). Endet mit einem Fehler, wenn dieser Computer keine Stimme hat, die Ton schreiben kann.
cli-arg-say-text = Was gesagt werden soll
# end of voice
