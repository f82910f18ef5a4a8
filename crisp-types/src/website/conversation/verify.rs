//! Identity verification of the visitor.

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// What identity is verified (`identity`). Crisp also accepts `urn:…` identities
    /// (plugins); those decode to [`VerifyIdentity::Unknown`] and re-encode unchanged.
    pub enum VerifyIdentity {
        /// The email address.
        Email = "email",
        /// The phone number.
        Phone = "phone",
    }
}

crate::string_enum! {
    /// How an identity is verified (`method`).
    pub enum VerifyMethod {
        /// A link sent to the identity.
        Link = "link",
    }
}

crate::model! {
    /// An identity verification done in a conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Verification {
        /// Verified identity.
        pub identity: Option<VerifyIdentity>,
        /// Verification method.
        pub method: Option<VerifyMethod>,
        /// Free-text annotation (e.g. the verified value).
        pub annotation: Option<String>,
    }
}

crate::model! {
    /// Response of "get verify status for conversation".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VerifyStatus {
        /// Whether the visitor is verified.
        pub verified: Option<bool>,
        /// Verifications done.
        pub verifications: Vec<Verification>,
    }
}

/// Body of "request identity verification for conversation":
/// `{identity, method, recipient?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdentityVerificationRequest {
    /// Identity to verify.
    pub identity: VerifyIdentity,
    /// Verification method.
    pub method: VerifyMethod,
    /// Where to send the verification (defaults to the known email / phone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
}

impl IdentityVerificationRequest {
    /// A verification of an identity with a method.
    #[must_use]
    pub fn new(identity: VerifyIdentity, method: VerifyMethod) -> Self {
        IdentityVerificationRequest {
            identity,
            method,
            recipient: None,
        }
    }

    /// A verification of an identity by link.
    #[must_use]
    pub fn link(identity: VerifyIdentity) -> Self {
        IdentityVerificationRequest::new(identity, VerifyMethod::Link)
    }
}

crate::setters! {
    impl IdentityVerificationRequest {
        /// Sets where to send the verification.
        #[must_use]
        recipient: impl Into<String>,
    }
}

/// Body of "redeem identity verification link for conversation":
/// `{identity, token, recipient?}`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityVerificationRedeem {
    /// Identity verified.
    pub identity: VerifyIdentity,
    /// Token from the verification link.
    pub token: String,
    /// Where the verification was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
}

impl IdentityVerificationRedeem {
    /// Redeems a verification token for an identity.
    pub fn new(identity: VerifyIdentity, token: impl Into<String>) -> Self {
        IdentityVerificationRedeem {
            identity,
            token: token.into(),
            recipient: None,
        }
    }
}

crate::setters! {
    impl IdentityVerificationRedeem {
        /// Sets where the verification was sent.
        #[must_use]
        recipient: impl Into<String>,
    }
}

crate::redacted_debug!(IdentityVerificationRedeem { identity, recipient; secret: token });
