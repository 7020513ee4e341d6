//! The app's side of the paper documents: Review's period, saving the clinician's
//! report and a routine's handout (the system's "Save as" dialog, and a typed path
//! beside it for where no dialog service runs; never over an existing file), and
//! keeping the clinician's name and phone from Settings. The documents themselves
//! are made by `report`.

use std::path::{Path, PathBuf};

use super::SteadyApp;
use super::editing::DialogAnswer;
use crate::history::stats::Span;
use crate::state::Document;
use crate::state::command::DocumentCommand;
use crate::t;

impl SteadyApp {
    pub(super) fn handle_documents(&mut self, command: DocumentCommand) {
        match command {
            DocumentCommand::Period(period) => self.state.documents.period = period,
            DocumentCommand::Save(what) => self.ask_where_to_save(what),
            DocumentCommand::SaveTo(typed) => {
                if let Some((what, _)) = self.state.documents.saving.clone() {
                    let path = crate::paths::resolve_typed_path(&typed, &self.file_name(&what));
                    self.save_document(&what, &path);
                }
            }
            DocumentCommand::CancelSave => {
                self.state.documents.saving = None;
                self.state.documents.message = None;
            }
            DocumentCommand::KeepClinician => {
                let name = self.state.documents.clinician_name.trim().to_owned();
                let phone = self.state.documents.clinician_phone.trim().to_owned();
                let person = self.state.documents.person_name.trim().to_owned();
                let typed = self.state.documents.birth_date.trim().to_owned();
                let born = crate::state::parse_birth_date(&typed, self.state.today);
                if born.is_none() && !typed.is_empty() {
                    self.state.documents.message = Some((t!("about-me-bad-date"), true));
                    return;
                }
                self.change_settings(|s| {
                    s.clinician_name = name;
                    s.clinician_phone = phone;
                    s.person_name = person;
                    s.birth_date = born;
                });
                self.state
                    .documents
                    .person_name
                    .clone_from(&self.state.settings.person_name);
                self.state.documents.birth_date = self
                    .state
                    .settings
                    .birth_date
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                self.state
                    .documents
                    .clinician_name
                    .clone_from(&self.state.settings.clinician_name);
                self.state
                    .documents
                    .clinician_phone
                    .clone_from(&self.state.settings.clinician_phone);
                self.state.documents.message = Some((t!("documents-clinician-kept"), false));
            }
        }
    }

    /// A file name for the document, e.g. `steady-report-2026-12-03.html`.
    fn file_name(&self, what: &Document) -> String {
        match what {
            Document::Report => format!("steady-report-{}.html", self.state.today),
            Document::Handout(id) => format!("{id}-handout.html"),
            Document::LargeHandout(id) => format!("{id}-handout-large-print.html"),
            Document::DraftHandout => match &self.state.screen {
                crate::state::Screen::Editor(editor) => {
                    format!("{}-handout.html", editor.draft.routine.id)
                }
                _ => "handout.html".to_owned(),
            },
        }
    }

    /// Opens the typed-path panel with a suggestion, and the system's dialog.
    fn ask_where_to_save(&mut self, what: Document) {
        let name = self.file_name(&what);
        let folder = self.last_export_dir.clone().unwrap_or_else(|| {
            PathBuf::from(crate::paths::suggested_export_path("x"))
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default()
        });
        let typed = folder.join(&name).display().to_string();
        self.state.documents.saving = Some((what.clone(), typed));
        self.state.documents.message = None;
        self.state.documents.saved = None;
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(match &what {
                Document::Report => t!("documents-dialog-report"),
                Document::Handout(_) | Document::LargeHandout(_) | Document::DraftHandout => {
                    t!("documents-dialog-handout")
                }
            })
            .add_filter(t!("documents-dialog-filter"), &["html"])
            .set_directory(&folder)
            .set_file_name(name)
            .save_file();
        self.wait_for_dialog(
            move |handle| DialogAnswer::Document {
                what,
                path: handle.map(|h| h.path().to_path_buf()),
            },
            dialog,
        );
    }

    /// Makes the document and writes it to `path`, which must not exist yet.
    pub(super) fn save_document(&mut self, what: &Document, path: &Path) {
        let html = match what {
            Document::Report => {
                let records = &self.state.history.records;
                let routines: Vec<crate::routine::Routine> = self
                    .state
                    .library
                    .routines
                    .iter()
                    .map(|l| l.routine.clone())
                    .collect();
                crate::report::render_report(&crate::report::ReportInput {
                    records,
                    days: &self.state.history.days,
                    routines: &routines,
                    span: Span::of(self.state.documents.period, records, self.state.today),
                    today: self.state.today,
                    made: self.clock.wall(),
                    tests: &self.state.tests.records,
                    program: self.state.program(),
                    person: &crate::report::Person {
                        name: self.state.settings.person_name.clone(),
                        born: self.state.settings.birth_date,
                        resumed_after_fall: self.state.settings.resumed_after_fall,
                        clinician: self.contact().line(),
                    },
                })
            }
            Document::Handout(id) | Document::LargeHandout(id) => {
                let Some(routine) = self.state.routine(id) else {
                    return;
                };
                let contact = self.contact();
                crate::report::render_handout(
                    routine,
                    &crate::report::HandoutOptions {
                        contact: Some(&contact),
                        person: &self.state.settings.person_name,
                        printed: Some(self.state.today),
                        prescribed: self.state.program().and_then(|p| p.entry(id)),
                        large_print: matches!(what, Document::LargeHandout(_)),
                    },
                )
            }
            Document::DraftHandout => {
                let crate::state::Screen::Editor(editor) = &self.state.screen else {
                    return;
                };
                if !editor.draft.problems().is_empty() {
                    self.state.documents.message = Some((t!("documents-handout-fix-first"), true));
                    return;
                }
                let contact = self.contact();
                crate::report::render_handout(
                    &editor.draft.routine,
                    &crate::report::HandoutOptions {
                        contact: Some(&contact),
                        person: &self.state.settings.person_name,
                        printed: Some(self.state.today),
                        prescribed: None,
                        large_print: false,
                    },
                )
            }
        };
        let shown = path.display().to_string();
        // Health data: readable by this user only, and never over an existing file.
        self.state.documents.message = Some(
            match crate::files::write_new(path, html.as_bytes(), crate::files::Mode::Private) {
                Ok(()) => {
                    self.state.documents.saving = None;
                    self.state.documents.saved = Some(what.clone());
                    if let Some(dir) = path.parent() {
                        self.last_export_dir = Some(dir.to_path_buf());
                    }
                    (t!("documents-saved", path = shown), false)
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    (t!("documents-exists", path = shown), true)
                }
                Err(e) => (
                    t!(
                        "documents-save-failed",
                        why = crate::i18n::io_error(&e),
                        path = shown
                    ),
                    true,
                ),
            },
        );
    }
}

impl SteadyApp {
    /// The clinician for a handout or the report: the program's, else the person's own.
    fn contact(&self) -> crate::report::Contact {
        crate::report::Contact::of(
            self.state.program(),
            &self.state.settings.clinician_name,
            &self.state.settings.clinician_phone,
        )
    }
}
