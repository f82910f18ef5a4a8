//! Website helpdesk methods.
