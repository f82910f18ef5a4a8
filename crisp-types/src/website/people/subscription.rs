//! Email subscription status of a people profile (campaigns, newsletters).

use serde::{Deserialize, Serialize};

/// Response of "get people subscription status".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleSubscription {
    /// Whether the contact is subscribed to emails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
}

/// Body of "update people subscription status".
///
/// ```
/// use crisp_types::website::people::PeopleSubscriptionUpdate;
///
/// let body = PeopleSubscriptionUpdate::email(false);
/// assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"email":false}"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleSubscriptionUpdate {
    /// Subscribes (`true`) or unsubscribes (`false`) the contact from emails; not sent
    /// when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
}

impl PeopleSubscriptionUpdate {
    /// Sets the email subscription.
    #[must_use]
    pub fn email(subscribed: bool) -> Self {
        PeopleSubscriptionUpdate {
            email: Some(subscribed),
        }
    }
}
