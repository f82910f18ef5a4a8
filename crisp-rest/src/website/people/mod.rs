//! The 25 methods of the People API (`WebsitePeople`): profiles, their custom data,
//! events, email subscription and campaigns, suggestions, and bulk export / import; and
//! the option struct of the profile listing.
//!
//! Every `people_id` argument may also be the profile's email address, as Crisp accepts
//! either on these routes.

mod activity;
mod data;
mod options;
mod profiles;
mod suggestions;
mod transfer;

pub use options::ListPeopleProfiles;
