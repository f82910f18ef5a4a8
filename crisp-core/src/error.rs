//! The one error type of the client.
//!
//! [`Error`] is a struct with a [`kind`](Error::kind) (a `#[non_exhaustive]` enum) and an
//! optional boxed source. Third-party errors (reqwest, hyper, serde) only ever appear as
//! sources. `Display` always shows the HTTP status and Crisp's `reason` when there is one,
//! and never shows credentials.
//!
//! An error from a REST call also carries a [`CallInfo`] ([`Error::call`]): the method
//! name, verb and route template of the call, how many attempts were made and how long
//! the call took in all; `Display` then starts with the call and ends with the count:
//!
//! ```text
//! get_conversation (GET /website/{website_id}/conversation/{session_id}): 404 session_not_found, 1 attempt in 12 ms
//! get_conversation (GET /website/{website_id}/conversation/{session_id}): timed out after 10 s per attempt; 3 attempts in 30.2 s
//! ```
//!
//! Some errors also carry a [`Hint`] ([`Error::hint`]) pointing at a likely cause (a base
//! URL without `/v1/`, a token pair or tier that does not match), shown after `hint:`.

use std::error::Error as StdError;
use std::fmt;
use std::time::{Duration, SystemTime};

use http::StatusCode;

use crate::credentials::Tier;
use crate::transport::{TransportError, TransportErrorKind};

/// Result alias used across the client.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from the Crisp API or on the way to it.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    source: Option<Box<dyn StdError + Send + Sync>>,
    /// The call and the hint, boxed together so that `Result<T, Error>` stays small.
    context: Option<Box<Context>>,
}

#[derive(Debug, Default)]
struct Context {
    call: Option<CallInfo>,
    hint: Option<Hint>,
}

/// Which call an error came from, how often it was tried and how long it took
/// ([`Error::call`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallInfo {
    /// The Rust name of the library method (`get_conversation`), when the call was made
    /// through one whose verb and route name it unambiguously; `None` for requests made
    /// with `Client::raw` or `Client::request`.
    pub method_name: Option<&'static str>,
    /// The HTTP method.
    pub verb: http::Method,
    /// The route template (`/website/{website_id}/conversation/{session_id}`); the values
    /// of its placeholders are not kept here.
    pub route: &'static str,
    /// How many attempts were sent (0 when the request was refused before sending, e.g.
    /// an [`ErrorKind::InvalidArgument`]).
    pub attempts: u32,
    /// The time from the start of the call until it failed, retries and their delays
    /// included.
    pub elapsed: Duration,
    /// The timeout of each attempt, when one was set.
    pub attempt_timeout: Option<Duration>,
}

impl CallInfo {
    /// The facts of a call of `verb` on `route` (no attempt made yet, no time spent).
    #[must_use]
    pub fn new(method_name: Option<&'static str>, verb: http::Method, route: &'static str) -> Self {
        CallInfo {
            method_name,
            verb,
            route,
            attempts: 0,
            elapsed: Duration::ZERO,
            attempt_timeout: None,
        }
    }

    /// Sets the number of attempts.
    #[must_use]
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    /// Sets the total elapsed time.
    #[must_use]
    pub fn elapsed(mut self, elapsed: Duration) -> Self {
        self.elapsed = elapsed;
        self
    }

    /// Sets the timeout of each attempt.
    #[must_use]
    pub fn attempt_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.attempt_timeout = timeout;
        self
    }
}

impl fmt::Display for CallInfo {
    /// `get_conversation (GET /website/{website_id}/conversation/{session_id})`, or the
    /// verb and route alone when there is no method name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.method_name {
            Some(name) => write!(f, "{name} ({} {})", self.verb, self.route),
            None => write!(f, "{} {}", self.verb, self.route),
        }
    }
}

/// A pointer to the likely cause of a common mistake ([`Error::hint`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Hint {
    /// A 404 `route_error` while the base URL's path has no `/v1/` segment: Crisp's REST
    /// API lives under `https://api.crisp.chat/v1/`.
    BaseUrlWithoutV1 {
        /// The base URL the request went to.
        base_url: String,
    },
    /// A 401: the identifier and key may not be a pair, or the tier sent in
    /// `X-Crisp-Tier` may not be the kind of token they are.
    CheckCredentials {
        /// The tier the client sent, or `None` when it sent no credentials.
        tier: Option<Tier>,
    },
}

