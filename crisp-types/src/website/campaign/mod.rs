//! Campaigns and campaign templates.
