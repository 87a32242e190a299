//! The message catalogue: Fluent files per language under `assets/i18n/`, embedded in the
//! binary. English is the source; a message missing in another language falls back to it.
//! Fluent's Unicode isolation marks are off: they would stay in labels (and in exports).

use std::sync::LazyLock;

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

use super::lang::Lang;

#[derive(RustEmbed)]
#[folder = "assets/i18n/"]
struct Localizations;

/// One loader per language, made on first use.
static LOADERS: LazyLock<Vec<FluentLanguageLoader>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let loader: FluentLanguageLoader = fluent_language_loader!();
            let id: unic_langid::LanguageIdentifier = lang
                .code()
                .parse()
                .unwrap_or_else(|_| loader.fallback_language().clone());
            // The embedded files are checked by the tests; a failure here leaves English.
            let _ = loader.load_languages(&Localizations, &[id]);
            loader.set_use_isolating(false);
            loader
        })
        .collect()
});

/// The loader of the language in use on this thread.
pub fn loader() -> &'static FluentLanguageLoader {
    loader_for(Lang::current())
}

pub fn loader_for(lang: Lang) -> &'static FluentLanguageLoader {
    &LOADERS[lang.index()]
}

/// The source text of a language's messages (for the catalogue's own tests).
pub fn source(lang: Lang) -> Option<String> {
    let file = Localizations::get(&format!("{}/crm_roi.ftl", lang.code()))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// A message in the language in use: `tr!("id")` or `tr!("id", name = value, …)`. The id and
/// the variables are checked against English when compiling.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::locale::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::locale::i18n::loader(), $id, $($args)*)
    };
}
