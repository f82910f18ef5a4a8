//! The 7 methods of the Visitors API (`WebsiteVisitors`): live visitors, the visitor
//! map, session tokens and blocked visitor counts; and the map area argument.

mod blocked;
mod live;
mod map;

pub use map::MapArea;
