//! The six languages: every catalogue has English's messages with the same variables and the
//! plural forms its language uses; numbers, money and percentages as each language writes them,
//! and typed back they give the same value; the reports in each language.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use crm_roi::files::load_scenario;
use crm_roi::locale::Lang;
use crm_roi::locale::entry::parse_entry;
use crm_roi::locale::format::{grouped, money, money_whole, percent};
use crm_roi::locale::i18n::source;
use crm_roi::project;
use crm_roi::report::html::{html_report, report_kpis};
use fluent_syntax::ast;
use rust_decimal::{Decimal, RoundingStrategy};

/// Per message: its variables, and the variant keys of each select on a variable.
type Catalogue = BTreeMap<String, (BTreeSet<String>, Vec<BTreeSet<String>>)>;

fn catalogue(lang: Lang) -> Catalogue {
    let text = source(lang).unwrap_or_else(|| panic!("{lang:?} has a catalogue"));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{lang:?} does not parse: {errors:?}"));
    let mut out = Catalogue::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            let mut selects = Vec::new();
            if let Some(pattern) = &message.value {
                walk(pattern, &mut variables, &mut selects);
            }
            let id = message.id.name.to_owned();
            assert!(
                out.insert(id.clone(), (variables, selects)).is_none(),
                "{lang:?}: {id} twice"
            );
        }
    }
    out
}

fn walk(
    pattern: &ast::Pattern<&str>,
    variables: &mut BTreeSet<String>,
    selects: &mut Vec<BTreeSet<String>>,
) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            ast::Expression::Inline(inline) => inline_variables(inline, variables),
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, variables);
                let keys: BTreeSet<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                assert!(variants.iter().any(|v| v.default), "a default variant");
                selects.push(keys);
                for variant in variants {
                    walk(&variant.value, variables, selects);
                }
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            if let ast::Expression::Inline(inner) = expression.as_ref() {
                inline_variables(inner, variables);
            }
        }
        _ => {}
    }
}

/// The plural categories a language's CLDR rules use for whole and decimal numbers.
fn plural_categories(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En | Lang::PtBr => &["one", "other"],
        Lang::Ro => &["one", "few", "other"],
        Lang::Pl | Lang::Ru => &["one", "few", "many", "other"],
        Lang::Zh => &["other"],
    }
}

#[test]
fn every_language_has_englishs_messages_variables_and_its_plural_forms() {
    let english = catalogue(Lang::En);
    assert!(english.len() > 700, "{} messages", english.len());
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    for lang in Lang::ALL {
        let messages = catalogue(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !messages.contains_key(*id))
            .collect();
        let extra: Vec<&String> = messages
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang:?} has unknown {extra:?}");
        for (id, (variables, selects)) in &messages {
            assert_eq!(variables, &english[id].0, "{lang:?} {id}: variables");
            for keys in selects {
                // A plural select (its keys are plural categories) covers the language's.
                // Exact-number selects such as `[0] … [1] … *[other]` are not plural selects.
                if keys
                    .iter()
                    .any(|k| k != "other" && CATEGORIES.contains(&k.as_str()))
                {
                    for category in plural_categories(lang) {
                        assert!(
                            keys.contains(*category),
                            "{lang:?} {id}: no [{category}] in {keys:?}"
                        );
                    }
                }
            }
        }
    }
}

fn dec(text: &str) -> Decimal {
    common::dec(text)
}

/// Runs `check` in `lang`, then back in English.
fn in_language(lang: Lang, check: impl FnOnce()) {
    lang.use_here();
    check();
    Lang::En.use_here();
}

#[test]
fn numbers_money_and_percentages_as_each_language_writes_them() {
    const NB: &str = "\u{a0}";
    let cases: [(Lang, &str, &str, &str, &str); 6] = [
        // (lang, -1234567.891 to 2 places, 1234.5 to 1, money 105417.5 EUR, 12.5 %)
        (
            Lang::En,
            "-1,234,567.89",
            "1,234.5",
            "105,417.50 EUR",
            "12.50 %",
        ),
        (
            Lang::Ro,
            "-1.234.567,89",
            "1.234,5",
            "105.417,50\u{a0}€",
            "12,50\u{a0}%",
        ),
        (
            Lang::Pl,
            "-1\u{a0}234\u{a0}567,89",
            "1234,5",
            "105\u{a0}417,50\u{a0}€",
            "12,50%",
        ),
        (
            Lang::PtBr,
            "-1.234.567,89",
            "1.234,5",
            "€\u{a0}105.417,50",
            "12,50%",
        ),
        (
            Lang::Ru,
            "-1\u{a0}234\u{a0}567,89",
            "1\u{a0}234,5",
            "105\u{a0}417,50\u{a0}€",
            "12,50\u{a0}%",
        ),
        (
            Lang::Zh,
            "-1,234,567.89",
            "1,234.5",
            "€105,417.50",
            "12.50%",
        ),
    ];
    for (lang, big, four_digits, eur, pct) in cases {
        in_language(lang, || {
            assert_eq!(grouped(dec("-1234567.891"), 2), big, "{lang:?}");
            assert_eq!(grouped(dec("1234.5"), 1), four_digits, "{lang:?}");
            assert_eq!(money(dec("105417.5"), "EUR"), eur, "{lang:?}");
            assert_eq!(percent(Some(dec("12.5"))), pct, "{lang:?}");
            assert_eq!(
                grouped(dec("-0.001"), 2).replace(',', "."),
                "0.00",
                "no minus zero"
            );
        });
    }
    // Each language's own currency, where it puts its sign.
    let own = [
        (Lang::Ro, "RON", "105.418\u{a0}lei"),
        (Lang::Pl, "PLN", "105\u{a0}418\u{a0}zł"),
        (Lang::PtBr, "BRL", "R$\u{a0}105.418"),
        (Lang::Ru, "RUB", "105\u{a0}418\u{a0}₽"),
        (Lang::Zh, "CNY", "¥105,418"),
        (Lang::En, "USD", "105,418 USD"),
    ];
    for (lang, currency, expected) in own {
        in_language(lang, || {
            assert_eq!(money_whole(dec("105417.5"), currency), expected, "{lang:?}");
            assert_eq!(
                money_whole(dec("-105417.5"), currency).trim_start_matches('-'),
                expected.trim_start_matches('-'),
            );
            assert!(money_whole(dec("-105417.5"), currency).starts_with('-'));
        });
    }
    // Every supported currency, in every language, reads back.
    for lang in Lang::ALL {
        for currency in ["EUR", "USD", "GBP", "PLN", "RON", "BRL", "RUB", "CNY"] {
            in_language(lang, || {
                let shown = money(dec("-2500.75"), currency);
                assert!(
                    shown.contains(currency)
                        || ["€", "$", "£", "zł", "lei", "R$", "₽", "¥"]
                            .iter()
                            .any(|s| shown.contains(s)),
                    "{lang:?} {currency}: {shown}"
                );
                assert_eq!(
                    parse_entry(&shown),
                    Ok(dec("-2500.75")),
                    "{lang:?}: {shown}"
                );
            });
        }
    }
    let _ = NB;
}

