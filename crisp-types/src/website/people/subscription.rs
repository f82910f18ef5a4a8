//! Email subscription status of a people profile (campaigns, newsletters).

use serde::{Deserialize, Serialize};

crate::model! {
    /// Response of "get people subscription status".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSubscription {
        /// Whether the contact is subscribed to emails.
        pub email: Option<bool>,
    }
}

crate::model! {
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
        pub email: Option<bool>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl PeopleSubscriptionUpdate {
    /// Sets the email subscription.
    #[must_use]
    pub fn email(subscribed: bool) -> Self {
        PeopleSubscriptionUpdate {
            email: Some(subscribed),
            ..PeopleSubscriptionUpdate::default()
        }
    }
}
