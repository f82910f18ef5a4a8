//! Identity verification of visitors: settings and secret key.

use serde::{Deserialize, Serialize};

/// Response of "get verify settings".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VerifySettings {
    /// Whether identity verification is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Body of "update verify settings": `{enabled}`. Fields left `None` are not sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VerifySettingsUpdate {
    /// Whether to enable identity verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl VerifySettingsUpdate {
    /// Enables (`true`) or disables (`false`) identity verification.
    #[must_use]
    pub fn enabled(enabled: bool) -> Self {
        VerifySettingsUpdate {
            enabled: Some(enabled),
        }
    }
}

impl From<bool> for VerifySettingsUpdate {
    fn from(enabled: bool) -> Self {
        VerifySettingsUpdate::enabled(enabled)
    }
}

/// Response of "get verify key": the secret that signs visitor identities (HMAC).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VerifyKey {
    /// The secret key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
