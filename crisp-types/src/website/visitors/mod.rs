//! Live visitors of a website: counting and listing them, placing them on a map,
//! resolving a session token, and the counts of visitors blocked by rule. The models of
//! the `WebsiteVisitors` routes.

mod blocked;
mod map;
mod visitor;

pub use blocked::{BlockedVisitors, BlockedVisitorsCounts, BlockedVisitorsInRule};
pub use map::{MapPointSession, MapPointVisitors, VisitorsMapPoint};
pub use visitor::{Visitor, VisitorLastPage, VisitorToken, VisitorsCount};

pub use crate::website::conversation::{Coordinates, Geolocation};
