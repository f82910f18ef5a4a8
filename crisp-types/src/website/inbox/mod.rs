//! Inboxes: named views of the conversation list, each with its operators and the
//! routing conditions that send conversations into it.

mod condition;
mod details;

pub use condition::{InboxCondition, InboxConditionModel};

pub use super::{FilterMatch, FilterOperator};
pub use details::{Inbox, InboxNew, InboxOrder, InboxOrders, InboxSave};
