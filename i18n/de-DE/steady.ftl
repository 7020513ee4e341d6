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

# end of editor

## Command line (cli.rs)

# end of cli

## Settings (ui/settings.rs, app/settings.rs, state/settings.rs)

settings-language = Sprache
settings-language-system = Wie das System ({ $language })

# end of settings
