//! Numbers, money and percentages as each language writes them. Grouping and separators come
//! from CLDR through ICU4X (`icu_decimal`), so Polish writes `1234,5` but `12 345,5` (minimum
//! grouping) and Romanian `1.234,5`; the currency's sign and where it stands come from a small
//! pinned table, since ICU4X's currency formatter is not stable yet.

use std::str::FromStr as _;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal as IcuDecimal;
use rust_decimal::Decimal;

use super::lang::Lang;

thread_local! {
    // Per thread: the formatters are cheap to make from the compiled-in data and are not
    // shareable between threads.
    static FORMATTERS: Vec<Option<DecimalFormatter>> = Lang::ALL
        .iter()
        .map(|lang| {
            let locale = icu_locale_core::Locale::try_from_str(lang.code()).ok()?;
            DecimalFormatter::try_new(locale.into(), Default::default()).ok()
        })
        .collect();
}

/// `value` (already rounded and scaled to the decimals wanted) in the language's digits and
/// separators: `-1,234.50`, `-1.234,50`, `-1 234,50`.
pub fn localized(value: Decimal, lang: Lang) -> String {
    // The same figures are shown frame after frame: each is formatted once per language. The
    // key keeps the scale (1.0 and 1.00 are different texts though equal numbers).
    let key = (lang.index(), value.serialize());
    if let Some(text) = SHOWN.with(|shown| shown.borrow().get(&key).cloned()) {
        return text;
    }
    let text = value.to_string();
    let formatted = match IcuDecimal::from_str(&text) {
        Ok(number) => FORMATTERS.with(|formatters| {
            match formatters.get(lang.index()).and_then(Option::as_ref) {
                Some(formatter) => formatter.format(&number).to_string(),
                None => text.clone(),
            }
        }),
        Err(_) => text,
    };
    SHOWN.with(|shown| {
        let mut shown = shown.borrow_mut();
        // Bounded: a long session of dragging sliders does not grow it without end.
        if shown.len() >= 16_384 {
            shown.clear();
        }
        shown.insert(key, formatted.clone());
    });
    formatted
}

thread_local! {
    /// Numbers already formatted, by language and exact decimal (value and scale).
    static SHOWN: std::cell::RefCell<std::collections::HashMap<(usize, [u8; 16]), String>> =
        Default::default();
}

/// The decimal separator of a language.
pub fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::En | Lang::Zh => '.',
        Lang::Ro | Lang::Pl | Lang::PtBr | Lang::Ru => ',',
    }
}

/// Where a currency's sign stands, and with what between it and the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// `105 418 zł`: after, with a no-break space.
    After,
    /// `R$ 105.418`: before, with a no-break space.
    BeforeSpaced,
    /// `¥105,418`: before, touching.
    Before,
}

/// The sign of `currency` in `lang`, and where it stands. English keeps the ISO code after the
/// amount (`105,418 EUR`), unambiguous for an international audience; the other languages use
/// their own signs for their own currency and the common ones, and the code otherwise.
fn currency_sign(currency: &str, lang: Lang) -> (String, Place) {
    let sign = |s: &str| s.to_owned();
    match lang {
        Lang::En => (sign(currency), Place::After),
        Lang::Ro => match currency {
            "RON" => (sign("lei"), Place::After),
            "EUR" => (sign("€"), Place::After),
            _ => (sign(currency), Place::After),
        },
        Lang::Pl => match currency {
            "PLN" => (sign("zł"), Place::After),
            "EUR" => (sign("€"), Place::After),
            "USD" => (sign("USD"), Place::After),
            _ => (sign(currency), Place::After),
        },
        Lang::PtBr => match currency {
            "BRL" => (sign("R$"), Place::BeforeSpaced),
            "USD" => (sign("US$"), Place::BeforeSpaced),
            "EUR" => (sign("€"), Place::BeforeSpaced),
            "GBP" => (sign("£"), Place::BeforeSpaced),
            _ => (sign(currency), Place::BeforeSpaced),
        },
        Lang::Ru => match currency {
            "RUB" => (sign("₽"), Place::After),
            "EUR" => (sign("€"), Place::After),
            "USD" => (sign("$"), Place::After),
            "GBP" => (sign("£"), Place::After),
            _ => (sign(currency), Place::After),
        },
        Lang::Zh => match currency {
            "CNY" => (sign("¥"), Place::Before),
            "USD" => (sign("US$"), Place::Before),
            "EUR" => (sign("€"), Place::Before),
            "GBP" => (sign("£"), Place::Before),
            _ => (sign(currency), Place::BeforeSpaced),
        },
    }
}

