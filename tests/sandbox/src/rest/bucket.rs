//! The bucket: `POST /v1/bucket/url/generate`, the signed upload URL it announces over
//! the realtime hub, and the upload and download routes of that URL.
//!
//! As with Crisp, generating answers at once and the URLs arrive as the realtime event
//! `bucket:url:<namespace>:generated` (with the request's `id`), to the sockets subscribed
//! to it for the website of the request's `resource` (the seeded website when the
//! resource is not a website). The event goes over RTM only, not to web hooks. Its
//! `url.signed` is `PUT /bucket/upload/{key}?signature=…` on the sandbox, outside `/v1`
//! and without Crisp authentication (the signature is the credential), which behaves as a
//! presigned S3 URL does:
//!
//! - a wrong or missing `signature` is 403, an unknown key 404;
//! - the request must be one whole-body `PUT`: a `Content-Length` is required (411 for a
//!   chunked body), the body must have that length (400), and the URL takes one upload
//!   only (a second `PUT` is 403: a file sent as several `PUT`s would otherwise keep only
//!   its last part);
//! - `Content-Type` must be the type declared when generating: missing is 403 (it is
//!   part of the signature), another type 400;
//! - at most [`FILE_LIMIT`] bytes (400 `EntityTooLarge`, announced as `policy.size_limit`).
//!
//! `url.resource` is `GET /bucket/file/{key}/{name}`, serving the stored bytes with their
//! type (404 until uploaded). At most [`MAX_URLS`] URLs and [`MAX_STORED`] bytes are kept;
//! past that the oldest are forgotten.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use bytes::Bytes;
use crisp_types::bucket::url::{BucketNamespace, BucketUrlRequest};
use serde_json::{Value, json};

use crate::app::{App, lock};
use crate::clock::now_ms;
use crate::envelope::{ApiError, JsonBody, Reply, done};
use crate::hub::EmittedEvent;
use crate::query::Query;

/// The largest file the upload URLs take, in bytes (10 MiB).
pub(crate) const FILE_LIMIT: u64 = 10 * 1024 * 1024;
/// Upload URLs kept (generated, uploaded or not).
pub(crate) const MAX_URLS: usize = 1024;
/// Bytes of uploaded files kept (64 MiB).
pub(crate) const MAX_STORED: usize = 64 * 1024 * 1024;
/// How long the body of an upload may take to arrive.
const BODY_TIMEOUT: Duration = Duration::from_secs(60);

/// The upload URLs and the files uploaded to them.
#[derive(Debug, Default)]
pub(crate) struct Bucket {
    files: Mutex<Files>,
}

#[derive(Debug, Default)]
struct Files {
    by_key: BTreeMap<String, Slot>,
    /// Keys, oldest first.
    order: VecDeque<String>,
    stored: usize,
}

#[derive(Debug)]
struct Slot {
    signature: String,
    mime: String,
    body: Option<Bytes>,
}

impl Files {
    fn insert(&mut self, key: String, slot: Slot) {
        while self.order.len() >= MAX_URLS {
            self.forget_oldest();
        }
        self.order.push_back(key.clone());
        self.by_key.insert(key, slot);
    }

    fn forget_oldest(&mut self) {
        if let Some(key) = self.order.pop_front() {
            if let Some(Slot {
                body: Some(body), ..
            }) = self.by_key.remove(&key)
            {
                self.stored -= body.len();
            }
        }
    }
}

/// `POST /v1/bucket/url/generate` (authenticated, with the other REST routes).
pub(crate) fn routes() -> Router<App> {
    Router::new().route("/v1/bucket/url/generate", post(generate))
}

/// The routes of the URLs: no Crisp authentication, no fault switches, not logged.
pub(crate) fn files() -> Router<App> {
    Router::new()
        .route("/bucket/upload/{key}", put(upload))
        .route("/bucket/file/{key}/{name}", get(download))
}

fn random_hex() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

async fn generate(State(app): State<App>, JsonBody(request): JsonBody<BucketUrlRequest>) -> Reply {
    if matches!(request.namespace, BucketNamespace::Unknown(_)) {
        return Err(ApiError::invalid_field(
            "namespace",
            format!("unknown bucket namespace {:?}", request.namespace.as_str()),
        ));
    }
    if request.file.name.trim().is_empty() {
        return Err(ApiError::invalid_field(
            "file.name",
            "the file name is empty",
        ));
    }
    let mime = request.file.kind.clone();
    if HeaderValue::from_str(&mime).is_err() || !mime.contains('/') {
        return Err(ApiError::invalid_field(
            "file.type",
            "the file type is not a MIME type",
        ));
    }
    let resource = request.resource.clone().unwrap_or_default();
    let resource_id = resource.id.clone().or_else(|| resource.identifier.clone());
    let website_id = app.read(|store| match (resource.kind.as_deref(), &resource_id) {
        (Some("website"), Some(id)) => store.website(id).map(|w| w.website_id.clone()),
        (Some("website"), None) => Err(ApiError::invalid_field(
            "resource.id",
            "a website resource needs its id",
        )),
        // Other resources (an operator's avatar…) are announced to the first website.
        _ => store
            .websites
            .values()
            .min_by_key(|w| w.created_at)
            .map(|w| w.website_id.clone())
            .ok_or_else(|| ApiError::not_found("website_not_found")),
    })?;

    let key = random_hex();
    let signature = random_hex();
    let name: String = form_urlencoded::byte_serialize(request.file.name.as_bytes()).collect();
    let signed = format!("{}/bucket/upload/{key}?signature={signature}", app.origin);
    let resource_url = format!("{}/bucket/file/{key}/{name}", app.origin);
    lock(&app.bucket.files).insert(
        key,
        Slot {
            signature,
            mime,
            body: None,
        },
    );
    let namespace = request.namespace.as_str();
    let mut data = json!({
        "type": namespace,
        "resource": {"type": resource.kind, "id": resource_id},
        "policy": {"size_limit": FILE_LIMIT},
        "url": {"signed": signed, "resource": resource_url},
    });
    for (field, value) in [
        ("id", &request.id),
        ("identifier", &request.identifier),
        ("from", &request.from),
    ] {
        if let Some(value) = value {
            data[field] = Value::String(value.clone());
        }
    }
    app.hub.publish_realtime(EmittedEvent {
        name: format!("bucket:url:{namespace}:generated"),
        website_id,
        data,
        timestamp: now_ms(),
    });
    done("dispatched")
}

