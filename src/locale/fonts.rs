//! The fonts a language needs beyond egui's own (which cover Latin, Romanian, Polish,
//! Portuguese and Cyrillic): a Simplified-Chinese subset (Noto Sans CJK SC: GB2312 level 1 and
//! every character of the Chinese messages) and the signs egui's fonts lack (₽ and a few marks,
//! from DejaVu Sans). Built by `assets/fonts/make-fonts.sh`; their licences are beside them.
//! The window and the PNG chart both draw with them.

pub const CHINESE: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-subset.otf");
pub const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-symbols.ttf");