/// An amount already formatted as a number (`-1 234,50`) with its currency's sign in place:
/// `-1 234,50 zł`, `-R$ 1.234,50`, `-¥1,234.50`.
pub fn with_currency(number: &str, currency: &str, lang: Lang) -> String {
    const NBSP: char = '\u{a0}';
    let (sign, place) = currency_sign(currency, lang);
    let (minus, digits) = match number.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", number),
    };
    match place {
        // English's house style keeps a plain space, as the reports always had.
        Place::After if lang == Lang::En => format!("{number} {sign}"),
        Place::After => format!("{number}{NBSP}{sign}"),
        Place::BeforeSpaced => format!("{minus}{sign}{NBSP}{digits}"),
        Place::Before => format!("{minus}{sign}{digits}"),
    }
}

/// A percentage already formatted as a number, with the sign as the language writes it:
/// `12.5 %` (English, as the reports always had), `12,5 %` (Romanian, Russian), `12,5%`
/// (Polish, Portuguese), `12.5%` (Chinese).
pub fn with_percent(number: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{number} %"),
        Lang::Ro | Lang::Ru => format!("{number}\u{a0}%"),
        Lang::Pl | Lang::PtBr | Lang::Zh => format!("{number}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formatted_numbers_kept_for_reuse_keep_their_language_and_decimals() {
        let one = |text: &str| Decimal::from_str_exact(text).unwrap();
        for _ in 0..2 {
            assert_eq!(localized(one("1234.5"), Lang::En), "1,234.5");
            assert_eq!(localized(one("1234.50"), Lang::En), "1,234.50");
            assert_eq!(localized(one("1234.5"), Lang::Ro), "1.234,5");
            assert_eq!(localized(one("1234.5"), Lang::Pl), "1234,5");
        }
    }

    fn n(text: &str, lang: Lang) -> String {
        localized(text.parse().unwrap(), lang)
    }

    #[test]
    fn cldr_grouping_and_separators() {
        assert_eq!(n("-1234567.89", Lang::En), "-1,234,567.89");
        assert_eq!(n("-1234567.89", Lang::Ro), "-1.234.567,89");
        assert_eq!(n("-1234567.89", Lang::PtBr), "-1.234.567,89");
        assert_eq!(n("-1234567.89", Lang::Pl), "-1\u{a0}234\u{a0}567,89");
        assert_eq!(n("-1234567.89", Lang::Ru), "-1\u{a0}234\u{a0}567,89");
        assert_eq!(n("-1234567.89", Lang::Zh), "-1,234,567.89");
        // Polish groups only from five digits.
        assert_eq!(n("1234.5", Lang::Pl), "1234,5");
        assert_eq!(n("12345.5", Lang::Pl), "12\u{a0}345,5");
    }

    #[test]
    fn currencies_stand_where_each_language_puts_them() {
        assert_eq!(
            with_currency("105\u{a0}418", "PLN", Lang::Pl),
            "105\u{a0}418\u{a0}zł"
        );
        assert_eq!(
            with_currency("105.418", "BRL", Lang::PtBr),
            "R$\u{a0}105.418"
        );
        assert_eq!(
            with_currency("-105.418", "BRL", Lang::PtBr),
            "-R$\u{a0}105.418"
        );
        assert_eq!(
            with_currency("105.418", "RON", Lang::Ro),
            "105.418\u{a0}lei"
        );
        assert_eq!(
            with_currency("105\u{a0}418", "RUB", Lang::Ru),
            "105\u{a0}418\u{a0}₽"
        );
        assert_eq!(with_currency("105,418", "CNY", Lang::Zh), "¥105,418");
        assert_eq!(with_currency("105,418", "EUR", Lang::En), "105,418 EUR");
    }
}
