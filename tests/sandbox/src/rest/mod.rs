//! The REST API v1 routes the sandbox serves, all under `/v1`.

pub(crate) mod bucket;
mod conversations;
mod messages;
mod operators;
mod people;
mod plugin;
mod table;
mod websites;

use axum::Router;

use crate::app::App;

/// Every REST route (without the authentication and fault layers).
pub(crate) fn routes() -> Router<App> {
    Router::new()
        .merge(websites::routes())
        .merge(conversations::routes())
        .merge(messages::routes())
        .merge(people::routes())
        .merge(operators::routes())
        .merge(plugin::routes())
        .merge(bucket::routes())
        .merge(table::routes())
}
