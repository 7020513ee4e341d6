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

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Sprache
settings-language-system = Wie das System ({ $language })

# end of settings
