//! The example scenarios, built into the binary so the Presets menu works wherever the app is
//! installed. They are the files in `assets/scenarios/`, which the tests load too.

use std::path::Path;

use crate::files::{FileError, parse_scenario};
use crate::model::scenario::Scenario;

/// One built-in example: a menu title, its file name and its RON text.
pub struct Preset {
    pub title: &'static str,
    pub file_name: &'static str,
    pub text: &'static str,
}

pub const PRESETS: [Preset; 7] = [
    Preset {
        title: "Defaults",
        file_name: "defaults.ron",
        text: include_str!("../../assets/scenarios/defaults.ron"),
    },
    Preset {
        title: "The 200 % case",
        file_name: "200-percent.ron",
        text: include_str!("../../assets/scenarios/200-percent.ron"),
    },
    Preset {
        title: "Vendor-style quick estimate",
        file_name: "vendor-quick-estimate.ron",
        text: include_str!("../../assets/scenarios/vendor-quick-estimate.ron"),
    },
    Preset {
        title: "Cautious founder",
        file_name: "cautious-founder.ron",
        text: include_str!("../../assets/scenarios/cautious-founder.ron"),
    },
    Preset {
        title: "Large team, 3 years",
        file_name: "large-team.ron",
        text: include_str!("../../assets/scenarios/large-team.ron"),
    },
    Preset {
        title: "Subscription business, 2 years",
        file_name: "subscription-2-years.ron",
        text: include_str!("../../assets/scenarios/subscription-2-years.ron"),
    },
    Preset {
        title: "Six months after go-live",
        file_name: "tracked-half-year.ron",
        text: include_str!("../../assets/scenarios/tracked-half-year.ron"),
    },
];

impl Preset {
    pub fn scenario(&self) -> Result<Scenario, FileError> {
        parse_scenario(self.text.as_bytes(), Path::new(self.file_name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_loads() {
        for preset in &PRESETS {
            let scenario = preset.scenario().unwrap();
            assert_eq!(scenario.name, preset.title);
        }
    }
}