impl fmt::Display for Hint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hint::BaseUrlWithoutV1 { base_url } => write!(
                f,
                "the base URL `{base_url}` has no `/v1/` in its path; Crisp's API is at `https://api.crisp.chat/v1/`"
            ),
            Hint::CheckCredentials { tier: Some(tier) } => write!(
                f,
                "check that the identifier and key are one token pair, and that the tier `{tier}` (X-Crisp-Tier) is the kind of token they are (plugin, website or user)"
            ),
            Hint::CheckCredentials { tier: None } => f.write_str(
                "the client sent no credentials; give them with `ClientBuilder::credentials`",
            ),
        }
    }
}

/// `12 ms`, `30.2 s`, `10 s`.
fn fmt_duration(f: &mut fmt::Formatter<'_>, duration: Duration) -> fmt::Result {
    if duration < Duration::from_millis(1) {
        write!(f, "{} µs", duration.as_micros())
    } else if duration < Duration::from_secs(1) {
        write!(f, "{} ms", duration.as_millis())
    } else {
        let tenths = (duration.as_millis() + 50) / 100;
        if tenths % 10 == 0 {
            write!(f, "{} s", tenths / 10)
        } else {
            write!(f, "{}.{} s", tenths / 10, tenths % 10)
        }
    }
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Crisp (or a proxy in front of it) answered with an error status.
    Api(ApiError),
    /// Crisp answered 429 Too Many Requests or 420 Enhance Your Calm.
    RateLimited {
        /// The error as Crisp sent it.
        error: ApiError,
        /// The delay Crisp asked for in `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
    },
    /// The response did not have the shape the method expects.
    Decode(DecodeError),
    /// The request could not be exchanged with the server.
    Transport {
        /// The kind of transport failure.
        kind: TransportErrorKind,
    },
    /// No response arrived within the timeout.
    Timeout {
        /// The timeout that ran out, when the client set it.
        after: Option<Duration>,
    },
    /// An argument cannot be sent (an empty, `.` or `..` path segment, a value that does
    /// not serialize, a base URL with credentials or a query in it); nothing was sent.
    InvalidArgument {
        /// What is wrong with the argument.
        message: String,
    },
    /// The response body is larger than the limit
    /// ([`ClientOptions::max_response_body`](crate::ClientOptions::max_response_body),
    /// 32 MiB by default, or the per-request override). Found from `Content-Length` before
    /// the body is read, or while reading it, so at most about `limit` bytes are held.
    /// Not transient: never retried.
    ResponseTooLarge {
        /// The limit in bytes.
        limit: u64,
        /// The length the server declared in `Content-Length`, when it declared one.
        content_length: Option<u64>,
    },
    /// The server answered with a redirect (any 3xx). Crisp's API never redirects, and the
    /// client never follows one: following it would re-send the request (its JSON body, or
    /// a POST turned into a GET) to wherever the server points. Not transient: never
    /// retried.
    Redirect {
        /// The 3xx status.
        status: StatusCode,
        /// The `Location` header, when there was one (credentials in it are redacted, and
        /// it is cut at 512 bytes).
        location: Option<String>,
    },
    /// The token's daily request quota, as counted by the client's rate limiter, is used
    /// up and the limiter was told to fail rather than wait (`OnExhausted::Fail` in
    /// `crisp_rest::limit`); nothing was sent. Not transient: never retried.
    QuotaExhausted {
        /// The quota in requests per day.
        limit: u64,
        /// When the quota resets (the next UTC midnight), by this machine's clock.
        resets_at: SystemTime,
    },
    /// The rate limiter could not answer, e.g. its shared store (Redis) is unreachable or
    /// did not answer within its command timeout; nothing was sent. The source, when
    /// there is one, is the store's error. Not retried by the retry policy.
    Limiter {
        /// What went wrong, without credentials or addresses with passwords.
        message: String,
    },
}

