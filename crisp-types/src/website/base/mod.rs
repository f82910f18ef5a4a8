//! Websites themselves: create, get, delete.

use serde::{Deserialize, Serialize};

use crate::id::WebsiteId;

crate::model! {
    /// A website (get a website, create website).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Website {
        /// Website identifier.
        pub website_id: Option<WebsiteId>,
        /// Website name.
        pub name: Option<String>,
        /// Website domain (e.g. `crisp.chat`).
        pub domain: Option<String>,
        /// URL of the custom logo image (may be blank).
        pub logo: Option<String>,
    }
}

/// Body of "create website": `{name, domain}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewWebsite {
    /// Website name.
    pub name: String,
    /// Website domain (e.g. `crisp.chat`).
    pub domain: String,
}

impl NewWebsite {
    /// A website to create.
    pub fn new(name: impl Into<String>, domain: impl Into<String>) -> Self {
        NewWebsite {
            name: name.into(),
            domain: domain.into(),
        }
    }
}

crate::string_enum! {
    /// How the user proves their identity before a sensitive change (`verify.method`).
    pub enum VerifyChallengeMethod {
        /// The account password.
        Password = "password",
        /// A two-factor authentication code.
        Token = "token",
        /// A Google sign-in.
        Google = "google",
    }
}

/// Identity challenge sent with "delete a website" (`verify`): the method and its
/// secret. The deletion is scheduled, not immediate; "abort website deletion" cancels it.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyChallenge {
    /// Verification method.
    pub method: VerifyChallengeMethod,
    /// Secret for the method (password, code…).
    pub secret: String,
}

impl VerifyChallenge {
    /// A challenge answered with `secret`.
    pub fn new(method: VerifyChallengeMethod, secret: impl Into<String>) -> Self {
        VerifyChallenge {
            method,
            secret: secret.into(),
        }
    }

    /// A challenge answered with the account password.
    pub fn password(password: impl Into<String>) -> Self {
        VerifyChallenge::new(VerifyChallengeMethod::Password, password)
    }
}

crate::redacted_debug!(VerifyChallenge { method; secret: secret });
