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

use axum::body::Body;
use axum::extract::{FromRef, FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http::StatusCode;

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
        let body = format!(r#"{{"error":"{}"}}"#, self.0.code());
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = self.status();
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        response
    }
}

impl<S> FromRequest<S> for CrispWebhook
where
    S: Send + Sync,
    Verifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Verifier::from_ref(state);
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
        verifier
            .verify_and_parse(timestamp, signature, &bytes)
            .map(CrispWebhook)
            .map_err(WebhookRejection)
    }
}
