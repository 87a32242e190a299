//! The desktop calculator (eframe/egui): the layout of the panels, the file commands and
//! persistence. Each panel lives in its own module and only shows what the document holds.

mod before_after_table;
pub mod command;
mod compare_view;
mod dialogs;
pub mod document;
mod exports;
mod files;
mod fonts;
mod goal_seek_view;
pub mod identity;
mod inputs;
pub mod kpi_tiles;
mod lines_editor;
mod menu;
mod month_table;
pub mod plots;
mod presentation;
mod range_fields;
mod risk_view;
mod scenario_header;
mod sensitivity_view;
pub mod session;
mod tracking_view;
mod years_table;

use std::path::{Path, PathBuf};

use egui::{RichText, ScrollArea, Ui, ViewportCommand};

use self::command::Command;
use self::compare_view::{CompareRequest, CompareView};
pub use self::dialogs::ExportKind;
use self::dialogs::{DialogPurpose, PendingDialog};
use self::document::Document;
use self::files::{Discarding, Overwrite};
use self::goal_seek_view::GoalSeekView;
use self::inputs::{InputChange, InputsPanel};
use self::kpi_tiles::Tile;
use self::plots::ChartData;
use self::presentation::{Presentation, PresentationAction};
use self::risk_view::RiskView;
use self::scenario_header::ScenarioHeader;
use self::sensitivity_view::SensitivityView;
use self::session::{RecoveryAnswer, STORAGE_KEY, Session, Settings};
use self::tracking_view::{TrackingRequest, TrackingView};
use crate::tr;

/// The views of the results area, one tab each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Calculator,
    Compare,
    Sensitivity,
    Risk,
    GoalSeek,
    Tracking,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Calculator,
        View::Compare,
        View::Sensitivity,
        View::Risk,
        View::GoalSeek,
        View::Tracking,
    ];

    pub fn title(self) -> String {
        match self {
            View::Calculator => tr!("app-view-calculator"),
            View::Compare => tr!("app-view-compare"),
            View::Sensitivity => tr!("app-view-sensitivity"),
            View::Risk => tr!("app-view-risk"),
            View::GoalSeek => tr!("app-view-goal-seek"),
            View::Tracking => tr!("app-view-tracking"),
        }
    }

    fn tooltip(self) -> String {
        match self {
            View::Calculator => tr!("app-view-calculator-help"),
            View::Compare => tr!("app-view-compare-help"),
            View::Sensitivity => tr!("app-view-sensitivity-help"),
            View::Risk => tr!("app-view-risk-help"),
            View::GoalSeek => tr!("app-view-goal-seek-help"),
            View::Tracking => tr!("app-view-tracking-help"),
        }
    }
}

/// What the calculator view shows of the projection, rebuilt only when the document's
/// revision changes.
struct Overview {
    revision: u64,
    charts: ChartData,
    tiles: Vec<Tile>,
    notes: Vec<String>,
    years: crate::report::years::YearsTable,
}

pub struct CrmRoiApp {
    pub document: Document,
    pub view: View,
    compare: CompareView,
    sensitivity: SensitivityView,
    risk: RiskView,
    goal_seek: GoalSeekView,
    tracking: TrackingView,
    inputs: InputsPanel,
    header: ScenarioHeader,
    charts: Option<Overview>,
    /// The last error (a file that did not open or save), shown until dismissed.
    error: Option<String>,
    /// The last confirmation ("Saved to …"), shown in the status bar.
    status: Option<String>,
    dialog: Option<PendingDialog>,
    confirm: Option<Discarding>,
    /// What to do once a Save As dialog has saved (the action a "Save" answer was for).
    after_save: Option<Discarding>,
    /// A save waiting for the user: the file changed on disk or is gone.
    overwrite: Option<Overwrite>,
    /// The recovery copy of unsaved work, and copies left by windows that crashed.
    session: Session,
    window_title: String,
    close_confirmed: bool,
    presenting: bool,
    presentation: Presentation,
    /// The language of the window (and of its exports).
    lang: crate::locale::Lang,
    /// The bundled fonts are added to the context on the first frame.
    fonts_installed: bool,
    /// The outcome of a PNG export, filled in by the screenshot callback.
    png_export: std::sync::Arc<std::sync::Mutex<Option<Result<PathBuf, String>>>>,
}

impl Default for CrmRoiApp {
    fn default() -> Self {
        Self::with_document(Document::default())
    }
}

