//! The HTTP server: the router, its layers, and the accept loop that serves it.
//!
//! REST requests go through, outermost first: the request log, the fault switches, then
//! authentication, then the route (or the 404 `route_error` fallback). The realtime
//! endpoint (`/socket.io/`) has none of these layers: it authenticates in-band.
//!
//! Each connection is served by hyper's HTTP/1 server with a header-read timeout
//! ([`Limits::header_read_timeout`]): a connection that has not sent a complete request
//! head that long after it connected, or after its previous answer, is closed. That
//! bounds slow (slowloris) and idle keep-alive connections alike. Upgraded (realtime)
//! connections leave hyper and are bounded by the socket's own deadlines.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};

use crate::app::{App, Limits};
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
        // The bucket's signed upload URLs: authenticated by their signature.
        .merge(rest::bucket::files())
        .merge(rest)
        .with_state(Arc::clone(app))
}

/// Serves `listener` until the sandbox shuts down; then open connections finish the
/// request they are answering and close.
pub(crate) fn spawn(listener: TcpListener, app: &App) {
    let router = router(app);
    let limits = app.limits;
    let app = Arc::clone(app);
    tokio::spawn(async move {
        let shutdown = app.on_shutdown();
        tokio::pin!(shutdown);
        loop {
            let stream = tokio::select! {
                () = &mut shutdown => return,
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors, or a connection reset before it was
                    // accepted: wait a little rather than spin, and go on.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                },
            };
            tokio::spawn(serve_connection(
                stream,
                router.clone(),
                limits,
                app.on_shutdown(),
            ));
        }
    });
}

