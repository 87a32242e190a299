//! Typed entry of numbers the way people write them: `12%`, `2500`, `2,500`, `€2,500`,
//! `2.5k`, `1.2M`, `USD 1,200.50`, `2,5` (decimal comma). The result is checked against a
//! driver's range by the caller; this only reads the number.

use std::str::FromStr;

use rust_decimal::Decimal;
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EntryError {
    #[error("type a number")]
    Empty,
    #[error("\"{0}\" is not a number: type e.g. 2500, 2,500, 2.5k, 1.2M or 12%")]
    NotANumber(String),
    #[error("\"{0}\" is too large")]
    TooLarge(String),
}

/// Currency signs and words that may stand before or after an amount.
const CURRENCY_SIGNS: [&str; 9] = ["R$", "zł", "lei", "€", "$", "£", "¥", "₽", "元"];

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
    let digits = normalise_separators(number).ok_or_else(not_a_number)?;
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
    // A three-letter code such as EUR or usd, separated from the number.
    let is_code = |word: &str| word.len() == 3 && word.chars().all(|c| c.is_ascii_alphabetic());
    if let Some((first, rest)) = text.split_once(' ')
        && is_code(first)
    {
        text = rest.trim_start();
    }
    if let Some((rest, last)) = text.rsplit_once(' ')
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

/// Removes grouping (`,`, spaces, `'`, `_`) and turns a decimal comma into a point.
/// Returns `None` for commas that are neither.
fn normalise_separators(text: &str) -> Option<String> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '_' | '\u{a0}' | '\u{202f}'))
        .collect();
    if !text.contains(',') {
        return Some(text);
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() > 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3);
    if grouped {
        let mut out = groups.concat();
        if let Some(fraction) = fraction {
            out.push('.');
            out.push_str(fraction);
        }
        return Some(out);
    }
    // One comma followed by other than three digits, and no point: a decimal comma (2,5).
    if fraction.is_none() && groups.len() == 2 && !groups[0].is_empty() && !groups[1].is_empty() {
        return Some(format!("{}.{}", groups[0], groups[1]));
    }
    None
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
    fn messages_say_what_to_type() {
        let message = parse_entry("lots").unwrap_err().to_string();
        assert!(message.contains("\"lots\" is not a number"), "{message}");
        assert!(message.contains("2.5k"));
    }
}