/// An error status from the API, with Crisp's `reason` (or a synthetic one when the body
/// was not a Crisp envelope, e.g. an HTML page from a proxy or a HEAD response).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// Crisp's `reason` (e.g. `not_found`), or `http_error` / `route_error` /
    /// `server_error` when the body had none.
    pub reason: String,
    /// Crisp's `data.message`, when present.
    pub message: Option<String>,
    /// The start of the response body, for debugging (at most 256 bytes, lossy UTF-8).
    pub body_excerpt: String,
}

/// A response body that could not be decoded into the expected type.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status of the response.
    pub status: StatusCode,
    /// The JSON path where decoding failed, e.g. `data.meta.email` (`.` for the root).
    pub path: String,
    /// What the decoder expected or found.
    pub message: String,
    /// The start of the response body (at most 256 bytes, lossy UTF-8).
    pub body_excerpt: String,
}

/// How many bytes of a body an error keeps.
pub(crate) const EXCERPT_LEN: usize = 256;

/// The first [`EXCERPT_LEN`] bytes of `body` as text, cut on a character boundary.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(EXCERPT_LEN)];
    let text = String::from_utf8_lossy(cut);
    let mut text = text.into_owned();
    if body.len() > EXCERPT_LEN {
        text.push('…');
    }
    text
}

impl Error {
    /// An error of `kind` with no source.
    #[must_use]
    pub fn new(kind: ErrorKind) -> Self {
        Error {
            kind,
            source: None,
            context: None,
        }
    }

    /// An error of `kind` caused by `source`.
    pub fn with_source(
        kind: ErrorKind,
        source: impl Into<Box<dyn StdError + Send + Sync>>,
    ) -> Self {
        Error {
            kind,
            source: Some(source.into()),
            context: None,
        }
    }

