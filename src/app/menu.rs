//! The menu bar and the status bar.

use egui::{Button, RichText, Ui};

use super::CrmRoiApp;
use super::command::Command;
use super::dialogs::{DialogPurpose, ExportKind};
use super::files::Discarding;
use crate::files::presets::PRESETS;
use crate::tr;

impl CrmRoiApp {
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        let mut preset = None;
        let mut language = None;
        let mut export = None;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr!("menu-file"), |ui| {
                for command in [Command::New, Command::Open, Command::Save, Command::SaveAs] {
                    if command_button(ui, command, true) {
                        commands.push(command);
                    }
                }
                ui.separator();
                ui.menu_button(tr!("menu-export"), |ui| {
                    for (kind, label) in [
                        (ExportKind::Csv, tr!("menu-export-csv")),
                        (
                            ExportKind::SpreadsheetCsv,
                            tr!("menu-export-spreadsheet-csv"),
                        ),
                        (ExportKind::Html, tr!("menu-export-html")),
                        (ExportKind::ChartPng, tr!("menu-export-chart-png")),
                        (ExportKind::WindowPng, tr!("menu-export-window-png")),
                    ] {
                        if ui
                            .button(label)
                            .on_hover_text(tr!("menu-export-help", what = kind.describe()))
                            .clicked()
                        {
                            export = Some(kind);
                        }
                    }
                });
                ui.separator();
                if command_button(ui, Command::Quit, true) {
                    commands.push(Command::Quit);
                }
            });
            ui.menu_button(tr!("menu-edit"), |ui| {
                if command_button(ui, Command::Undo, self.document.can_undo()) {
                    commands.push(Command::Undo);
                }
                if command_button(ui, Command::Redo, self.document.can_redo()) {
                    commands.push(Command::Redo);
                }
            });
            ui.menu_button(tr!("menu-presets"), |ui| {
                for (index, example) in PRESETS.iter().enumerate() {
                    if ui.button(preset_title(index, example.title)).clicked() {
                        preset = Some(index);
                    }
                }
            });
            ui.menu_button(tr!("menu-view"), |ui| {
                if command_button(ui, Command::Present, true) {
                    commands.push(Command::Present);
                }
                ui.separator();
                ui.label(tr!("menu-theme"));
                let mut preference = ui.ctx().options(|o| o.theme_preference);
                let before = preference;
                for (choice, label) in [
                    (egui::ThemePreference::System, tr!("menu-theme-system")),
                    (egui::ThemePreference::Light, tr!("menu-theme-light")),
                    (egui::ThemePreference::Dark, tr!("menu-theme-dark")),
                ] {
                    ui.radio_value(&mut preference, choice, label);
                }
                if preference != before {
                    ui.ctx().set_theme(preference);
                }
                ui.separator();
                ui.label(tr!("menu-language"));
                for lang in crate::locale::Lang::ALL {
                    if ui
                        .radio(self.language() == lang, lang.native_name())
                        .clicked()
                    {
                        language = Some(lang);
                    }
                }
                ui.separator();
                ui.label(tr!("menu-zoom"));
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(tr!("menu-present-button"))
                    .on_hover_text(Command::Present.tooltip())
                    .clicked()
                {
                    commands.push(Command::Present);
                }
            });
        });
        if let Some(kind) = export {
            self.open_dialog(DialogPurpose::Export(kind), &ctx);
        }
        for command in commands {
            self.run_command(command, &ctx);
        }
        if let Some(index) = preset {
            self.guard(Discarding::Preset(index), &ctx);
        }
        if let Some(lang) = language {
            self.set_language(lang);
        }
    }

    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let file = self.document.path().map_or_else(
                || tr!("menu-status-not-saved-yet"),
                |p| p.display().to_string(),
            );
            ui.label(file);
            ui.separator();
            if self.document.is_dirty() {
                ui.label(
                    RichText::new(tr!("menu-status-unsaved")).color(ui.visuals().warn_fg_color),
                );
            } else if self.document.path().is_some() {
                ui.label(tr!("menu-status-saved"));
            }
            if self.dialog.is_some() {
                ui.separator();
                ui.label(tr!("menu-status-waiting-dialog"));
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(RichText::new(status).weak());
            }
        });
    }
}

/// A menu entry for a command, with its shortcut; returns whether it was clicked.
pub(super) fn command_button(ui: &mut Ui, command: Command, enabled: bool) -> bool {
    let shortcut = command
        .shortcuts()
        .first()
        .map(|s| ui.ctx().format_shortcut(s))
        .unwrap_or_default();
    ui.add_enabled(
        enabled,
        Button::new(command.label()).shortcut_text(shortcut),
    )
    .on_hover_text(command.tooltip())
    .clicked()
}

/// A preset's title in the language in use (the example files keep their English names).
fn preset_title(index: usize, english: &str) -> String {
    match index {
        0 => tr!("preset-defaults"),
        1 => tr!("preset-200-percent"),
        2 => tr!("preset-vendor-quick-estimate"),
        3 => tr!("preset-cautious-founder"),
        4 => tr!("preset-large-team"),
        5 => tr!("preset-subscription"),
        6 => tr!("preset-tracked-half-year"),
        _ => english.to_owned(),
    }
}
