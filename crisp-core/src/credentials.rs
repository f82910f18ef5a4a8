//! Token credentials and the tier they belong to.

use std::fmt;

use crate::base64;

/// Which kind of token the credentials are; sent as `X-Crisp-Tier`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// A user (operator) token.
    User,
    /// A website token.
    Website,
    /// A Marketplace plugin token.
    Plugin,
}

impl Tier {
    /// The tier as sent in `X-Crisp-Tier` and in RTM authentication.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Tier::User => "user",
            Tier::Website => "website",
            Tier::Plugin => "plugin",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Tier {
    type Err = UnknownTier;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "user" => Ok(Tier::User),
            "website" => Ok(Tier::Website),
            "plugin" => Ok(Tier::Plugin),
            _ => Err(UnknownTier),
        }
    }
}

/// The error of parsing a [`Tier`] from text other than `user`, `website` or `plugin`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownTier;

impl fmt::Display for UnknownTier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown tier: expected `user`, `website` or `plugin`")
    }
}

impl std::error::Error for UnknownTier {}

/// A token pair (identifier + key) and its tier.
///
/// `Debug` shows the tier and identifier but never the key.
///
/// ```
/// use crisp_core::{Credentials, Tier};
/// let credentials = Credentials::new(Tier::Plugin, "identifier", "s3cret-key");
/// assert!(!format!("{credentials:?}").contains("s3cret"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    tier: Tier,
    identifier: String,
    key: String,
}

impl Credentials {
    /// Credentials of `tier` made of a token identifier and key.
    pub fn new(tier: Tier, identifier: impl Into<String>, key: impl Into<String>) -> Self {
        Credentials {
            tier,
            identifier: identifier.into(),
            key: key.into(),
        }
    }

    /// Plugin-tier credentials.
    pub fn plugin(identifier: impl Into<String>, key: impl Into<String>) -> Self {
        Credentials::new(Tier::Plugin, identifier, key)
    }

    /// Website-tier credentials.
    pub fn website(identifier: impl Into<String>, key: impl Into<String>) -> Self {
        Credentials::new(Tier::Website, identifier, key)
    }

    /// User-tier credentials.
    pub fn user(identifier: impl Into<String>, key: impl Into<String>) -> Self {
        Credentials::new(Tier::User, identifier, key)
    }

    /// The tier of the token.
    #[must_use]
    pub fn tier(&self) -> Tier {
        self.tier
    }

    /// The token identifier (not secret on its own).
    #[must_use]
    pub fn identifier(&self) -> &str {
        &self.identifier
    }

    /// The token key. Handle with care: it is the secret half of the token.
    #[must_use]
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The `Authorization` header value, marked sensitive so that `http`'s own `Debug`
    /// hides it too.
    ///
    /// # Errors
    /// When the identifier or key holds characters that cannot appear in a header.
    pub fn authorization(&self) -> Result<http::HeaderValue, http::header::InvalidHeaderValue> {
        let mut raw = String::with_capacity(self.identifier.len() + self.key.len() + 1);
        raw.push_str(&self.identifier);
        raw.push(':');
        raw.push_str(&self.key);
        let mut value =
            http::HeaderValue::try_from(format!("Basic {}", base64::encode(raw.as_bytes())))?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("tier", &self.tier)
            .field("identifier", &self.identifier)
            .field("key", &"<redacted>")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_key() {
        let c = Credentials::user("id-1", "very-secret");
        let shown = format!("{c:?} {c:#?}");
        assert!(!shown.contains("very-secret"), "{shown}");
        assert!(shown.contains("id-1"));
        assert!(shown.contains("<redacted>"));
    }

    #[test]
    fn authorization_is_basic_and_sensitive() {
        let c = Credentials::plugin("Aladdin", "open sesame");
        let value = c.authorization().unwrap();
        assert_eq!(value, "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert!(value.is_sensitive());
        assert!(!format!("{value:?}").contains("QWxh"));
    }

    #[test]
    fn tiers_parse_and_print() {
        for tier in [Tier::User, Tier::Website, Tier::Plugin] {
            assert_eq!(tier.as_str().parse::<Tier>(), Ok(tier));
        }
        assert!("admin".parse::<Tier>().is_err());
    }
}
