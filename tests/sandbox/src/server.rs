//! The HTTP server: the router, its layers, and the task that serves it.
//!
//! REST requests go through, outermost first: the request log, the fault switches, then
//! authentication, then the route (or the 404 `not_found` fallback). The realtime
//! endpoint (`/socket.io/`) has none of these layers: it authenticates in-band.

use std::sync::Arc;

use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use tokio::net::TcpListener;

use crate::app::App;
use crate::envelope::route_not_found;
use crate::{auth, faults, requests, rest, rtm};

/// The whole application.
pub(crate) fn router(app: &App) -> Router {
    let rest = rest::routes()
        .fallback(route_not_found)
        .method_not_allowed_fallback(route_not_found)
        .layer(from_fn_with_state(Arc::clone(app), auth::check))
        .layer(from_fn_with_state(Arc::clone(app), faults::apply))
        .layer(from_fn_with_state(Arc::clone(app), requests::record));
    Router::new()
        .route("/socket.io/", get(rtm::upgrade))
        .route("/socket.io", get(rtm::upgrade))
        .merge(rest)
        .with_state(Arc::clone(app))
}

/// Serves `listener` until the sandbox shuts down.
pub(crate) fn spawn(listener: TcpListener, app: &App) {
    let router = router(app);
    let shutdown = app.on_shutdown();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router)
            .with_graceful_shutdown(shutdown)
            .await;
    });
}
