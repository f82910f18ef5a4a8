//! Plugin connect models.
