//! People profiles, their data, events, subscriptions and imports.
