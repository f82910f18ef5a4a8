//! Live visitors: listing, map, blocking.
