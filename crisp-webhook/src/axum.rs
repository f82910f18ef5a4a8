//! An axum extractor for verified deliveries (feature `axum`).
//!
//! ```no_run
//! use axum::{Router, routing::post};
//! use crisp_webhook::Verifier;
//! use crisp_webhook::axum::CrispWebhook;
//!
//! async fn hook(CrispWebhook(webhook): CrispWebhook) -> &'static str {
//!     println!("{}", webhook.event.name());
//!     "ok"
//! }
//!
//! let app: Router = Router::new()
//!     .route("/crisp", post(hook))
//!     .with_state(Verifier::new("signing-secret"));
//! ```
//!
//! The handler only runs for deliveries that pass: a bad or missing signature or a stale
//! timestamp is answered `401`, a body over the limit `413`, a malformed body `400`, each
//! with `{"error": "<code>"}` and nothing from the request.
//!
//! # Dropping redeliveries
//! [`UniqueWebhook`] does the same and then asks a [`Deduplicator`] (from the state,
//! through [`Dedup`]) whether the delivery is new: a **duplicate is answered `200`
//! `{"duplicate":true}` without calling the handler** (so Crisp stops retrying it), and a
//! store that cannot answer `503` `{"error":"dedup_unavailable"}` (so Crisp tries again
//! later). [`WebhookState`] holds both a verifier and a deduplicator:
//!
//! ```no_run
//! use std::sync::Arc;
//!
//! use axum::{Router, routing::post};
//! use crisp_webhook::Verifier;
//! use crisp_webhook::axum::{UniqueWebhook, WebhookState};
//! use crisp_webhook::dedup::MemoryDedup;
//!
//! async fn hook(UniqueWebhook { webhook, .. }: UniqueWebhook) -> &'static str {
//!     println!("{} (attempt {:?})", webhook.event.name(), webhook.attempt_count());
//!     "ok"
//! }
//!
//! let state = WebhookState::new(Verifier::new("signing-secret"), Arc::new(MemoryDedup::new()));
//! let app: Router = Router::new().route("/crisp", post(hook)).with_state(state);
//! ```
//!
//! The key is claimed before the handler runs; a handler whose work failed, and that wants
//! Crisp's retry to be processed, calls [`Deduplicator::forget`] with the `key` it was
//! given and answers an error status.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRef, FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http::StatusCode;

use crate::dedup::{DedupError, Deduplicator, Delivery, DeliveryKey};
use crate::error::WebhookError;
use crate::parse::Webhook;
use crate::verify::{Verifier, log_rejected, signature_headers};

/// A verified and parsed delivery. Needs a [`Verifier`] in the router's state (directly,
/// or through `FromRef`).
#[derive(Clone, Debug)]
pub struct CrispWebhook(pub Webhook);

/// Why the extractor refused a request; answers 401, 413 or 400.
#[derive(Clone, Debug)]
pub struct WebhookRejection(pub WebhookError);

impl WebhookRejection {
    /// The status this rejection answers with.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        match self.0 {
            WebhookError::BodyTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ref e if e.is_authentication() => StatusCode::UNAUTHORIZED,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        json_response(self.status(), format!(r#"{{"error":"{}"}}"#, self.0.code()))
    }
}

/// A response with `status` and a JSON `body`.
fn json_response(status: StatusCode, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

impl<S> FromRequest<S> for CrispWebhook
where
    S: Send + Sync,
    Verifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Verifier::from_ref(state);
        let (webhook, _) = extract(request, &verifier).await?;
        Ok(CrispWebhook(webhook))
    }
}

/// Reads, verifies and parses a delivery; gives the raw body too (for the dedup key).
async fn extract(
    request: Request,
    verifier: &Verifier,
) -> Result<(Webhook, axum::body::Bytes), WebhookRejection> {
    let (parts, body) = request.into_parts();
    let limit = verifier.max_body();
    let bytes = axum::body::to_bytes(body, limit.saturating_add(1))
        .await
        .map_err(|_| {
            let error = WebhookError::BodyTooLarge {
                size: limit.saturating_add(1),
                limit,
            };
            log_rejected(&error, None);
            WebhookRejection(error)
        })?;
    let (timestamp, signature) = signature_headers(&parts.headers).map_err(WebhookRejection)?;
    let mut webhook = verifier
        .verify_and_parse(timestamp, signature, &bytes)
        .map_err(WebhookRejection)?;
    webhook.delivery = Delivery::from_headers(&parts.headers);
    Ok((webhook, bytes))
}

