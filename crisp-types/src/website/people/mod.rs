//! People (contact) profiles, their custom data, events, email subscription, campaigns
//! and imports: the models of the `WebsitePeople` routes.
//!
//! A profile's `person` and `company` blocks ([`PeoplePerson`], [`PeopleCompany`]…) are
//! defined here; the `people:*` realtime events carry the same types. Searching
//! profiles reuses the conversation search filters ([`FilterSearchQuery`],
//! [`FilterMatch`]).

mod campaigns;
mod data;
mod events;
mod import;
mod person;
mod profile;
mod stats;
mod subscription;
mod suggest;

pub use campaigns::PeopleCampaign;
pub use data::PeopleData;
pub use events::{EventColor, NewPeopleEvent, PeopleEvent};
pub use import::{PeopleImport, PeopleImportMapping, PeopleImportOptions, PeopleImportSetup};
pub use person::{
    PeopleActive, PeopleCompany, PeopleCompanyMetrics, PeopleEmployment, PeoplePerson,
    PeopleSocialProfile,
};
pub use profile::{NewPeopleProfile, PeopleProfile, PeopleProfileUpdate, PeopleSortOrder};
pub use stats::PeopleStatistics;
pub use subscription::{PeopleSubscription, PeopleSubscriptionUpdate};
pub use suggest::{PeopleSuggestedDataKey, PeopleSuggestedEvent, PeopleSuggestedSegment};

pub use crate::website::conversation::{FilterMatch, FilterSearchQuery, FilterValue, Geolocation};
