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

thread_local! {
    /// Messages without variables, once formatted, per language: a frame shows hundreds of
    /// labels, and formatting each through Fluent every frame cost more than drawing them.
    static PLAIN: std::cell::RefCell<std::collections::HashMap<(usize, &'static str), String>> =
        Default::default();
}

/// The message `id` (which has no variables) in the language in use, formatted by `format`
/// the first time it is asked for in that language.
pub fn plain(id: &'static str, format: impl FnOnce() -> String) -> String {
    let key = (Lang::current().index(), id);
    if let Some(text) = PLAIN.with(|cache| cache.borrow().get(&key).cloned()) {
        return text;
    }
    let text = format();
    PLAIN.with(|cache| cache.borrow_mut().insert(key, text.clone()));
    text
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
        $crate::locale::i18n::plain($id, || {
            i18n_embed_fl::fl!($crate::locale::i18n::loader(), $id)
        })
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::locale::i18n::loader(), $id, $($args)*)
    };
}
