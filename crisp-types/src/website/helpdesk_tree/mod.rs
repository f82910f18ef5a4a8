//! The newer helpdesk content API: tree paths, pages and change history.
