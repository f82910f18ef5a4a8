//! Inboxes, the body that creates or saves one, and the order of inboxes.

use serde::{Deserialize, Serialize};

use super::condition::InboxCondition;
use crate::id::{InboxId, UserId};
use crate::website::FilterMatch;

crate::model! {
    /// An inbox (*Get Inbox*, *List Inboxes*).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Inbox {
        /// Inbox identifier.
        pub inbox_id: Option<InboxId>,
        /// Inbox name.
        pub name: Option<String>,
        /// Emoji shown with the name.
        pub emoji: Option<String>,
        /// Position among the website's inboxes.
        pub order: Option<u32>,
        /// Operators with access to the inbox.
        pub operators: Vec<UserId>,
        /// How `conditions` combine (`operator`).
        #[serde(rename = "operator")]
        pub conditions_match: Option<FilterMatch>,
        /// Conditions routing conversations into the inbox.
        pub conditions: Vec<InboxCondition>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// Response of *Create A New Inbox*.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct InboxNew {
        /// Identifier of the new inbox.
        pub inbox_id: Option<InboxId>,
    }
}

crate::model! {
    /// Body of *Create A New Inbox* and *Save Inbox* (the whole inbox, replacing it).
    ///
    /// ```
    /// use crisp_types::website::inbox::{InboxCondition, FilterOperator, InboxSave};
    /// let inbox = InboxSave::new("Billing")
    ///     .emoji("💳")
    ///     .add_operator("a4c32c68-be91-4e29-8a05-976e93abbe3f")
    ///     .add_condition(InboxCondition::session("segments", FilterOperator::Eq, ["billing"]));
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct InboxSave {
        /// Inbox name.
        pub name: Option<String>,
        /// Emoji shown with the name.
        pub emoji: Option<String>,
        /// Position among the website's inboxes.
        pub order: Option<u32>,
        /// Operators with access to the inbox.
        pub operators: Vec<UserId>,
        /// How `conditions` combine (`operator`).
        #[serde(rename = "operator")]
        pub conditions_match: Option<FilterMatch>,
        /// Conditions routing conversations into the inbox.
        pub conditions: Vec<InboxCondition>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl InboxSave {
    /// An inbox named `name`.
    pub fn new(name: impl Into<String>) -> Self {
        InboxSave {
            name: Some(name.into()),
            ..InboxSave::default()
        }
    }

    /// Adds an operator with access to the inbox.
    pub fn add_operator(mut self, user_id: impl Into<UserId>) -> Self {
        self.operators.push(user_id.into());
        self
    }

    /// Adds a routing condition.
    pub fn add_condition(mut self, condition: InboxCondition) -> Self {
        self.conditions.push(condition);
        self
    }
}

crate::setters! {
    impl InboxSave {
        /// Sets the emoji.
        emoji: impl Into<String>,
        /// Sets the position among the website's inboxes.
        order: u32,
        /// Sets how the conditions combine.
        conditions_match: FilterMatch,
    }
}

impl From<Inbox> for InboxSave {
    /// The writable fields of an inbox read with *Get Inbox*, to save it back.
    fn from(inbox: Inbox) -> Self {
        InboxSave {
            name: inbox.name,
            emoji: inbox.emoji,
            order: inbox.order,
            operators: inbox.operators,
            conditions_match: inbox.conditions_match,
            conditions: inbox.conditions,
            extra: crate::body::Extra::new(),
        }
    }
}

/// Body of *Batch Order Inboxes*: the new position of each inbox. Also collects from an
/// iterator of [`InboxOrder`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InboxOrders {
    /// New positions.
    #[serde(default)]
    pub orders: Vec<InboxOrder>,
}

impl FromIterator<InboxOrder> for InboxOrders {
    fn from_iter<I: IntoIterator<Item = InboxOrder>>(iter: I) -> Self {
        InboxOrders {
            orders: iter.into_iter().collect(),
        }
    }
}

/// The position of one inbox (`orders`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxOrder {
    /// Inbox identifier.
    pub inbox_id: InboxId,
    /// New position.
    pub order: u32,
}

impl InboxOrder {
    /// Puts `inbox_id` at position `order`.
    pub fn new(inbox_id: impl Into<InboxId>, order: u32) -> Self {
        InboxOrder {
            inbox_id: inbox_id.into(),
            order,
        }
    }
}