impl CrmRoiApp {
    pub fn with_document(document: Document) -> Self {
        Self {
            document,
            view: View::default(),
            compare: CompareView::default(),
            sensitivity: SensitivityView::default(),
            risk: RiskView::default(),
            goal_seek: GoalSeekView::default(),
            tracking: TrackingView::default(),
            inputs: InputsPanel::default(),
            header: ScenarioHeader::default(),
            charts: None,
            error: None,
            status: None,
            dialog: None,
            confirm: None,
            after_save: None,
            overwrite: None,
            session: Session::new(None),
            window_title: String::new(),
            close_confirmed: false,
            presenting: false,
            presentation: Presentation::default(),
            png_export: Default::default(),
            lang: crate::locale::Lang::En,
            fonts_installed: false,
        }
    }

    /// The window as it starts: `file` if given, else the last file of `settings`; its
    /// recovery copy kept in `data`, and the copies crashed windows left there offered.
    /// `notice` (a damaged settings file) is shown as the window opens.
    pub fn start(
        data: Option<&session::DataDir>,
        settings: &Settings,
        file: Option<PathBuf>,
        notice: Option<String>,
    ) -> Self {
        let lang = settings
            .lang
            .unwrap_or_else(crate::locale::Lang::from_environment);
        // Messages made while starting (a file that does not open) are in that language too.
        lang.use_here();
        let mut app = Self {
            session: Session::new(data),
            lang,
            ..Self::default()
        };
        match (file, &settings.last_file) {
            (Some(file), _) => {
                app.open_path(&file);
            }
            (None, Some(last)) if last.exists() => {
                if !app.open_path(last) {
                    app.status = Some(tr!("app-status-last-file-failed"));
                }
            }
            (None, Some(last)) => {
                app.status = Some(tr!(
                    "app-status-last-file-gone",
                    path = last.display().to_string(),
                ));
            }
            (None, None) => {}
        }
        if let Some(notice) = notice.or_else(|| app.session.slot_problem.take()) {
            app.error = Some(match app.error.take() {
                Some(error) => format!("{notice}\n{error}"),
                None => notice,
            });
        }
        app
    }

