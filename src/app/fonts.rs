//! The bundled fonts (see `locale::fonts`) added to egui, as fallbacks after its own.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

use crate::locale::fonts::{CHINESE, SYMBOLS};

/// Adds the bundled fonts to `ctx`, after egui's own in both families.
pub fn install(ctx: &egui::Context) {
    for (name, data) in [("dejavu-symbols", SYMBOLS), ("noto-sans-sc", CHINESE)] {
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(data),
            vec![
                InsertFontFamily {
                    family: FontFamily::Proportional,
                    priority: FontPriority::Lowest,
                },
                InsertFontFamily {
                    family: FontFamily::Monospace,
                    priority: FontPriority::Lowest,
                },
            ],
        ));
    }
}
