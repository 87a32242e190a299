//! The languages of the window and the reports, and which one is in use.
//!
//! The language in use is per thread: the window sets its own at the start of every frame and
//! a command sets it before rendering, so tests (each on its own thread) never see another's.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

/// A language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ro,
    Pl,
    PtBr,
    Ru,
    Zh,
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ro, Lang::Pl, Lang::PtBr, Lang::Ru, Lang::Zh];

    /// The BCP 47 tag, also the folder of its messages under `assets/i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Pl => "pl",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language's name in itself, as a menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ro => "Română",
            Lang::Pl => "Polski",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ru => "Русский",
            Lang::Zh => "简体中文",
        }
    }

    /// A language from a tag or a POSIX locale name: `pl`, `pt-BR`, `pt_BR.UTF-8`, `zh_CN`,
    /// `ru_RU.utf8@euro`. Any Portuguese is Brazilian and any Chinese Simplified (the only
    /// ones there are); `C`, `POSIX` and unknown languages are `None`.
    pub fn from_code(text: &str) -> Option<Lang> {
        let language = text
            .split(['.', '@'])
            .next()?
            .split(['_', '-'])
            .next()?
            .to_ascii_lowercase();
        Some(match language.as_str() {
            "en" => Lang::En,
            "ro" | "mo" => Lang::Ro,
            "pl" => Lang::Pl,
            "pt" => Lang::PtBr,
            "ru" => Lang::Ru,
            "zh" => Lang::Zh,
            _ => return None,
        })
    }

    /// The system's language, as POSIX programs find it (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`); English when it is none of ours.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::from_code(&value))
            .unwrap_or_default()
    }

    /// The language in use on this thread.
    pub fn current() -> Lang {
        CURRENT.with(Cell::get)
    }

    /// Makes `self` the language of this thread.
    pub fn use_here(self) {
        CURRENT.with(|current| current.set(self));
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_as_systems_write_them() {
        assert_eq!(Lang::from_code("pl_PL.UTF-8"), Some(Lang::Pl));
        assert_eq!(Lang::from_code("pt_BR.utf8"), Some(Lang::PtBr));
        assert_eq!(Lang::from_code("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_code("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("ru_RU.UTF-8@euro"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("ro"), Some(Lang::Ro));
        assert_eq!(Lang::from_code("C"), None);
        assert_eq!(Lang::from_code("de_DE"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }
}