/// Serves one connection: HTTP/1.1 with keep-alive and upgrades, closed by the
/// header-read timeout when the client is too slow to send a request or goes idle.
async fn serve_connection(
    stream: TcpStream,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let _ = stream.set_nodelay(true);
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true)
        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(router))
        .with_upgrades();
    tokio::pin!(connection);
    tokio::pin!(shutdown);
    tokio::select! {
        // Closed, timed out, or broken: nothing to report.
        _ = connection.as_mut() => return,
        () = &mut shutdown => {}
    }
    connection.as_mut().graceful_shutdown();
    let _ = connection.await;
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use axum::body::Body;
    use axum::http::{Method, Request, StatusCode, header};
    use crisp_core::Credentials;
    use http_body_util::BodyExt;
    use serde_json::{Value, json};
    use tower::ServiceExt;

    use super::*;
    use crate::app::{Ping, Shared};
    use crate::faults::Faults;
    use crate::state::Seed;

    fn app() -> (App, Seed) {
        let ping = Ping {
            interval: Duration::from_secs(25),
            timeout: Duration::from_secs(20),
        };
        let (app, seed, _) = Shared::new(
            Credentials::plugin("id", "key"),
            "http://127.0.0.1:1".to_owned(),
            ping,
            crate::app::Limits::default(),
        )
        .unwrap();
        (app, seed)
    }

    /// Sends one request, authenticated unless `auth` is false; status, headers, JSON body.
    async fn send(
        app: &App,
        method: Method,
        path: &str,
        body: Option<&str>,
        auth: bool,
    ) -> (StatusCode, http::HeaderMap, Value) {
        let mut request = Request::builder().method(method).uri(path);
        if auth {
            request = request
                .header(header::AUTHORIZATION, "Basic aWQ6a2V5")
                .header("x-crisp-tier", "plugin");
        }
        let request = request
            .body(body.map_or_else(Body::empty, |b| Body::from(b.to_owned())))
            .unwrap();
        let response = router(app).oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        };
        (status, headers, value)
    }

    #[tokio::test]
    async fn answers_in_the_crisp_envelope() {
        let (app, seed) = app();
        let path = format!("/v1/website/{}", seed.website_id);
        let (status, headers, body) = send(&app, Method::GET, &path, None, true).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json")
        );
        assert_eq!(body["error"], false);
        assert_eq!(body["reason"], "resolved");
        assert_eq!(body["data"]["website_id"], seed.website_id);
    }

    #[tokio::test]
    async fn refuses_missing_or_wrong_credentials() {
        let (app, seed) = app();
        let path = format!("/v1/website/{}", seed.website_id);
        let (status, _, body) = send(&app, Method::GET, &path, None, false).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            body,
            json!({"error": true, "reason": "invalid_session", "data": {}})
        );
        let request = Request::builder()
            .uri(&path)
            .header(header::AUTHORIZATION, "Basic aWQ6a2V5")
            .header("x-crisp-tier", "nonsense")
            .body(Body::empty())
            .unwrap();
        let response = router(&app).oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        // Unknown routes are behind authentication too.
        let (status, _, _) = send(&app, Method::GET, "/v1/nowhere", None, false).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }

    #[tokio::test]
    async fn unknown_routes_and_methods_are_404_not_found() {
        let (app, seed) = app();
        for (method, path) in [
            (Method::GET, "/v1/nowhere".to_owned()),
            (Method::GET, "/elsewhere".to_owned()),
            (Method::PUT, format!("/v1/website/{}", seed.website_id)),
            (Method::GET, "/v1/website".to_owned()),
        ] {
            let (status, _, body) = send(&app, method.clone(), &path, None, true).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
            assert_eq!(body["reason"], "route_error", "{method} {path}");
        }
    }

    #[tokio::test]
    async fn malformed_bodies_are_400_with_a_message() {
        let (app, seed) = app();
        let session = app
            .change(|store, _| store.create_conversation(&seed.website_id, None, 1))
            .unwrap();
        let base = format!("/v1/website/{}/conversation/{session}", seed.website_id);
        for (method, path, body) in [
            (Method::POST, format!("{base}/message"), "{not json"),
            (
                Method::POST,
                format!("{base}/message"),
                r#"{"type":"text"}"#,
            ),
            (
                Method::PATCH,
                format!("{base}/state"),
                r#"{"state":"sleeping"}"#,
            ),
            (Method::PATCH, format!("{base}/state"), "[]"),
            (Method::PATCH, format!("{base}/meta"), r#"{"email":"nope"}"#),
            (Method::PATCH, format!("{base}/routing"), "{}"),
            (Method::GET, format!("{base}/message/abc"), ""),
            (
                Method::GET,
                format!(
                    "/v1/website/{}/conversations/1?search_type=filter&search_query=x",
                    seed.website_id
                ),
                "",
            ),
        ] {
            let (status, _, reply) = send(&app, method.clone(), &path, Some(body), true).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{method} {path} {body}");
            assert_eq!(reply["reason"], "invalid_data");
            assert!(reply["data"]["message"].is_string(), "{reply}");
        }
        let huge = format!(r#"{{"state":"{}"}}"#, "x".repeat(crate::envelope::MAX_BODY));
        let (status, _, _) = send(
            &app,
            Method::PATCH,
            &format!("{base}/state"),
            Some(&huge),
            true,
        )
        .await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[tokio::test]
    async fn head_checks_existence_without_a_body() {
        let (app, seed) = app();
        let session = app
            .change(|store, _| store.create_conversation(&seed.website_id, None, 1))
            .unwrap();
        let path = format!("/v1/website/{}/conversation/{session}", seed.website_id);
        let (status, _, body) = send(&app, Method::HEAD, &path, None, true).await;
        assert_eq!((status, body), (StatusCode::OK, Value::Null));
        let missing = format!("/v1/website/{}/conversation/session_nope", seed.website_id);
        let (status, _, body) = send(&app, Method::HEAD, &missing, None, true).await;
        assert_eq!((status, body), (StatusCode::NOT_FOUND, Value::Null));
    }

    #[tokio::test]
    async fn faults_come_before_authentication_and_are_logged() {
        let (app, seed) = app();
        Faults::new(Arc::clone(&app)).fail_next(1, 429);
        let path = format!("/v1/website/{}", seed.website_id);
        let (status, headers, body) = send(&app, Method::GET, &path, None, false).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(headers[header::RETRY_AFTER], "1");
        assert_eq!(body["reason"], "rate_limited");
        let (status, _, _) = send(&app, Method::GET, &path, None, true).await;
        assert_eq!(status, StatusCode::OK);
        let log = crate::app::lock(&app.requests).to_vec();
        assert_eq!(log.iter().map(|r| r.status).collect::<Vec<_>>(), [429, 200]);
        assert_eq!(log[1].path, path);
    }

    #[tokio::test]
    async fn the_realtime_endpoint_needs_engine_io_4_over_websocket() {
        let (app, _) = app();
        for (query, code) in [
            ("EIO=3&transport=websocket", 5),
            ("EIO=4&transport=polling", 0),
            ("EIO=4&transport=websocket", 3),
        ] {
            let (status, _, body) = send(
                &app,
                Method::GET,
                &format!("/socket.io/?{query}"),
                None,
                false,
            )
            .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
            assert_eq!(body["code"], code, "{query}");
        }
    }
}
