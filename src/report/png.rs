//! PNG images: encoding a rendered image (a screenshot of the window), and rendering an SVG
//! chart to PNG at any size (the slide-ready "Chart as PNG").

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use crate::tr;

/// Renders `svg` to a PNG of `width` × `height` pixels, scaled to fit (the SVG's aspect ratio
/// is kept; any margin is white). Text uses the font egui bundles.
pub fn render_svg(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, String> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    // Fallbacks for what Ubuntu lacks: Chinese and the rouble sign.
    fonts.load_font_data(crate::locale::fonts::SYMBOLS.to_vec());
    fonts.load_font_data(crate::locale::fonts::CHINESE.to_vec());
    let family = fonts
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map(|(name, _)| name.clone());
    if let Some(family) = family {
        fonts.set_sans_serif_family(family.clone());
        // Any family the chart names falls back to the bundled face.
        fonts.set_serif_family(family);
    }
    let options = usvg::Options {
        font_family: "sans-serif".into(),
        fontdb: Arc::new(fonts),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or_else(|| {
        tr!(
            "report-png-cannot-make",
            width = i64::from(width),
            height = i64::from(height),
        )
    })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let size = tree.size();
    let scale = (width as f32 / size.width()).min(height as f32 / size.height());
    let offset_x = (width as f32 - size.width() * scale) / 2.0;
    let offset_y = (height as f32 - size.height() * scale) / 2.0;
    let transform =
        tiny_skia::Transform::from_scale(scale, scale).post_translate(offset_x, offset_y);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    // tiny-skia keeps premultiplied alpha; PNG wants it straight.
    let rgba: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let c = pixel.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    encode_png(width, height, &rgba)
}

/// Encodes 8-bit RGBA pixels, row by row, as PNG.
pub fn encode_png(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, String> {
    let expected = width as usize * height as usize * 4;
    if rgba.len() != expected || width == 0 || height == 0 {
        return Err(tr!(
            "report-png-wrong-size",
            width = i64::from(width),
            height = i64::from(height),
            expected = expected.to_string(),
            got = rgba.len().to_string(),
        ));
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(rgba).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_svg_chart_renders_at_slide_size_with_its_text() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540" font-family="Helvetica, Arial, sans-serif"><rect width="960" height="540" fill="#fff"/><text x="20" y="200" font-size="120">Month</text></svg>"##;
        let bytes = render_svg(svg, 1600, 900).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (1600, 900));
        // The text was drawn: some pixels are dark.
        let dark = pixels
            .chunks(4)
            .filter(|p| p[0] < 100 && p[1] < 100 && p[2] < 100)
            .count();
        assert!(dark > 1000, "{dark} dark pixels");
    }

    #[test]
    fn encodes_a_decodable_image() {
        let rgba: Vec<u8> = (0..3 * 2)
            .flat_map(|i| [i as u8 * 40, 0, 255, 255])
            .collect();
        let bytes = encode_png(3, 2, &rgba).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (3, 2));
        assert_eq!(&pixels[..info.buffer_size()], &rgba[..]);
        assert!(encode_png(3, 3, &rgba).is_err());
    }
}
