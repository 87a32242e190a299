//! Who the window says it is: the application id shared by the desktop entry, the AppStream
//! metadata and the icon's name, and the icon itself.

use std::sync::Arc;

/// The one application id (reverse DNS): the Wayland app id, the desktop entry's file name
/// (`assets/linux/APP_ID.desktop`), the AppStream id and the icon's name in the hicolor theme.
pub const APP_ID: &str = "io.github.crmroi.CrmRoi";

/// The icon at 256 px, rendered from `assets/icons/crm-roi.svg` by `assets/icons/make-icons.sh`.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/crm-roi-256.png");

/// The window icon (task bar, window switcher, title bar), or `None` should the bundled PNG
/// ever fail to decode (the window then opens without one rather than not at all).
pub fn window_icon() -> Option<Arc<egui::IconData>> {
    let decoder = png::Decoder::new(std::io::Cursor::new(ICON_PNG));
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    buffer.truncate(info.buffer_size());
    Some(Arc::new(egui::IconData {
        rgba: buffer,
        width: info.width,
        height: info.height,
    }))
}

/// Whether the window will open on Wayland (winit's choice: `WAYLAND_DISPLAY` set, unless
/// `WINIT_UNIX_BACKEND=x11`). The app id is given there only: on X11 winit would make it the
/// window's class, and the desktop entry's `StartupWMClass=crm-roi` matches the class X11
/// windows get from the program's name.
pub fn on_wayland() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
        && std::env::var("WINIT_UNIX_BACKEND").map_or(true, |b| b != "x11")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_icon_decodes_at_256_px() {
        let icon = window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // Not blank: the tile's corners are transparent, its middle is not.
        assert_eq!(icon.rgba[3], 0);
        let middle = (128 * 256 + 128) * 4;
        assert_eq!(icon.rgba[middle + 3], 255);
    }
}
