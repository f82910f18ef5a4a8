//! Media animation models.
