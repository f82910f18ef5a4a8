//! Operators of a website: members, invites, last active, emails to operators.

use serde::{Deserialize, Serialize};

use super::availability::AvailabilityType;
use crate::id::UserId;

crate::string_enum! {
    /// Role of an operator in a website (`role`).
    pub enum OperatorRole {
        /// Owner: full rights, billing included.
        Owner = "owner",
        /// Member.
        Member = "member",
    }
}

crate::string_enum! {
    /// Kind of an entry of "list website operators" (`type`).
    pub enum OperatorListType {
        /// An operator who joined the website.
        Operator = "operator",
        /// A pending invitation.
        Invite = "invite",
    }
}

crate::model! {
    /// One entry of "list website operators".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct OperatorListItem {
        /// Kind of entry (`type`).
        #[serde(rename = "type")]
        pub kind: Option<OperatorListType>,
        /// The operator.
        pub details: Option<WebsiteOperator>,
    }
}

crate::model! {
    /// An operator of a website ("get a website operator", and the `details` of list entries).
    #[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteOperator {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
        /// Email address.
        pub email: Option<String>,
        /// Avatar image URL.
        pub avatar: Option<String>,
        /// First name.
        pub first_name: Option<String>,
        /// Last name.
        pub last_name: Option<String>,
        /// Role in the website.
        pub role: Option<OperatorRole>,
        /// Job title (e.g. `CTO`).
        pub title: Option<String>,
        /// Current availability.
        pub availability: Option<AvailabilityType>,
        /// Whether the operator has an API token.
        pub has_token: Option<bool>,
        /// Token identifier, when Crisp returns it.
        pub identifier: Option<String>,
        /// Token key, when Crisp returns it.
        pub key: Option<String>,
    }
}

crate::model! {
    /// One entry of "list last active website operators".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct LastActiveOperator {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
        /// Avatar image URL.
        pub avatar: Option<String>,
        /// Display name.
        pub nickname: Option<String>,
        /// Time of last activity, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

crate::string_enum! {
    /// Who receives an email sent to website operators (`recipient`).
    pub enum EmailRecipient {
        /// Every owner of the website.
        Owners = "owners",
        /// One operator, given by `user_id`.
        User = "user",
    }
}

/// Body of "send email to website operators": `{recipient, user_id?, subject, message,
/// target?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OperatorEmail {
    /// Who receives the email.
    pub recipient: EmailRecipient,
    /// The operator, when `recipient` is [`EmailRecipient::User`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// Email subject.
    pub subject: String,
    /// Email message (plain text).
    pub message: String,
    /// Call-to-action link shown in the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<EmailTarget>,
}

impl OperatorEmail {
    /// An email to every owner of the website.
    pub fn to_owners(subject: impl Into<String>, message: impl Into<String>) -> Self {
        OperatorEmail {
            recipient: EmailRecipient::Owners,
            user_id: None,
            subject: subject.into(),
            message: message.into(),
            target: None,
        }
    }

    /// An email to one operator.
    pub fn to_user(
        user_id: impl Into<UserId>,
        subject: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        OperatorEmail {
            recipient: EmailRecipient::User,
            user_id: Some(user_id.into()),
            subject: subject.into(),
            message: message.into(),
            target: None,
        }
    }

    /// Adds a call-to-action link.
    #[must_use]
    pub fn target(mut self, label: impl Into<String>, url: impl Into<String>) -> Self {
        self.target = Some(EmailTarget {
            label: Some(label.into()),
            url: Some(url.into()),
        });
        self
    }
}

crate::model! {
    /// Call-to-action link of an [`OperatorEmail`] (`target`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct EmailTarget {
        /// Link label.
        pub label: Option<String>,
        /// Link URL.
        pub url: Option<String>,
    }
}

/// The `verify` value of "invite a website operator". The official clients disagree on
/// its type: node-crisp-api types it as a boolean, go-crisp-api (and the README example)
/// as the inviting user's password. Pass a `&str`/`String` for a secret, a `bool` for a
/// flag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum InviteVerify {
    /// A secret (the inviting user's password).
    Secret(String),
    /// A flag.
    Flag(bool),
}

impl From<&str> for InviteVerify {
    fn from(secret: &str) -> Self {
        InviteVerify::Secret(secret.to_owned())
    }
}

impl From<String> for InviteVerify {
    fn from(secret: String) -> Self {
        InviteVerify::Secret(secret)
    }
}

impl From<bool> for InviteVerify {
    fn from(flag: bool) -> Self {
        InviteVerify::Flag(flag)
    }
}

crate::redacted_debug!(WebsiteOperator { user_id, email, avatar, first_name, last_name, role, title, availability, has_token, identifier; secret: key });
