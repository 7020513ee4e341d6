//! The baseline for `scripts/bench-desktop.sh`: the smallest eframe app, with the same
//! eframe features, renderer (glow) and window size as Steady. It prints the time of
//! its first presented frame like Steady does with `STEADY_REPORT_FIRST_FRAME=1`.

use steady::clock::{Clock as _, SystemClock};

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare")
            .with_inner_size([1100.0, 760.0]),
        ..Default::default()
    };
    let mut reported = false;
    eframe::run_ui_native("Bare", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare eframe window.");
        });
        if !reported {
            reported = true;
            let ns = SystemClock::new().wall().timestamp_nanos_opt().unwrap_or(0);
            eprintln!("first-frame-epoch-ns {ns}");
        }
    })
}
