//! The helpdesk of a website: resolve, initialize, delete.

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// How the user proves their identity before deleting the helpdesk (`verify.method`).
    pub enum HelpdeskVerifyMethod {
        /// The account password.
        Password = "password",
        /// A two-factor authentication token.
        Token = "token",
        /// A Google sign-in.
        Google = "google",
    }
}

/// Response of "resolve helpdesk".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Helpdesk {
    /// Helpdesk name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Public URL of the helpdesk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The identity check sent with "delete helpdesk" (`verify`): deletion is
/// double-authenticated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskRemoveVerify {
    /// How the user proves their identity.
    pub method: HelpdeskVerifyMethod,
    /// The secret for that method (the password, or the token).
    pub secret: String,
}

impl HelpdeskRemoveVerify {
    /// A check with the given method and secret.
    pub fn new(method: HelpdeskVerifyMethod, secret: impl Into<String>) -> Self {
        HelpdeskRemoveVerify {
            method,
            secret: secret.into(),
        }
    }

    /// A check by account password.
    pub fn password(password: impl Into<String>) -> Self {
        HelpdeskRemoveVerify::new(HelpdeskVerifyMethod::Password, password)
    }
}
