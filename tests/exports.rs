//! Exports: CSV, the HTML report and PNG images, each read back.

mod common;

use std::time::Duration;

use crm_roi::app::CrmRoiApp;
use crm_roi::app::document::Document;
use crm_roi::files::load_scenario;
use crm_roi::locale::format::plain;
use crm_roi::project;
use crm_roi::report::html::{html_report, report_kpis};
use egui_kittest::Harness;
use scraper::{Html, Selector};

fn app_with(file: &str) -> CrmRoiApp {
    CrmRoiApp::with_document(Document::new(
        load_scenario(&common::example(file)).unwrap(),
        None,
    ))
}

#[test]
fn csv_export_parses_back_to_the_engines_rounded_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("months.csv");
    let mut app = app_with("subscription-2-years.ron");
    assert!(app.export_csv_to(&path));
    let projection = project(app.document.scenario()).unwrap();

    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.len(), 20);
    assert_eq!(&headers[0], "month");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), projection.months.len());
    for (row, month) in rows.iter().zip(&projection.months) {
        let expected = [
            month.month.to_string(),
            plain(month.cost),
            plain(month.gain),
            plain(month.net),
            plain(month.cumulative_cost),
            plain(month.cumulative_gain),
            plain(month.cumulative_net),
            month.roi_pct.map(plain).unwrap_or_default(),
            plain(month.gains.cross_sell),
            plain(month.gains.faster_cycle),
            plain(month.gains.win_rate),
            plain(month.gains.productivity),
            plain(month.gains.retention),
            plain(month.gains.acquisition),
            plain(month.gains.support),
            plain(month.gains.other_gains),
            plain(month.costs.licences),
            plain(month.costs.admin),
            plain(month.costs.one_time),
            plain(month.costs.other_costs),
        ];
        let cells: Vec<&str> = row.iter().collect();
        assert_eq!(cells, expected);
    }
}

#[test]
fn html_report_holds_every_kpi_and_one_svg_per_chart() {
    for file in [
        "defaults.ron",
        "cautious-founder.ron",
        "subscription-2-years.ron",
    ] {
        let scenario = load_scenario(&common::example(file)).unwrap();
        let projection = project(&scenario).unwrap();
        let document = Html::parse_document(&html_report(&scenario, &projection, "2026-11-27"));
        let select = |css: &str| Selector::parse(css).unwrap();

        let title: String = document
            .select(&select("h1"))
            .next()
            .unwrap()
            .text()
            .collect();
        assert_eq!(title, scenario.name);
        for (key, _, value, _) in report_kpis(&scenario, &projection) {
            let css = format!("[data-kpi=\"{key}\"]");
            let shown: String = document
                .select(&select(&css))
                .next()
                .unwrap()
                .text()
                .collect();
            assert_eq!(shown, value, "{file}: {key}");
        }
        assert_eq!(document.select(&select(".charts svg")).count(), 4);
        let charts: Vec<String> = document
            .select(&select(".charts > svg > title"))
            .map(|t| t.text().collect())
            .collect();
        assert!(charts[0].starts_with("Cumulative ROI"));
        assert!(charts[1].starts_with("Cumulative cost and gain"));
        assert!(charts[2].starts_with("Monthly gain by driver"));
        assert!(charts[3].starts_with("Monthly cost by kind"));
        // The business case by year: a column per period, the engine's present values.
        let years: String = document
            .select(&select("table.years"))
            .next()
            .unwrap()
            .text()
            .collect();
        assert!(years.contains("Initial") && years.contains("Present value"));
        let npv = crm_roi::locale::format::grouped(projection.years.npv, 2);
        assert!(years.contains(&npv), "{file}: {npv} in {years}");
        // Extra lines appear exactly when there are some.
        let lines = document
            .root_element()
            .html()
            .contains("<h2>Extra lines</h2>");
        assert_eq!(lines, !scenario.lines.is_empty(), "{file}");
        // Every input appears with its unit.
        let inputs: String = document
            .select(&select(".columns table"))
            .next()
            .unwrap()
            .text()
            .collect();
        assert!(
            inputs.contains(&format!("{} seats", scenario.team.seats)),
            "{inputs}"
        );
        // The risk range appears exactly when the scenario has ranges.
        let risk = document.select(&select("[data-risk=roi]")).count();
        assert_eq!(risk, usize::from(!scenario.ranges.is_empty()), "{file}");
        assert!(
            document
                .root_element()
                .html()
                .contains("How the numbers are computed")
        );
    }
}

#[test]
fn html_report_escapes_what_the_user_typed() {
    let mut scenario = load_scenario(&common::example("defaults.ron")).unwrap();
    scenario.name = "R&D <script>alert(1)</script>".into();
    scenario.notes = "Ask <b>legal</b>".into();
    let projection = project(&scenario).unwrap();
    let html = html_report(&scenario, &projection, "2026-11-27");
    assert!(!html.contains("<script>"));
    assert!(html.contains("R&amp;D &lt;script&gt;"));
    assert!(html.contains("Ask &lt;b&gt;legal&lt;/b&gt;"));
}

#[test]
fn the_app_writes_the_html_report_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let mut app = app_with("defaults.ron");
    assert!(app.export_html_to(&path));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("289.61 %"));
    // An export into a folder that does not exist fails with a message, not a panic.
    assert!(!app.export_html_to(&dir.path().join("missing/report.html")));
    assert!(app.error().unwrap().contains("missing/report.html"));
}

fn decode_png(path: &std::path::Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    // Not a blank image: some pixels differ from the first.
    let first = &pixels[..4];
    assert!(pixels.chunks(4).any(|p| p != first));
    (info.width, info.height)
}

#[test]
fn the_window_exports_as_a_png_of_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::builder()
        .with_size([1200.0, 800.0])
        .wgpu()
        .build_ui_state(
            |ui, app: &mut CrmRoiApp| app.show(ui),
            app_with("defaults.ron"),
        );
    harness.run_ok();
    let window = dir.path().join("window.png");
    let ctx = harness.ctx.clone();
    harness.state_mut().export_png_to(&window, &ctx);
    for _ in 0..50 {
        harness.step();
        if window.exists() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
    assert_eq!(decode_png(&window), (1200, 800));
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
}

/// The chart as PNG is a slide: 1600 × 900, drawn from the report's chart (title, legend
/// and axis labels whole), whatever the window's size.
#[test]
fn the_chart_exports_as_a_slide_sized_png_with_its_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with("defaults.ron");
    let chart = dir.path().join("chart.png");
    assert!(app.export_chart_png_to(&chart));
    assert_eq!(decode_png(&chart), (1600, 900));
    // The SVG it is drawn from carries every label the slide shows.
    let projection =
        crm_roi::project(&load_scenario(&common::example("defaults.ron")).unwrap()).unwrap();
    let svg = crm_roi::report::html::cost_gain_chart(
        &projection,
        "EUR",
        crm_roi::report::svg::Canvas::SLIDE,
    );
    for text in [
        "Cumulative cost and gain (EUR)",
        "Cumulative cost",
        "Cumulative gain",
        ">Month<",
        "Break-even at month 2.79",
    ] {
        assert!(svg.contains(text), "{text}");
    }
    for month in 0..=12 {
        assert!(svg.contains(&format!(">{month}</text>")), "month {month}");
    }
}
