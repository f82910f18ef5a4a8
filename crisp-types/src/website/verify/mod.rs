//! Identity verification of visitors: settings and secret key.

use serde::{Deserialize, Serialize};

crate::model! {
    /// Response of "get verify settings".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VerifySettings {
        /// Whether identity verification is enabled.
        pub enabled: Option<bool>,
    }
}

crate::model! {
    /// Body of "update verify settings": `{enabled}`. Fields left `None` are not sent.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VerifySettingsUpdate {
        /// Whether to enable identity verification.
        pub enabled: Option<bool>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl VerifySettingsUpdate {
    /// Enables (`true`) or disables (`false`) identity verification.
    #[must_use]
    pub fn enabled(enabled: bool) -> Self {
        VerifySettingsUpdate {
            enabled: Some(enabled),
            ..VerifySettingsUpdate::default()
        }
    }
}

impl From<bool> for VerifySettingsUpdate {
    fn from(enabled: bool) -> Self {
        VerifySettingsUpdate::enabled(enabled)
    }
}

crate::model! {
    /// Response of "get verify key": the secret that signs visitor identities (HMAC).
    #[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
    pub struct VerifyKey {
        /// The secret key.
        pub secret: Option<String>,
    }
}

crate::redacted_debug!(VerifyKey { ; secret: secret });
