//! The axum extractor end to end: statuses for every kind of rejection, and the handler
//! only sees verified deliveries.

#![cfg(feature = "axum")]

use std::time::{Duration, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::routing::post;
use crisp_webhook::axum::CrispWebhook;
use crisp_webhook::{FixedClock, Verifier, sign};
use http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

const SECRET: &str = "plugin-signing-secret";
const NOW_MS: u64 = 1_700_000_000_000;
const BODY: &str = r#"{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"message:send","data":{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_1","type":"text","from":"user","origin":"chat","content":"Hello","fingerprint":1,"timestamp":1700000000000},"timestamp":1700000000000}"#;

async fn handler(CrispWebhook(webhook): CrispWebhook) -> String {
    format!(
        "{} typed={}",
        webhook.event.name(),
        webhook.event.is_typed()
    )
}

fn app() -> Router {
    let verifier = Verifier::new(SECRET)
        .clock(FixedClock(UNIX_EPOCH + Duration::from_millis(NOW_MS)))
        .max_body_size(4096);
    Router::new()
        .route("/crisp", post(handler))
        .with_state(verifier)
}

async fn send(
    timestamp: Option<&str>,
    signature: Option<String>,
    body: &str,
) -> (StatusCode, String) {
    let mut request = Request::post("/crisp").header("content-type", "application/json");
    if let Some(timestamp) = timestamp {
        request = request.header("x-crisp-request-timestamp", timestamp);
    }
    if let Some(signature) = signature {
        request = request.header("x-crisp-signature", signature);
    }
    let response = app()
        .oneshot(request.body(Body::from(body.to_owned())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn verified_delivery_reaches_the_handler() {
    let ts = NOW_MS.to_string();
    let (status, body) = send(Some(&ts), Some(sign(SECRET, &ts, BODY.as_bytes())), BODY).await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, "message:send typed=true")
    );
}

#[tokio::test]
async fn authentication_failures_are_401() {
    let ts = NOW_MS.to_string();
    let cases = [
        (
            None,
            Some(sign(SECRET, &ts, BODY.as_bytes())),
            "missing_header",
        ),
        (Some(ts.as_str()), None, "missing_header"),
        (
            Some(ts.as_str()),
            Some("zz".to_owned()),
            "bad_signature_encoding",
        ),
        (
            Some(ts.as_str()),
            Some(sign("other", &ts, BODY.as_bytes())),
            "signature_mismatch",
        ),
    ];
    for (timestamp, signature, code) in cases {
        let (status, body) = send(timestamp, signature, BODY).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{code}");
        assert_eq!(body, format!(r#"{{"error":"{code}"}}"#));
    }
    let stale = (NOW_MS - 3_600_000).to_string();
    let (status, body) = send(
        Some(&stale),
        Some(sign(SECRET, &stale, BODY.as_bytes())),
        BODY,
    )
    .await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::UNAUTHORIZED, r#"{"error":"stale_timestamp"}"#)
    );
}

#[tokio::test]
async fn malformed_but_signed_bodies_are_400() {
    let ts = NOW_MS.to_string();
    for (body, code) in [
        ("not json", "malformed_json"),
        (r#"{"event":5,"data":{}}"#, "event_not_string"),
        (r#"{"event":"message:send","data":null}"#, "data_not_object"),
    ] {
        let (status, answer) =
            send(Some(&ts), Some(sign(SECRET, &ts, body.as_bytes())), body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(answer, format!(r#"{{"error":"{code}"}}"#));
    }
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let ts = NOW_MS.to_string();
    let body = format!(r#"{{"event":"x","data":{{"pad":"{}"}}}}"#, "a".repeat(5000));
    let (status, answer) = send(Some(&ts), Some(sign(SECRET, &ts, body.as_bytes())), &body).await;
    assert_eq!(
        (status, answer.as_str()),
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            r#"{"error":"body_too_large"}"#
        )
    );
}