    /// Restores the last session from eframe's storage, then opens `file` if one was given.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        data: Option<&session::DataDir>,
        file: Option<PathBuf>,
        notice: Option<String>,
    ) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default();
        Self::start(data, &settings, file, notice)
    }

    /// What is kept in eframe's storage when the window closes.
    pub fn settings(&self) -> Settings {
        Settings {
            last_file: self.document.path().map(Path::to_owned),
            lang: Some(self.lang),
        }
    }

    /// The language of the window.
    pub fn language(&self) -> crate::locale::Lang {
        self.lang
    }

    /// Switches the window's language at once: the next frame is drawn in it, and what was
    /// made from text (tiles, chart legends, the comparison's names) is made again.
    pub fn set_language(&mut self, lang: crate::locale::Lang) {
        if lang != self.lang {
            self.lang = lang;
            lang.use_here();
            self.charts = None;
            self.compare.forget();
            self.window_title.clear();
        }
    }

    /// How long after the last change the recovery copy is written (tests shorten it).
    pub fn set_recovery_debounce(&mut self, debounce: std::time::Duration) {
        self.session.set_debounce(debounce);
    }

    /// Where this window's recovery copy is written, if anywhere.
    pub fn recovery_copy_path(&self) -> Option<&Path> {
        self.session.copy_path()
    }

    /// How many recovery copies of crashed windows wait for an answer.
    pub fn recovery_offers(&self) -> usize {
        self.session.offers.len()
    }

    /// Answers the newest recovery offer, as its Restore and Discard buttons do.
    pub fn answer_recovery(&mut self, answer: RecoveryAnswer) {
        if self.session.offers.is_empty() {
            return;
        }
        let offer = self.session.offers.remove(0);
        match (&offer.copy, answer) {
            (Ok(copy), RecoveryAnswer::Restore) => {
                self.replace_document(Document::recovered(copy.clone()));
                // Kept as this window's own copy before the old one goes.
                self.session.keep_now(&self.document);
                let _ = offer.discard();
                self.status = Some(tr!(
                    "app-status-restored",
                    name = self.document.scenario().name.clone(),
                ));
            }
            (Ok(copy), RecoveryAnswer::Discard) => {
                if let Err(error) = offer.discard() {
                    self.error = Some(tr!(
                        "app-error-recovery-delete",
                        path = offer.path.display().to_string(),
                        error = error.to_string(),
                    ));
                }
                // The changes go; the file they were made to comes back as it was saved
                // (when nothing else was opened meanwhile).
                if let Some(file) = &copy.file
                    && self.document.path().is_none()
                    && !self.document.is_dirty()
                    && file.exists()
                {
                    self.open_path(file);
                }
            }
            (Err(_), _) => {
                if let Err(error) = offer.set_aside() {
                    self.error = Some(tr!(
                        "app-error-recovery-set-aside",
                        path = offer.path.display().to_string(),
                        error = error.to_string(),
                    ));
                }
            }
        }
    }

    /// The latest risk simulation result for the scenario on screen, if finished.
    pub fn risk_result(&self) -> Option<&crate::analysis::risk::RiskResult> {
        self.risk.result()
    }

    pub fn risk_running(&self) -> bool {
        self.risk.is_running()
    }

    /// The window title: scenario name, file, and `*` while there are unsaved changes.
    pub fn title(&self) -> String {
        let mark = if self.document.is_dirty() { "*" } else { "" };
        format!(
            "{mark}{} ({}) - crm-roi",
            self.document.scenario().name,
            self.document.file_label()
        )
    }

    /// The error shown in the window, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.guard(Discarding::New, ctx),
            Command::Open => self.guard(Discarding::Open, ctx),
            Command::Save => self.save(None, ctx),
            Command::SaveAs => self.open_dialog(DialogPurpose::SaveAs, ctx),
            Command::Undo => {
                self.document.undo();
                self.inputs.clear_messages();
                self.tracking.reset();
                self.risk.clear_messages();
            }
            Command::Redo => {
                self.document.redo();
                self.inputs.clear_messages();
                self.tracking.reset();
                self.risk.clear_messages();
            }
            Command::Present => self.set_presenting(!self.presenting, ctx),
            // Closing goes through the window's close request, which asks about unsaved changes.
            Command::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
        }
    }

    pub fn is_presenting(&self) -> bool {
        self.presenting
    }

    /// How much larger than usual presentation mode draws its text (A+ / A-).
    pub fn presentation_text_scale(&self) -> f32 {
        self.presentation.text_scale
    }

    /// Enters or leaves presentation mode (full screen). The scenario is not touched.
    pub fn set_presenting(&mut self, presenting: bool, ctx: &egui::Context) {
        if self.presenting != presenting {
            self.presenting = presenting;
            if presenting {
                self.presentation.begin(self.document.scenario(), ctx);
            } else {
                self.presentation.end(ctx);
            }
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(presenting));
        }
    }

    /// The whole window. Separate from [`eframe::App::ui`] so tests drive it without a frame.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        // Every text of this frame in the window's language (per thread: see locale::lang).
        self.lang.use_here();
        if !self.fonts_installed {
            fonts::install(&ctx);
            self.fonts_installed = true;
        }
        self.poll_dialog(&ctx);
        self.poll_png_export();
        for command in Command::from_shortcuts(&ctx) {
            self.run_command(command, &ctx);
        }
        if self.presenting {
            if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
                self.set_presenting(false, &ctx);
            } else {
                self.presentation_screen(ui);
                self.finish_frame(&ctx);
                return;
            }
        }
        if ctx.input(|i| i.viewport().close_requested())
            && self.document.is_dirty()
            && !self.close_confirmed
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm = Some(Discarding::Close);
        }

        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui));
        egui::Panel::left("inputs")
            .resizable(true)
            .default_size(410.0)
            .min_size(340.0)
            .show(ui, |ui| self.inputs_panel(ui));
        egui::CentralPanel::default().show(ui, |ui| self.results_panel(ui));
        if let Some(offer) = self.session.offers.first()
            && let Some(answer) = session::recovery_prompt(&ctx, offer)
        {
            self.answer_recovery(answer);
        }
        self.confirm_dialog(&ctx);
        self.overwrite_dialog(&ctx);
        self.finish_frame(&ctx);
    }

    /// What every frame ends with, whatever was shown.
    fn finish_frame(&mut self, ctx: &egui::Context) {
        // A slider drag is one undo step: the gesture ends when nothing is being dragged.
        if ctx.dragged_id().is_none() {
            self.document.end_gesture();
        }
        if let Some(problem) = self.session.keep(&self.document, ctx) {
            self.error = Some(problem);
        }
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Rebuilds the chart series and tiles when the scenario changed since they were made.
    fn refresh_charts(&mut self) {
        let revision = self.document.revision();
        if self.charts.as_ref().is_some_and(|o| o.revision == revision) {
            return;
        }
        self.charts = self.document.projection().ok().map(|projection| {
            let scenario = self.document.scenario();
            Overview {
                revision,
                charts: ChartData::new(projection, &scenario.currency),
                tiles: kpi_tiles::tiles(scenario, projection),
                notes: crate::report::notes(scenario, projection),
                years: crate::report::years::years_table(scenario, projection),
            }
        });
    }

    fn presentation_screen(&mut self, ui: &mut Ui) {
        self.refresh_charts();
        let frame = egui::Frame::central_panel(ui.style()).inner_margin(24.0);
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            let Some(Overview { charts, tiles, .. }) = &self.charts else {
                ui.label(tr!("app-presentation-cannot-compute"));
                return;
            };
            let action = self
                .presentation
                .ui(ui, self.document.scenario(), tiles, charts);
            match action {
                Some(PresentationAction::Change(driver, value)) => {
                    self.document.edit(|s| driver.set(s, value));
                }
                Some(PresentationAction::Exit) => {
                    let ctx = ui.ctx().clone();
                    self.set_presenting(false, &ctx);
                }
                None => {}
            }
        });
    }

    fn inputs_panel(&mut self, ui: &mut Ui) {
        ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(6.0);
            let scenario = self.document.scenario();
            if let Some(change) = self.header.ui(ui, scenario) {
                self.document.edit(|s| change.apply(s));
                self.document.end_gesture();
            }
            ui.separator();
            let scenario = self.document.scenario();
            match self.inputs.ui(ui, scenario) {
                Some(InputChange::Value(driver, value)) => {
                    self.document.edit(|s| driver.set(s, value));
                }
                Some(InputChange::Range(change)) => {
                    self.document.edit(|s| change.apply(s));
                    self.document.end_gesture();
                }
                Some(InputChange::Billing(billing)) => {
                    self.document.edit(|s| s.costs.licence_billing = billing);
                    self.document.end_gesture();
                }
                Some(InputChange::Lines(lines)) => {
                    self.document.edit(|s| s.lines = lines);
                    self.document.end_gesture();
                }
                None => {}
            }
        });
    }

    fn results_panel(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            for view in View::ALL {
                ui.selectable_value(&mut self.view, view, RichText::new(view.title()).size(15.0))
                    .on_hover_text(view.tooltip());
            }
        });
        ui.separator();
        if let Some(error) = self.error.clone() {
            egui::Frame::new()
                .fill(ui.visuals().extreme_bg_color)
                .stroke(egui::Stroke::new(1.5, ui.visuals().error_fg_color))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                        if ui.button(tr!("app-dismiss")).clicked() {
                            self.error = None;
                        }
                    });
                });
            ui.add_space(6.0);
        }
        let revision = self.document.revision();
        match self.view {
            View::Calculator => {}
            View::Compare => {
                let request = self.compare.ui(ui, self.document.scenario(), revision);
                if let Some(CompareRequest::AddFile) = request {
                    let ctx = ui.ctx().clone();
                    self.open_dialog(DialogPurpose::AddToCompare, &ctx);
                }
                return;
            }
            View::Sensitivity => {
                if let Some(driver) = self.sensitivity.ui(ui, self.document.scenario(), revision) {
                    self.inputs.focus(driver);
                }
                return;
            }
            View::Risk => {
                let change = ScrollArea::vertical()
                    .show(ui, |ui| {
                        self.risk.ui(ui, self.document.scenario(), revision)
                    })
                    .inner;
                if let Some(change) = change {
                    self.document.edit(|s| change.apply(s));
                    self.document.end_gesture();
                }
                return;
            }
            View::Tracking => {
                let scenario = self.document.scenario();
                let projection = self.document.projection().ok();
                let hints = || {
                    projection
                        .map(|p| {
                            (1..=scenario.horizon_months)
                                .filter_map(|month| {
                                    crate::model::tracking::planned_measures(
                                        scenario,
                                        p,
                                        month,
                                        rust_decimal::Decimal::ONE_HUNDRED,
                                    )
                                    .ok()
                                })
                                .collect()
                        })
                        .unwrap_or_default()
                };
                let (change, request, dismiss) = self.tracking.ui(
                    ui,
                    scenario,
                    self.document.tracking(),
                    hints,
                    revision,
                    self.document.plan_changed_since_measured(),
                );
                if let Some(change) = change {
                    self.document.edit(|s| change.apply(s));
                    self.document.end_gesture();
                }
                if dismiss {
                    self.document.dismiss_plan_change();
                }
                let ctx = ui.ctx().clone();
                match request {
                    Some(TrackingRequest::ImportCsv) => {
                        self.open_dialog(DialogPurpose::ImportActuals, &ctx);
                    }
                    Some(TrackingRequest::ExportTemplate) => {
                        self.open_dialog(DialogPurpose::Export(ExportKind::ActualsTemplate), &ctx);
                    }
                    None => {}
                }
                return;
            }
            View::GoalSeek => {
                let summary = self.document.projection().ok().map(|p| &p.summary);
                if let Some((driver, value)) =
                    self.goal_seek
                        .ui(ui, self.document.scenario(), summary, revision)
                {
                    self.document.edit(|s| driver.set(s, value));
                    self.document.end_gesture();
                }
                return;
            }
        }
        self.refresh_charts();
        let projection = match self.document.projection() {
            Ok(projection) => projection,
            Err(error) => {
                ui.label(
                    RichText::new(tr!(
                        "app-cannot-compute",
                        error = crate::locale::messages::calc_error(error)
                    ))
                    .color(ui.visuals().error_fg_color),
                );
                return;
            }
        };
        let Some(Overview {
            charts,
            tiles,
            notes,
            years,
            ..
        }) = &self.charts
        else {
            return;
        };
        kpi_tiles::show(ui, tiles, 1.0, kpi_tiles::MIN_TILE_WIDTH);
        for note in notes {
            ui.label(
                RichText::new(tr!("app-note", note = note.as_str()))
                    .color(ui.visuals().weak_text_color()),
            )
            .on_hover_text(tr!("app-note-help"));
        }
        ui.add_space(8.0);
        let currency = self.document.scenario().currency.clone();
        // A scroll bar of its own width, so it never covers the tables' last column.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::vertical().show(ui, |ui| {
            let height = 250.0;
            ui.columns(2, |columns| {
                plots::roi_plot(&mut columns[0], charts, height);
                plots::cost_gain_plot(&mut columns[1], charts, height, 12.0);
            });
            ui.add_space(8.0);
            ui.columns(2, |columns| {
                plots::gains_plot(&mut columns[0], charts, height);
                plots::costs_plot(&mut columns[1], charts, height);
            });
            ui.add_space(8.0);
            if charts.has_customers() {
                ui.columns(2, |columns| {
                    if let Some(view) = self.document.before_after() {
                        before_after_table::ui(&mut columns[0], view, &currency);
                    }
                    plots::customers_plot(&mut columns[1], charts, height);
                });
            } else if let Some(view) = self.document.before_after() {
                before_after_table::ui(ui, view, &currency);
            }
            ui.add_space(8.0);
            egui::CollapsingHeader::new(
                RichText::new(tr!("app-years-heading", currency = currency.as_str())).strong(),
            )
            .id_salt("years_section")
            .default_open(true)
            .show(ui, |ui| years_table::ui(ui, years));
            ui.add_space(4.0);
            // Open or closed, it stays so across restarts (egui's memory is persisted).
            egui::CollapsingHeader::new(RichText::new(tr!("app-monthly-table")).strong())
                .id_salt("monthly_table_section")
                .show(ui, |ui| month_table::ui(ui, projection));
        });
    }
}