/// An S3-like refusal: the status and a short XML error.
fn refuse(status: StatusCode, code: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    );
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    response
}

/// Constant-time equality of two strings (the signature).
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

async fn upload(
    State(app): State<App>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
    request: Request,
) -> Response {
    let signature = Query::parse(raw.as_deref())
        .get("signature")
        .unwrap_or_default()
        .to_owned();
    let expected_mime = {
        let files = lock(&app.bucket.files);
        let Some(slot) = files.by_key.get(&key) else {
            return refuse(StatusCode::NOT_FOUND, "NoSuchUpload", "unknown upload URL");
        };
        if !same(&slot.signature, &signature) {
            return refuse(
                StatusCode::FORBIDDEN,
                "SignatureDoesNotMatch",
                "the signature does not match",
            );
        }
        if slot.body.is_some() {
            return refuse(
                StatusCode::FORBIDDEN,
                "AccessDenied",
                "this upload URL was used already: send the whole file in one PUT",
            );
        }
        slot.mime.clone()
    };
    let headers = request.headers();
    let Some(content_type) = headers.get(header::CONTENT_TYPE) else {
        return refuse(
            StatusCode::FORBIDDEN,
            "SignatureDoesNotMatch",
            "Content-Type is missing: it is part of the signature",
        );
    };
    if content_type.as_bytes() != expected_mime.as_bytes() {
        return refuse(
            StatusCode::BAD_REQUEST,
            "InvalidContentType",
            "Content-Type is not the type declared when the URL was generated",
        );
    }
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let Some(length) = length else {
        return refuse(
            StatusCode::LENGTH_REQUIRED,
            "MissingContentLength",
            "send the whole file in one PUT, with its Content-Length",
        );
    };
    if length > FILE_LIMIT {
        return refuse(
            StatusCode::BAD_REQUEST,
            "EntityTooLarge",
            "the file is larger than the upload policy allows",
        );
    }
    // `length` is at most FILE_LIMIT, which fits a usize.
    let limit = usize::try_from(length).unwrap_or(usize::MAX);
    let read = axum::body::to_bytes(request.into_body(), limit);
    let body = match tokio::time::timeout(BODY_TIMEOUT, read).await {
        Ok(Ok(body)) if body.len() == limit => body,
        Ok(_) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "IncompleteBody",
                "the body does not have the length of its Content-Length",
            );
        }
        Err(_) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "RequestTimeout",
                "the body did not arrive in time",
            );
        }
    };
    let mut files = lock(&app.bucket.files);
    let files = &mut *files;
    let Some(slot) = files.by_key.get_mut(&key) else {
        return refuse(StatusCode::NOT_FOUND, "NoSuchUpload", "unknown upload URL");
    };
    if slot.body.is_some() {
        return refuse(
            StatusCode::FORBIDDEN,
            "AccessDenied",
            "this upload URL was used already: send the whole file in one PUT",
        );
    }
    files.stored += body.len();
    slot.body = Some(body);
    // Keep the stored bytes bounded: forget the oldest files (never the one just stored,
    // the newest, unless it is alone over the limit, which FILE_LIMIT rules out).
    while files.stored > MAX_STORED && files.order.len() > 1 {
        files.forget_oldest();
    }
    let mut response = StatusCode::OK.into_response();
    if let Ok(etag) = HeaderValue::from_str(&format!("\"{key}\"")) {
        response.headers_mut().insert(header::ETAG, etag);
    }
    response
}

async fn download(State(app): State<App>, Path((key, _name)): Path<(String, String)>) -> Response {
    let files = lock(&app.bucket.files);
    match files.by_key.get(&key) {
        Some(Slot {
            mime,
            body: Some(body),
            ..
        }) => {
            let mut response = Response::new(Body::from(body.clone()));
            if let Ok(mime) = HeaderValue::from_str(mime) {
                response.headers_mut().insert(header::CONTENT_TYPE, mime);
            }
            response
        }
        _ => refuse(StatusCode::NOT_FOUND, "NoSuchKey", "no file here"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
        assert!(!same("", "a"));
    }

    #[test]
    fn the_bucket_stays_bounded() {
        let mut files = Files::default();
        for i in 0..MAX_URLS + 5 {
            files.insert(
                format!("k{i}"),
                Slot {
                    signature: String::new(),
                    mime: "text/plain".to_owned(),
                    body: Some(Bytes::from_static(b"abc")),
                },
            );
            files.stored += 3;
        }
        assert_eq!(files.by_key.len(), MAX_URLS);
        assert_eq!(files.order.len(), MAX_URLS);
        assert_eq!(files.stored, MAX_URLS * 3);
        assert!(!files.by_key.contains_key("k0"));
    }
}