    /// An [`ErrorKind::InvalidArgument`] error.
    pub fn invalid_argument(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidArgument {
            message: message.into(),
        })
    }

    /// A timeout after `after`.
    #[must_use]
    pub fn timeout(after: Option<Duration>) -> Self {
        Error::new(ErrorKind::Timeout { after })
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn kind_mut(&mut self) -> &mut ErrorKind {
        &mut self.kind
    }

    /// Splits the error into its kind and source.
    #[must_use]
    pub fn into_parts(self) -> (ErrorKind, Option<Box<dyn StdError + Send + Sync>>) {
        (self.kind, self.source)
    }

    /// Which call the error came from, with its attempts and elapsed time; `None` for
    /// errors not made by a REST call (e.g. building a client).
    #[must_use]
    pub fn call(&self) -> Option<&CallInfo> {
        self.context.as_ref()?.call.as_ref()
    }

    /// The same error, naming the call it came from (replaces any call already set).
    #[must_use]
    pub fn with_call(mut self, call: CallInfo) -> Self {
        self.context.get_or_insert_default().call = Some(call);
        self
    }

    /// A pointer to the likely cause, when the error looks like a common mistake.
    #[must_use]
    pub fn hint(&self) -> Option<&Hint> {
        self.context.as_ref()?.hint.as_ref()
    }

    /// The same error with a hint (replaces any hint already set).
    #[must_use]
    pub fn with_hint(mut self, hint: Hint) -> Self {
        self.context.get_or_insert_default().hint = Some(hint);
        self
    }

    /// The HTTP status, when a response arrived.
    #[must_use]
    pub fn status(&self) -> Option<StatusCode> {
        match &self.kind {
            ErrorKind::Api(e) | ErrorKind::RateLimited { error: e, .. } => Some(e.status),
            ErrorKind::Decode(e) => Some(e.status),
            ErrorKind::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Crisp's `reason`, when an error response arrived.
    #[must_use]
    pub fn reason(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Api(e) | ErrorKind::RateLimited { error: e, .. } => Some(&e.reason),
            _ => None,
        }
    }

    /// The delay asked for by a rate-limited response.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        match &self.kind {
            ErrorKind::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Whether trying the same request again may succeed: transport failures (except a
    /// request the backend refused to send,
    /// [`TransportErrorKind::InvalidRequest`]), timeouts, 5xx responses and rate limiting.
    /// Whether it is *safe* to retry is the retry policy's call (it also looks at the
    /// method).
    #[must_use]
    pub fn is_transient(&self) -> bool {
        match &self.kind {
            ErrorKind::Transport { kind } => !matches!(
                kind,
                TransportErrorKind::InvalidRequest | TransportErrorKind::BodyTooLarge
            ),
            ErrorKind::Timeout { .. } | ErrorKind::RateLimited { .. } => true,
            ErrorKind::Api(e) => e.status.is_server_error(),
            ErrorKind::Decode(_)
            | ErrorKind::InvalidArgument { .. }
            | ErrorKind::ResponseTooLarge { .. }
            | ErrorKind::Redirect { .. }
            | ErrorKind::QuotaExhausted { .. }
            | ErrorKind::Limiter { .. } => false,
        }
    }

    /// An [`ErrorKind::ResponseTooLarge`] error.
    #[must_use]
    pub fn response_too_large(limit: u64, content_length: Option<u64>) -> Self {
        Error::new(ErrorKind::ResponseTooLarge {
            limit,
            content_length,
        })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.reason)?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(call) = self.call() else {
            self.fmt_kind(f)?;
            return self.fmt_hint(f);
        };
        write!(f, "{call}: ")?;
        match &self.kind {
            ErrorKind::Api(e) => write!(f, "{e}")?,
            ErrorKind::Timeout { after } => {
                f.write_str("timed out")?;
                if let Some(after) = after.or(call.attempt_timeout) {
                    f.write_str(" after ")?;
                    fmt_duration(f, after)?;
                    f.write_str(" per attempt")?;
                }
                f.write_str(";")?;
            }
            _ => self.fmt_kind(f)?,
        }
        match call.attempts {
            0 => f.write_str(" (not sent)")?,
            n => {
                let plural = if n == 1 { "" } else { "s" };
                if !matches!(self.kind, ErrorKind::Timeout { .. }) {
                    f.write_str(",")?;
                }
                write!(f, " {n} attempt{plural} in ")?;
                fmt_duration(f, call.elapsed)?;
            }
        }
        self.fmt_hint(f)
    }
}

impl Error {
    fn fmt_hint(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.hint() {
            Some(hint) => write!(f, "; hint: {hint}"),
            None => Ok(()),
        }
    }

    /// The kind alone, as errors without a call show it.
    fn fmt_kind(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Api(e) => write!(f, "crisp api error: {e}"),
            ErrorKind::RateLimited { error, retry_after } => {
                write!(f, "crisp rate limit: {error}")?;
                if let Some(delay) = retry_after {
                    write!(f, " (retry after {}s)", delay.as_secs_f64())?;
                }
                Ok(())
            }
            ErrorKind::Decode(e) => write!(
                f,
                "cannot decode crisp response ({}) at `{}`: {}",
                e.status.as_u16(),
                e.path,
                e.message
            ),
            ErrorKind::Transport { kind } => {
                write!(f, "transport error ({kind})")?;
                if let Some(source) = &self.source {
                    write!(f, ": {source}")?;
                }
                Ok(())
            }
            ErrorKind::Timeout { after: Some(after) } => {
                write!(f, "request timed out after {}s", after.as_secs_f64())
            }
            ErrorKind::Timeout { after: None } => f.write_str("request timed out"),
            ErrorKind::InvalidArgument { message } => write!(f, "invalid argument: {message}"),
            ErrorKind::ResponseTooLarge {
                limit,
                content_length,
            } => {
                write!(f, "response body larger than the limit of {limit} bytes")?;
                if let Some(length) = content_length {
                    write!(f, " (content-length {length})")?;
                }
                Ok(())
            }
            ErrorKind::Redirect { status, location } => {
                write!(
                    f,
                    "crisp api error: {} redirect, not followed",
                    status.as_u16()
                )?;
                if let Some(location) = location {
                    write!(f, " (location `{location}`)")?;
                }
                Ok(())
            }
            ErrorKind::QuotaExhausted { limit, resets_at } => {
                write!(f, "daily quota of {limit} requests used up")?;
                match resets_at.duration_since(SystemTime::now()) {
                    Ok(left) if left >= Duration::from_secs(3600) => {
                        let minutes = left.as_secs() / 60;
                        write!(f, "; resets in {} h {} min", minutes / 60, minutes % 60)
                    }
                    Ok(left) => {
                        f.write_str("; resets in ")?;
                        fmt_duration(f, left)
                    }
                    Err(_) => f.write_str("; resets now"),
                }
            }
            ErrorKind::Limiter { message } => {
                write!(f, "rate limiter unavailable: {message}")?;
                if let Some(source) = &self.source {
                    write!(f, ": {source}")?;
                }
                Ok(())
            }
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}

impl From<TransportError> for Error {
    fn from(error: TransportError) -> Self {
        let too_large = error.too_large();
        let (kind, source) = error.into_parts();
        let kind = match (kind, too_large) {
            (TransportErrorKind::Timeout, _) => ErrorKind::Timeout { after: None },
            (TransportErrorKind::BodyTooLarge, Some((limit, content_length))) => {
                ErrorKind::ResponseTooLarge {
                    limit,
                    content_length,
                }
            }
            (kind, _) => ErrorKind::Transport { kind },
        };
        Error {
            kind,
            source,
            context: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, reason: &str) -> ApiError {
        ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            reason: reason.to_owned(),
            message: None,
            body_excerpt: String::new(),
        }
    }

    #[test]
    fn display_shows_status_and_reason() {
        let e = Error::new(ErrorKind::Api(api(404, "session_not_found")));
        assert_eq!(e.to_string(), "crisp api error: 404 session_not_found");
        assert_eq!(e.status(), Some(StatusCode::NOT_FOUND));
        assert_eq!(e.reason(), Some("session_not_found"));
    }

    #[test]
    fn rate_limited_display_and_accessors() {
        let e = Error::new(ErrorKind::RateLimited {
            error: api(429, "rate_limited"),
            retry_after: Some(Duration::from_secs(2)),
        });
        assert_eq!(
            e.to_string(),
            "crisp rate limit: 429 rate_limited (retry after 2s)"
        );
        assert_eq!(e.retry_after(), Some(Duration::from_secs(2)));
        assert!(e.is_transient());
    }

    #[test]
    fn transient_classification() {
        assert!(Error::new(ErrorKind::Api(api(503, "server_error"))).is_transient());
        assert!(!Error::new(ErrorKind::Api(api(400, "invalid_data"))).is_transient());
        assert!(Error::timeout(None).is_transient());
        assert!(!Error::invalid_argument("x").is_transient());
    }

    #[test]
    fn transport_timeout_becomes_timeout() {
        let e: Error = TransportError::from_kind(TransportErrorKind::Timeout).into();
        assert!(matches!(e.kind(), ErrorKind::Timeout { .. }));
        let e: Error = TransportError::new(TransportErrorKind::Connect, "refused").into();
        assert_eq!(e.to_string(), "transport error (connect): refused");
    }

    #[test]
    fn limits_and_refusals_are_typed_and_not_transient() {
        let limit = crate::transport::BodyLimit::new(1024);
        let e: Error = TransportError::body_too_large(limit, Some(5000)).into();
        assert_eq!(
            e.kind(),
            &ErrorKind::ResponseTooLarge {
                limit: 1024,
                content_length: Some(5000)
            }
        );
        assert!(!e.is_transient());
        assert_eq!(
            e.to_string(),
            "response body larger than the limit of 1024 bytes (content-length 5000)"
        );
        let e: Error = TransportError::new(TransportErrorKind::InvalidRequest, "dot").into();
        assert!(!e.is_transient(), "a refused request is not retried");
        let e: Error = TransportError::from_kind(TransportErrorKind::BodyTooLarge).into();
        assert!(!e.is_transient());
        let e = Error::new(ErrorKind::Redirect {
            status: StatusCode::FOUND,
            location: Some("https://elsewhere/".into()),
        });
        assert!(!e.is_transient());
        assert_eq!(e.status(), Some(StatusCode::FOUND));
        assert_eq!(
            e.to_string(),
            "crisp api error: 302 redirect, not followed (location `https://elsewhere/`)"
        );
    }

    fn call(attempts: u32, elapsed: Duration) -> CallInfo {
        CallInfo::new(
            Some("get_conversation"),
            http::Method::GET,
            "/website/{website_id}/conversation/{session_id}",
        )
        .attempts(attempts)
        .elapsed(elapsed)
        .attempt_timeout(Some(Duration::from_secs(10)))
    }

    #[test]
    fn an_error_with_its_call_names_it_and_counts_attempts() {
        let e = Error::new(ErrorKind::Api(api(404, "session_not_found")))
            .with_call(call(1, Duration::from_millis(12)));
        assert_eq!(
            e.to_string(),
            "get_conversation (GET /website/{website_id}/conversation/{session_id}): \
             404 session_not_found, 1 attempt in 12 ms"
        );
        assert_eq!(e.call().map(|c| c.attempts), Some(1));
        assert_eq!(
            e.call().and_then(|c| c.method_name),
            Some("get_conversation")
        );

        let e = Error::timeout(Some(Duration::from_secs(10)))
            .with_call(call(3, Duration::from_millis(30_240)));
        assert_eq!(
            e.to_string(),
            "get_conversation (GET /website/{website_id}/conversation/{session_id}): \
             timed out after 10 s per attempt; 3 attempts in 30.2 s"
        );
        // A transport's own timeout does not know the limit; the call does.
        let e = Error::timeout(None).with_call(call(1, Duration::from_secs(10)));
        assert!(
            e.to_string()
                .ends_with("timed out after 10 s per attempt; 1 attempt in 10 s"),
            "{e}"
        );

        let e = Error::invalid_argument("empty path segment").with_call(call(0, Duration::ZERO));
        assert!(
            e.to_string()
                .ends_with("): invalid argument: empty path segment (not sent)"),
            "{e}"
        );

        let mut nameless = call(2, Duration::from_micros(700));
        nameless.method_name = None;
        let e = Error::new(ErrorKind::Api(api(503, "server_error"))).with_call(nameless);
        assert_eq!(
            e.to_string(),
            "GET /website/{website_id}/conversation/{session_id}: 503 server_error, \
             2 attempts in 700 µs"
        );
    }

    #[test]
    fn hints_follow_the_message() {
        let e = Error::new(ErrorKind::Api(api(401, "invalid_session")))
            .with_call(call(1, Duration::from_millis(5)))
            .with_hint(Hint::CheckCredentials {
                tier: Some(Tier::Website),
            });
        let text = e.to_string();
        assert!(
            text.contains(
                "401 invalid_session, 1 attempt in 5 ms; hint: check that the identifier and key"
            ),
            "{text}"
        );
        assert!(text.contains("the tier `website` (X-Crisp-Tier)"), "{text}");
        assert_eq!(
            e.hint(),
            Some(&Hint::CheckCredentials {
                tier: Some(Tier::Website)
            })
        );
        let e =
            Error::new(ErrorKind::Api(api(404, "route_error"))).with_hint(Hint::BaseUrlWithoutV1 {
                base_url: "https://api.crisp.chat/".into(),
            });
        assert_eq!(
            e.to_string(),
            "crisp api error: 404 route_error; hint: the base URL `https://api.crisp.chat/` has \
             no `/v1/` in its path; Crisp's API is at `https://api.crisp.chat/v1/`"
        );
    }

    #[test]
    fn limiter_kinds_are_not_transient_and_say_what_happened() {
        let e = Error::new(ErrorKind::QuotaExhausted {
            limit: 5000,
            resets_at: SystemTime::now() + Duration::from_secs(2 * 3600 + 5 * 60 + 30),
        });
        assert!(!e.is_transient());
        let text = e.to_string();
        assert!(
            text.starts_with("daily quota of 5000 requests used up; resets in 2 h 5 min"),
            "{text}"
        );
        let e = Error::with_source(
            ErrorKind::Limiter {
                message: "redis did not answer within 1 s".into(),
            },
            "connection refused",
        );
        assert!(!e.is_transient());
        assert_eq!(
            e.to_string(),
            "rate limiter unavailable: redis did not answer within 1 s: connection refused"
        );
        let e = e.with_call(call(0, Duration::ZERO));
        assert!(e.to_string().ends_with("(not sent)"), "{e}");
    }

    #[test]
    fn excerpt_is_bounded() {
        let long = vec![b'a'; 1000];
        let text = excerpt(&long);
        assert!(text.len() <= EXCERPT_LEN + '…'.len_utf8());
        assert_eq!(excerpt(b"short"), "short");
    }
}