/// The deduplicator [`UniqueWebhook`] asks, in the router's state (directly, or through
/// `FromRef`).
#[derive(Clone, Debug)]
pub struct Dedup(pub Arc<dyn Deduplicator>);

/// A router state with a [`Verifier`] and a [`Dedup`]: what [`UniqueWebhook`] needs.
#[derive(Clone, Debug)]
pub struct WebhookState {
    /// Verifies the deliveries.
    pub verifier: Verifier,
    /// Drops the redeliveries.
    pub dedup: Dedup,
}

impl WebhookState {
    /// A state with `verifier` and `dedup`.
    pub fn new(verifier: Verifier, dedup: Arc<dyn Deduplicator>) -> Self {
        WebhookState {
            verifier,
            dedup: Dedup(dedup),
        }
    }
}

impl FromRef<WebhookState> for Verifier {
    fn from_ref(state: &WebhookState) -> Self {
        state.verifier.clone()
    }
}

impl FromRef<WebhookState> for Dedup {
    fn from_ref(state: &WebhookState) -> Self {
        state.dedup.clone()
    }
}

/// A verified and parsed delivery seen for the first time. Needs a [`Verifier`] and a
/// [`Dedup`] in the router's state (e.g. [`WebhookState`]); a redelivery is answered `200`
/// without calling the handler (see [the module](self#dropping-redeliveries)).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UniqueWebhook {
    /// The delivery.
    pub webhook: Webhook,
    /// Its dedup key, claimed: give it to [`Deduplicator::forget`] if the work fails and
    /// Crisp's retry should be processed.
    pub key: DeliveryKey,
}

/// Why [`UniqueWebhook`] did not call the handler.
#[derive(Debug)]
#[non_exhaustive]
pub enum UniqueRejection {
    /// The delivery did not verify or parse: 401, 413 or 400, as [`CrispWebhook`].
    Invalid(WebhookRejection),
    /// The delivery was seen before: 200 `{"duplicate":true}`.
    Duplicate(DeliveryKey),
    /// The store could not answer: 503 `{"error":"dedup_unavailable"}`.
    Unavailable(DedupError),
}

impl UniqueRejection {
    /// The status this rejection answers with.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        match self {
            UniqueRejection::Invalid(rejection) => rejection.status(),
            UniqueRejection::Duplicate(_) => StatusCode::OK,
            UniqueRejection::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl IntoResponse for UniqueRejection {
    fn into_response(self) -> Response {
        let body = match &self {
            UniqueRejection::Invalid(rejection) => {
                return rejection.clone().into_response();
            }
            UniqueRejection::Duplicate(_) => r#"{"duplicate":true}"#,
            UniqueRejection::Unavailable(_) => r#"{"error":"dedup_unavailable"}"#,
        };
        json_response(self.status(), body)
    }
}

impl<S> FromRequest<S> for UniqueWebhook
where
    S: Send + Sync,
    Verifier: FromRef<S>,
    Dedup: FromRef<S>,
{
    type Rejection = UniqueRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Verifier::from_ref(state);
        let Dedup(dedup) = Dedup::from_ref(state);
        let (webhook, body) = extract(request, &verifier)
            .await
            .map_err(UniqueRejection::Invalid)?;
        let key = DeliveryKey::new(webhook.hook_origin(), &body);
        match dedup.first_time(&key).await {
            Ok(true) => Ok(UniqueWebhook { webhook, key }),
            Ok(false) => Err(UniqueRejection::Duplicate(key)),
            Err(error) => Err(UniqueRejection::Unavailable(error)),
        }
    }
}