#[test]
fn what_the_window_shows_typed_back_gives_the_same_value() {
    let values = [
        "0", "0.5", "12.5", "999.99", "1234.5", "2500", "12345.67", "1000000", "-4321.09",
    ];
    for lang in Lang::ALL {
        in_language(lang, || {
            for value in values {
                let value = dec(value);
                for decimals in [0, 1, 2] {
                    let shown = grouped(value, decimals);
                    // The window rounds half away from zero, as people do.
                    let rounded = value
                        .round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
                    assert_eq!(
                        parse_entry(&shown).map(|v| v.normalize()),
                        Ok(rounded.normalize()),
                        "{lang:?}: {shown}"
                    );
                }
                let shown = percent(Some(value));
                assert_eq!(
                    parse_entry(&shown).map(|v| v.normalize()),
                    Ok(value.round_dp(2).normalize()),
                    "{lang:?}: {shown}"
                );
            }
        });
    }
}

#[test]
fn the_html_report_in_each_language_holds_every_kpi_as_that_language_writes_it() {
    let scenario = load_scenario(&common::example("defaults.ron")).unwrap();
    let projection = project(&scenario).unwrap();
    // Net gain and ROI as each language writes them, independently of the report's code.
    let expected = [
        (Lang::En, "105,417.50 EUR", "289.61 %"),
        (Lang::Ro, "105.417,50\u{a0}€", "289,61\u{a0}%"),
        (Lang::Pl, "105\u{a0}417,50\u{a0}€", "289,61%"),
        (Lang::PtBr, "€\u{a0}105.417,50", "289,61%"),
        (Lang::Ru, "105\u{a0}417,50\u{a0}€", "289,61\u{a0}%"),
        (Lang::Zh, "€105,417.50", "289.61%"),
    ];
    for (lang, expected_net, expected_roi) in expected {
        in_language(lang, || {
            let html = html_report(&scenario, &projection, "2026-11-27");
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
            let document = scraper::Html::parse_document(&html);
            assert!(
                document.errors.is_empty(),
                "{lang:?}: {:?}",
                document.errors
            );
            for (key, _, value, _) in report_kpis(&scenario, &projection) {
                let selector = scraper::Selector::parse(&format!("[data-kpi=\"{key}\"]")).unwrap();
                let shown: String = document
                    .select(&selector)
                    .next()
                    .unwrap_or_else(|| panic!("{lang:?}: {key}"))
                    .text()
                    .collect();
                assert_eq!(shown, value, "{lang:?}: {key}");
            }
            assert!(html.contains(expected_net), "{lang:?}: {expected_net}");
            assert!(html.contains(expected_roi), "{lang:?}: {expected_roi}");
        });
    }
}

#[test]
fn the_spreadsheet_csv_uses_the_languages_decimal_comma() {
    let scenario = load_scenario(&common::example("defaults.ron")).unwrap();
    let projection = project(&scenario).unwrap();
    let plain = crm_roi::report::csv(&projection);
    assert_eq!(
        crm_roi::report::spreadsheet_csv(&projection, Lang::En),
        plain
    );
    assert_eq!(
        crm_roi::report::spreadsheet_csv(&projection, Lang::Zh),
        plain
    );
    let polish = crm_roi::report::spreadsheet_csv(&projection, Lang::Pl);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(polish.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().next(), Some("month"));
    let row = reader.records().nth(1).unwrap().unwrap();
    assert_eq!(&row[1], "1450,00");
    // The default CSV is the same whatever the language.
    Lang::Pl.use_here();
    assert_eq!(crm_roi::report::csv(&projection), plain);
    Lang::En.use_here();
}

#[test]
fn the_command_line_prints_tables_in_the_language_asked_and_json_the_same_in_all() {
    let file = "assets/scenarios/defaults.ron";
    let json = common::run_cli(&["report", file, "--format", "json"]);
    for lang in Lang::ALL {
        let table = common::run_cli(&["report", file, "--lang", lang.code()]);
        in_language(lang, || {
            let summary = project(&load_scenario(&common::example("defaults.ron")).unwrap())
                .unwrap()
                .summary;
            assert!(
                table.contains(&money(summary.net_gain, "EUR")),
                "{lang:?}: {table}"
            );
        });
        let same = common::run_cli(&["report", file, "--format", "json", "--lang", lang.code()]);
        assert_eq!(same, json, "{lang:?}");
    }
}
