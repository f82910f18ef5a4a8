//! Website operators and invitations, shaped like Crisp's `WebsiteOperator`.

use serde_json::{Value, json};

use crate::envelope::ApiError;

/// A member of a website.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Operator {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) first_name: String,
    pub(crate) last_name: String,
    pub(crate) role: String,
    pub(crate) title: Option<String>,
    pub(crate) availability: String,
    /// When the operator was last active, epoch milliseconds (`operators/active`).
    pub(crate) last_active: Option<u64>,
}

/// A pending invitation.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Invite {
    pub(crate) email: String,
    pub(crate) role: String,
}

/// Roles Crisp gives website members.
pub(crate) fn check_role(role: &str) -> Result<(), ApiError> {
    if matches!(role, "owner" | "member") {
        Ok(())
    } else {
        Err(ApiError::invalid(format!(
            "role must be owner or member, got {role:?}"
        )))
    }
}

impl Operator {
    /// `First Last`.
    pub(crate) fn nickname(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// The JSON of "get a website operator" (and `details` of a list entry).
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "user_id": self.user_id,
            "email": self.email,
            "avatar": null,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "role": self.role,
            "title": self.title,
            "availability": self.availability,
            "has_token": false,
        })
    }

    /// An entry of "list last active website operators".
    pub(crate) fn active_json(&self) -> Option<Value> {
        self.last_active.map(|timestamp| {
            json!({
                "user_id": self.user_id,
                "avatar": null,
                "nickname": self.nickname(),
                "timestamp": timestamp,
            })
        })
    }
}

impl Invite {
    /// An entry of "list website operators" for an invitation.
    pub(crate) fn to_json(&self) -> Value {
        json!({"type": "invite", "details": {"email": self.email, "role": self.role}})
    }
}
