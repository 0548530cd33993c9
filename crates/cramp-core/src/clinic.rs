//! Clinic settings (`assets/clinic.settings.ron`): who the physiotherapist is and how a patient
//! books. The file as shipped says `None`: no clinic, so no appointment button. A clinic writes
//! its details there (`docs/clinic.settings.example.ron` shows how).

use serde::Deserialize;

use crate::data_error::{DataError, parse_ron};

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClinicSettings {
    /// e.g. "Riverside Physiotherapy".
    pub name: String,
    /// Phone, e-mail or address, as the clinic wants it shown.
    #[serde(default)]
    pub contact: String,
    /// Where "Make an appointment" leads: an https address, `mailto:` or `tel:`.
    #[serde(default)]
    pub appointment_link: Option<String>,
}

/// Where the file lives inside the asset root.
pub const CLINIC_PATH: &str = "clinic.settings.ron";

impl ClinicSettings {
    /// Parses the file: `None` (no clinic) or the clinic's details.
    pub fn from_ron(file: &str, bytes: &[u8]) -> Result<Option<Self>, Vec<DataError>> {
        let settings: Option<Self> = parse_ron(file, bytes).map_err(|e| vec![e])?;
        let Some(settings) = settings else {
            return Ok(None);
        };
        let mut problems = Vec::new();
        if settings.name.trim().is_empty() {
            problems.push(DataError::new(file, "the clinic needs a name"));
        }
        if let Some(link) = &settings.appointment_link
            && !is_safe_link(link)
        {
            problems.push(DataError::new(
                file,
                format!(
                    "appointment_link {link:?} must start with https://, http://, mailto: or tel:"
                ),
            ));
        }
        if problems.is_empty() {
            Ok(Some(settings))
        } else {
            Err(problems)
        }
    }
}

/// Only links a browser opens as a page, a mail or a call; never `javascript:` or files.
pub fn is_safe_link(link: &str) -> bool {
    let lower = link.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !link.chars().any(char::is_whitespace)
}