/// Wraps the app for the window; reports the time to the first frame when asked to
/// (`CRM_ROI_STARTUP_TIMING=1`), which is how the README's start-up figure is measured.
struct Window {
    app: CrmRoiApp,
    started: Option<std::time::Instant>,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        if let Some(started) = self.started.take() {
            eprintln!(
                "crm-roi: first frame after {:.0} ms",
                started.elapsed().as_secs_f64() * 1e3
            );
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.app.settings());
    }
}

/// Opens the window, on `file` if given, in `lang` if given (else the language chosen last
/// time, else the system's).
pub fn run(file: Option<PathBuf>, lang: Option<crate::locale::Lang>) -> eframe::Result {
    let started = std::env::var_os("CRM_ROI_STARTUP_TIMING").map(|_| std::time::Instant::now());
    let data = session::data_dir();
    // Before eframe reads the settings: a damaged file is set aside and the window says so.
    let notice = data.as_ref().and_then(session::set_aside_broken_settings);
    let options = eframe::NativeOptions {
        // Our own data folder, whatever the app id: settings never move with it.
        persistence_path: data.as_ref().map(session::DataDir::settings_file),
        viewport: viewport(),
        ..Default::default()
    };
    eframe::run_native(
        "crm-roi",
        options,
        Box::new(move |cc| {
            let mut app = CrmRoiApp::new(cc, data.as_ref(), file, notice);
            if let Some(lang) = lang {
                app.set_language(lang);
            }
            Ok(Box::new(Window { app, started }))
        }),
    )
}

/// The window as it opens: titled, with the icon, and with the application id on Wayland.
fn viewport() -> egui::ViewportBuilder {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("crm-roi")
        .with_inner_size([1400.0, 900.0])
        .with_min_inner_size([960.0, 600.0]);
    if let Some(icon) = identity::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    if identity::on_wayland() {
        viewport = viewport.with_app_id(identity::APP_ID);
    }
    viewport
}
