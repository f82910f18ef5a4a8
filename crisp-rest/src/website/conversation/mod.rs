//! The 60 methods of the Conversations API (`WebsiteConversation`), grouped by what they
//! act on, and the option structs of its list and message queries.

mod actions;
mod activity;
mod browsing;
mod calls;
mod conversations;
mod message_history;
mod messages;
mod options;
mod spam;
mod state;
mod suggestions;
mod verification;

pub use message_history::{MessageFollow, MessageHistory, MessagesPage};
pub use options::{ConversationSearch, ListConversations, MessagesQuery};
