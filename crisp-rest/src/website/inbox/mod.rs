//! The 7 methods of the Inboxes API (`WebsiteInbox`).

mod inboxes;
