//! Typed entry of numbers the way people write them: `12%`, `2500`, `2,500`, `€2,500`,
//! `2.5k`, `1.2M`, `USD 1,200.50`, `2,5` (decimal comma), and in the language in use:
//! `2.500,00`, `R$ 2.500,00`, `2 500,5`, `¥2,500`. The result is checked against a driver's
//! range by the caller; this only reads the number.
//!
//! With both separators the last one is the decimal one, in any language. With one kind only,
//! three-digit groups are grouping and anything else is the decimal separator; and a single
//! separator before exactly three digits (`2,500`, `2.500`) follows the language: grouping
//! where it is not the language's decimal separator (English `2,500` = 2500, Polish `2.500` =
//! 2500), decimal where it is (Polish `2,500` = 2,5). [`is_ambiguous`] tells the caller to say
//! how such an entry was read.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    Empty,
    NotANumber(String),
    TooLarge(String),
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EntryError::Empty => crate::tr!("entry-empty"),
            EntryError::NotANumber(typed) => crate::tr!(
                "entry-not-a-number",
                typed = typed.as_str(),
                examples = examples()
            ),
            EntryError::TooLarge(typed) => crate::tr!("entry-too-large", typed = typed.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for EntryError {}

/// Examples of what can be typed, in the language's own way of writing numbers.
fn examples() -> String {
    match super::numbers::decimal_separator(Lang::current()) {
        ',' => "2500, 2.500, 2,5k, 1,2M, 12%",
        _ => "2500, 2,500, 2.5k, 1.2M, 12%",
    }
    .to_owned()
}

/// Currency signs and words that may stand before or after an amount.
const CURRENCY_SIGNS: [&str; 10] = ["US$", "R$", "zł", "lei", "€", "$", "£", "¥", "₽", "元"];

/// Reads a number typed by a person. Percent signs, currency signs or codes, thousands
/// separators and the suffixes k (thousand), M (million) and bn (billion) are understood.
pub fn parse_entry(text: &str) -> Result<Decimal, EntryError> {
    let not_a_number = || EntryError::NotANumber(text.trim().to_owned());
    let mut rest = text.trim();
    if rest.is_empty() {
        return Err(EntryError::Empty);
    }
    let negative = if let Some(stripped) = rest.strip_prefix(['-', '\u{2212}']) {
        rest = stripped.trim_start();
        true
    } else {
        false
    };
    rest = strip_currency(rest);
    if let Some(stripped) = rest.strip_suffix('%') {
        rest = stripped.trim_end();
    }
    rest = strip_currency(rest);

    let (number, multiplier) = split_multiplier(rest);
    let decimal = super::numbers::decimal_separator(Lang::current());
    let digits = normalise_separators(number, decimal).ok_or_else(not_a_number)?;
    let well_formed = digits.chars().any(|c| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1;
    if !well_formed {
        return Err(not_a_number());
    }
    let value = Decimal::from_str(&digits).map_err(|_| EntryError::TooLarge(text.trim().into()))?;
    let value = value
        .checked_mul(multiplier)
        .ok_or_else(|| EntryError::TooLarge(text.trim().into()))?;
    Ok(if negative { -value } else { value })
}

fn strip_currency(text: &str) -> &str {
    let mut text = text.trim();
    for sign in CURRENCY_SIGNS {
        if let Some(stripped) = text.strip_prefix(sign) {
            text = stripped.trim_start();
        }
        if let Some(stripped) = text.strip_suffix(sign) {
            text = stripped.trim_end();
        }
    }
    // A three-letter code such as EUR or usd, separated from the number by any space
    // (the window puts a no-break space there in most languages).
    let is_code = |word: &str| word.len() == 3 && word.chars().all(|c| c.is_ascii_alphabetic());
    if let Some((first, rest)) = text.split_once(char::is_whitespace)
        && is_code(first)
    {
        text = rest.trim_start();
    }
    if let Some((rest, last)) = text.rsplit_once(char::is_whitespace)
        && is_code(last)
    {
        text = rest.trim_end();
    }
    text
}

fn split_multiplier(text: &str) -> (&str, Decimal) {
    let suffixes: [(&str, i64); 6] = [
        ("bn", 1_000_000_000),
        ("k", 1_000),
        ("K", 1_000),
        ("m", 1_000_000),
        ("M", 1_000_000),
        ("B", 1_000_000_000),
    ];
    for (suffix, factor) in suffixes {
        if let Some(number) = text.strip_suffix(suffix) {
            return (number.trim_end(), Decimal::from(factor));
        }
    }
    (text, Decimal::ONE)
}

/// Removes grouping (`,` or `.`, spaces, `'`, `_`) and writes the decimal separator as a
/// point, reading the separators as the module says for a language whose decimal separator is
/// `decimal`. Returns `None` for separators that are neither.
fn normalise_separators(text: &str, decimal: char) -> Option<String> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '_' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (comma, point) = (text.rfind(','), text.rfind('.'));
    let (group, point_char) = match (comma, point) {
        (None, None) => return Some(text),
        // Both: the last is the decimal separator.
        (Some(c), Some(p)) if c > p => ('.', ','),
        (Some(_), Some(_)) => (',', '.'),
        // One kind only: three-digit groups are grouping, unless a single one is the
        // language's own decimal separator.
        (Some(_), None) => {
            if decimal != ',' && is_grouping(&text, ',') {
                return Some(text.replace(',', ""));
            }
            return single_decimal(&text, ',', decimal == ',');
        }
        (None, Some(_)) => {
            if decimal != '.' && is_grouping(&text, '.') {
                return Some(text.replace('.', ""));
            }
            return single_decimal(&text, '.', decimal == '.');
        }
    };
    let (whole, fraction) = text.rsplit_once(point_char)?;
    if fraction.contains(group) || !(whole.contains(group) && is_grouping(whole, group)) {
        return None;
    }
    Some(format!("{}.{fraction}", whole.replace(group, "")))
}

/// `1,234,567` with `,`: a first group of one to three digits, then groups of three.
fn is_grouping(text: &str, separator: char) -> bool {
    let groups: Vec<&str> = text.split(separator).collect();
    groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
}

/// `2,5` or `2.5`: one separator as the decimal separator, with digits after it (and before
/// it, unless it is the language's own: `.5` in English, `,5` in Polish).
fn single_decimal(text: &str, separator: char, own: bool) -> Option<String> {
    let (whole, fraction) = text.split_once(separator)?;
    if fraction.contains(separator) || fraction.is_empty() || (whole.is_empty() && !own) {
        return None;
    }
    Some(format!("{whole}.{fraction}"))
}

/// Whether `text` could be read two ways and was read by the language's rule: one separator
/// before exactly three digits in a language whose decimal separator is the comma (`2,500`
/// read as 2,5; `2.500` read as 2 500). The caller says how it was read.
pub fn is_ambiguous(text: &str) -> bool {
    if super::numbers::decimal_separator(Lang::current()) != ',' {
        return false;
    }
    let number: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .collect();
    let separators = number.matches([',', '.']).count();
    separators == 1
        && number
            .split([',', '.'])
            .nth(1)
            .is_some_and(|fraction| fraction.len() == 3)
        && !number.starts_with([',', '.'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> String {
        parse_entry(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .normalize()
            .to_string()
    }

    #[test]
    fn accepts_what_people_write() {
        assert_eq!(ok("2500"), "2500");
        assert_eq!(ok("  2500  "), "2500");
        assert_eq!(ok("12%"), "12");
        assert_eq!(ok("12 %"), "12");
        assert_eq!(ok("12.5"), "12.5");
        assert_eq!(ok("2,500"), "2500");
        assert_eq!(ok("1,234,567.89"), "1234567.89");
        assert_eq!(ok("€2,500"), "2500");
        assert_eq!(ok("2,500 €"), "2500");
        assert_eq!(ok("$1,200.50"), "1200.5");
        assert_eq!(ok("£99"), "99");
        assert_eq!(ok("R$ 350"), "350");
        assert_eq!(ok("120 zł"), "120");
        assert_eq!(ok("EUR 2,500"), "2500");
        assert_eq!(ok("2500 usd"), "2500");
        assert_eq!(ok("2.5k"), "2500");
        assert_eq!(ok("2.5K"), "2500");
        assert_eq!(ok("1.2M"), "1200000");
        assert_eq!(ok("1.2m"), "1200000");
        assert_eq!(ok("3bn"), "3000000000");
        assert_eq!(ok("€2.5k"), "2500");
        assert_eq!(ok("2 500"), "2500");
        assert_eq!(ok("2'500"), "2500");
        assert_eq!(ok("2,5"), "2.5");
        assert_eq!(ok("0,75"), "0.75");
        assert_eq!(ok("-5"), "-5");
        assert_eq!(ok(".5"), "0.5");
    }

    #[test]
    fn refuses_anything_else() {
        assert_eq!(parse_entry(""), Err(EntryError::Empty));
        assert_eq!(parse_entry("   "), Err(EntryError::Empty));
        for text in [
            "abc", "12abc", "1.2.3", "2,50,0", ",500", "1,2,3", "%", "€", "k", "1e5", "NaN", "inf",
            "12%%", "--5", "1/2", "0x10", "2,500,00",
        ] {
            assert!(
                matches!(parse_entry(text), Err(EntryError::NotANumber(_))),
                "{text} should be refused, got {:?}",
                parse_entry(text)
            );
        }
        assert!(matches!(
            parse_entry("99999999999999999999999999999999"),
            Err(EntryError::TooLarge(_))
        ));
        assert!(matches!(
            parse_entry("79000000000000000000000000000bn"),
            Err(EntryError::TooLarge(_))
        ));
    }

    #[test]
    fn each_language_reads_its_own_way_of_writing() {
        for lang in [Lang::Ro, Lang::Pl, Lang::PtBr, Lang::Ru] {
            lang.use_here();
            assert_eq!(ok("2.500,00"), "2500", "{lang:?}");
            assert_eq!(ok("R$ 2.500,00"), "2500");
            assert_eq!(ok("2 500,5"), "2500.5");
            assert_eq!(ok("2\u{a0}500,5 zł"), "2500.5");
            assert_eq!(ok("1.234.567,89"), "1234567.89");
            // The language's rule for a lone separator before three digits.
            assert_eq!(ok("2,500"), "2.5");
            assert!(is_ambiguous("2,500"));
            assert_eq!(ok("2.500"), "2500");
            assert!(is_ambiguous("2.500"));
            assert!(!is_ambiguous("2,5"));
            // English forms with both separators still read.
            assert_eq!(ok("2,500.50"), "2500.5");
            assert_eq!(ok("2,5k"), "2500");
        }
        for lang in [Lang::En, Lang::Zh] {
            lang.use_here();
            assert_eq!(ok("¥2,500"), "2500");
            assert_eq!(ok("2.500,00"), "2500");
            assert!(!is_ambiguous("2,500"));
        }
        Lang::En.use_here();
    }

    #[test]
    fn messages_say_what_to_type() {
        let message = parse_entry("lots").unwrap_err().to_string();
        assert!(message.contains("\"lots\" is not a number"), "{message}");
        assert!(message.contains("2.5k"));
    }
}
