//! Signature verification and signing.
//!
//! Crisp signs the text `[` + timestamp + `;` + body + `]` with HMAC-SHA256 under the
//! plugin's signing secret and sends the digest as hex in `X-Crisp-Signature`, the
//! timestamp in `X-Crisp-Request-Timestamp`. Verification here works on the raw request
//! bytes and the raw header text, exactly as they arrived (never on re-serialized JSON), and
//! compares digests in constant time.
//!
//! # The timestamp unit
//! Crisp's docs do not state the unit of `X-Crisp-Request-Timestamp`. The body's own
//! `timestamp` is documented with 13-digit epoch milliseconds, so milliseconds are expected;
//! 10-digit epoch seconds are accepted too. The two cannot be confused: a value of at least
//! 10^11 is read as milliseconds (10^11 seconds would be the year 5138), anything smaller as
//! seconds. The header text is signed as received whatever its unit.
//!
//! # Logging
//! With the feature `tracing` (off here, on by default in the facade `crisp-api`), every
//! verification is logged through [`tracing`](https://docs.rs/tracing), under the targets
//! `crisp_webhook::…`, whichever way it was asked for ([`Verifier::verify`] and its
//! variants, [`Verifier::receive`], the axum extractor). Without a subscriber that wants
//! them, the events cost a check of a cached flag.
//!
//! | what | level | message | fields |
//! |---|---|---|---|
//! | the signature and timestamp verify | `debug` | `web hook verified` | `body_bytes` |
//! | the body parses too (`verify_and_parse`, `receive`, the extractor) | `debug` | `web hook received` | `event` (its name) |
//! | refused: a missing header, a bad or mismatched signature, a timestamp that is not a number or out of the window, a body over the limit, or a body that does not parse | `warn` | `web hook rejected` | `reason` (the [`WebhookError::code`]: `missing_header`, `bad_signature_encoding`, `signature_mismatch`, `invalid_timestamp`, `stale_timestamp`, `body_too_large`, `malformed_json`, …), and `header`, `skew_s` and `tolerance_s`, or `size` and `limit` where they apply; `body_bytes` |
//!
//! **Never logged:** the signature (sent or expected), the secrets, the timestamp header,
//! the body or any part of it (message text).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::clock::{Clock, SystemClock};
use crate::error::WebhookError;
use crate::hex;

type HmacSha256 = Hmac<Sha256>;

// The logging macros: `tracing`'s with the feature `tracing`, else stand-ins that expand
// to `{}` without evaluating their arguments (the crate then builds without the
// dependency). `receive` and `axum` use them from here.
#[cfg(feature = "tracing")]
pub(crate) use tracing::{debug, warn};
#[cfg(not(feature = "tracing"))]
macro_rules! nothing {
    ($($anything:tt)*) => {{}};
}
#[cfg(not(feature = "tracing"))]
pub(crate) use {nothing as debug, nothing as warn};

/// Logs a refused delivery: its reason code and the sizes or times that explain it,
/// never the signature, secret or body.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
pub(crate) fn log_rejected(error: &WebhookError, body_bytes: Option<usize>) {
    match error {
        WebhookError::MissingHeader { name } => {
            warn!(reason = error.code(), header = *name, "web hook rejected");
        }
        WebhookError::StaleTimestamp { skew, tolerance } => warn!(
            reason = error.code(),
            skew_s = skew.as_secs(),
            tolerance_s = tolerance.as_secs(),
            body_bytes,
            "web hook rejected"
        ),
        WebhookError::BodyTooLarge { size, limit } => {
            warn!(reason = error.code(), size, limit, "web hook rejected");
        }
        _ => warn!(reason = error.code(), body_bytes, "web hook rejected"),
    }
}

/// The header holding the hex signature.
pub const SIGNATURE_HEADER: &str = "x-crisp-signature";
/// The header holding the signed timestamp.
pub const TIMESTAMP_HEADER: &str = "x-crisp-request-timestamp";
/// The default replay window: 5 minutes either way.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);
/// The default body size limit: 1 MiB.
pub const DEFAULT_MAX_BODY: usize = 1 << 20;

/// Verifies deliveries against one or more signing secrets.
///
/// Cheap to clone and share. Each secret's HMAC key schedule is computed once, here, not
/// per delivery. `Debug` shows how many secrets there are, never their value.
///
/// ```
/// use crisp_webhook::{sign, Verifier};
///
/// let verifier = Verifier::new("signing-secret").tolerance(None);
/// let body = br#"{"website_id":"w","event":"message:send","data":{},"timestamp":1}"#;
/// let signature = sign("signing-secret", "1700000000000", body);
/// assert!(verifier.verify("1700000000000", &signature, body).is_ok());
/// ```
#[derive(Clone)]
pub struct Verifier {
    keys: Arc<[HmacSha256]>,
    tolerance: Option<Duration>,
    max_body: usize,
    clock: Arc<dyn Clock>,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secrets", &format_args!("<{} redacted>", self.keys.len()))
            .field("tolerance", &self.tolerance)
            .field("max_body", &self.max_body)
            .field("clock", &self.clock)
            .finish()
    }
}

fn keyed(secret: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length; this cannot fail.
    <HmacSha256 as KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"))
}

impl Verifier {
    /// A verifier for one signing secret, with the default tolerance (5 minutes), body
    /// limit (1 MiB) and the system clock.
    pub fn new(secret: impl AsRef<[u8]>) -> Self {
        Verifier {
            keys: Arc::from(vec![keyed(secret.as_ref())]),
            tolerance: Some(DEFAULT_TOLERANCE),
            max_body: DEFAULT_MAX_BODY,
            clock: Arc::new(SystemClock),
        }
    }

    /// A verifier accepting any of `secrets` (key rotation: old and new at once).
    ///
    /// An empty list gives a verifier that rejects every delivery.
    pub fn with_secrets<S: AsRef<[u8]>>(secrets: impl IntoIterator<Item = S>) -> Self {
        let keys: Vec<HmacSha256> = secrets.into_iter().map(|s| keyed(s.as_ref())).collect();
        Verifier {
            keys: Arc::from(keys),
            ..Verifier::new([])
        }
    }

    /// Also accepts `secret` (key rotation).
    #[must_use]
    pub fn secret(self, secret: impl AsRef<[u8]>) -> Self {
        let mut keys = self.keys.to_vec();
        keys.push(keyed(secret.as_ref()));
        Verifier {
            keys: Arc::from(keys),
            ..self
        }
    }

    /// Sets the replay window: how far the timestamp may be from now, either way. `None`
    /// turns the check off (for replaying captured deliveries).
    #[must_use]
    pub fn tolerance(mut self, tolerance: Option<Duration>) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Sets the largest body accepted, in bytes.
    #[must_use]
    pub fn max_body_size(mut self, limit: usize) -> Self {
        self.max_body = limit;
        self
    }

    /// The largest body accepted, in bytes.
    #[must_use]
    pub fn max_body(&self) -> usize {
        self.max_body
    }

    /// Reads the time from `clock` (tests fix it with [`FixedClock`](crate::FixedClock)).
    #[must_use]
    pub fn clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Verifies a web-hook delivery: `timestamp` and `signature` are the header values,
    /// `body` the raw request body.
    ///
    /// # Errors
    /// [`BodyTooLarge`](WebhookError::BodyTooLarge),
    /// [`BadSignatureEncoding`](WebhookError::BadSignatureEncoding),
    /// [`InvalidTimestamp`](WebhookError::InvalidTimestamp),
    /// [`SignatureMismatch`](WebhookError::SignatureMismatch),
    /// [`StaleTimestamp`](WebhookError::StaleTimestamp).
    pub fn verify(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
    ) -> Result<(), WebhookError> {
        self.verify_at(timestamp, signature, body, self.clock.now())
    }

    /// [`verify`](Self::verify) at the instant `now`: a pure function of its inputs.
    ///
    /// # Errors
    /// As [`verify`](Self::verify).
    pub fn verify_at(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let outcome = self.check_at(timestamp, signature, body, now);
        match &outcome {
            Ok(()) => debug!(body_bytes = body.len(), "web hook verified"),
            Err(error) => log_rejected(error, Some(body.len())),
        }
        outcome
    }

    /// [`verify_at`](Self::verify_at) without the logging.
    fn check_at(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        if body.len() > self.max_body {
            return Err(WebhookError::BodyTooLarge {
                size: body.len(),
                limit: self.max_body,
            });
        }
        let expected: [u8; 32] =
            hex::decode(signature.trim()).ok_or(WebhookError::BadSignatureEncoding)?;
        let timestamp = timestamp.trim();
        let at = parse_timestamp(timestamp).ok_or(WebhookError::InvalidTimestamp)?;
        // Every key is tried, so the time taken does not tell which one matched.
        let mut matched = false;
        for key in self.keys.iter() {
            let mut mac = key.clone();
            feed(&mut mac, timestamp, body);
            matched |= mac.verify_slice(&expected).is_ok();
        }
        if !matched {
            return Err(WebhookError::SignatureMismatch);
        }
        if let Some(tolerance) = self.tolerance {
            let skew = match now.duration_since(at) {
                Ok(age) => age,
                Err(ahead) => ahead.duration(),
            };
            if skew > tolerance {
                return Err(WebhookError::StaleTimestamp { skew, tolerance });
            }
        }
        Ok(())
    }

    /// Verifies a widget action request. Crisp signs them with the same scheme as web hooks
    /// (the official Node client uses one function for both); the headers are presumed the
    /// same, which Crisp's public docs do not confirm.
    ///
    /// # Errors
    /// As [`verify`](Self::verify).
    pub fn verify_widget(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
    ) -> Result<(), WebhookError> {
        self.verify(timestamp, signature, body)
    }

    /// Verifies a request received by any HTTP framework, reading
    /// `X-Crisp-Request-Timestamp` and `X-Crisp-Signature`.
    ///
    /// # Errors
    /// [`MissingHeader`](WebhookError::MissingHeader), then as [`verify`](Self::verify).
    pub fn verify_request(
        &self,
        request: &http::Request<bytes::Bytes>,
    ) -> Result<(), WebhookError> {
        let (timestamp, signature) = signature_headers(request.headers())?;
        self.verify(timestamp, signature, request.body())
    }
}

/// Reads the two signature headers.
pub(crate) fn signature_headers(headers: &http::HeaderMap) -> Result<(&str, &str), WebhookError> {
    let header = |name: &'static str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .ok_or(WebhookError::MissingHeader { name })
    };
    let read = || Ok((header(TIMESTAMP_HEADER)?, header(SIGNATURE_HEADER)?));
    read().inspect_err(|error| log_rejected(error, None))
}

fn feed(mac: &mut HmacSha256, timestamp: &str, body: &[u8]) {
    mac.update(b"[");
    mac.update(timestamp.as_bytes());
    mac.update(b";");
    mac.update(body);
    mac.update(b"]");
}

/// Reads a timestamp header: epoch milliseconds (≥ 10^11) or epoch seconds.
fn parse_timestamp(text: &str) -> Option<SystemTime> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u64 = text.parse().ok()?;
    let offset = if value >= 100_000_000_000 {
        Duration::from_millis(value)
    } else {
        Duration::from_secs(value)
    };
    UNIX_EPOCH.checked_add(offset)
}

/// Signs a delivery the way Crisp does: lowercase hex HMAC-SHA256 of
/// `[timestamp;body]`. For building signed test requests.
///
/// ```
/// let signature = crisp_webhook::sign("secret", "1700000000000", b"{}");
/// assert_eq!(signature.len(), 64);
/// ```
#[must_use]
pub fn sign(secret: impl AsRef<[u8]>, timestamp: &str, body: &[u8]) -> String {
    let mut mac = keyed(secret.as_ref());
    feed(&mut mac, timestamp, body);
    hex::encode(&mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;

    const SECRET: &str = "e0c64d5d6a8b4cc6b6c0f3b8f2a1c1d0";
    const BODY: &[u8] = br#"{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"message:send","data":{"type":"text","content":"Hello"},"timestamp":1506985696616}"#;
    const TS_MS: &str = "1506985696616";

    fn at(ms: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(ms)
    }

    #[test]
    fn sign_matches_an_independent_hmac() {
        // Known answers computed with Python's `hmac` module.
        assert_eq!(
            sign("key", "1", b"{}"),
            "61400492d36a9057069dbc0519828e8f19f9a805c7c84da2620b62600597f058"
        );
        assert_eq!(
            sign(SECRET, TS_MS, br#"{"a":1}"#),
            "e58b18276f9a6495eb0558c27701d1c623453373f36d2560a8677f38a8832235"
        );
    }

    #[test]
    fn valid_signature_passes_in_either_case() {
        let verifier = Verifier::new(SECRET).clock(FixedClock(at(1_506_985_696_616)));
        let signature = sign(SECRET, TS_MS, BODY);
        verifier.verify(TS_MS, &signature, BODY).unwrap();
        verifier
            .verify(TS_MS, &signature.to_uppercase(), BODY)
            .unwrap();
        verifier
            .verify(TS_MS, &format!(" {signature} "), BODY)
            .unwrap();
    }

    #[test]
    fn any_change_is_a_mismatch() {
        let verifier = Verifier::new(SECRET).tolerance(None);
        let signature = sign(SECRET, TS_MS, BODY);
        let mut tampered = BODY.to_vec();
        tampered[10] ^= 1;
        assert_eq!(
            verifier.verify(TS_MS, &signature, &tampered),
            Err(WebhookError::SignatureMismatch)
        );
        assert_eq!(
            verifier.verify("1506985696617", &signature, BODY),
            Err(WebhookError::SignatureMismatch)
        );
        assert_eq!(
            Verifier::new("other")
                .tolerance(None)
                .verify(TS_MS, &signature, BODY),
            Err(WebhookError::SignatureMismatch)
        );
    }

    #[test]
    fn bad_hex_is_its_own_error() {
        let verifier = Verifier::new(SECRET).tolerance(None);
        for bad in ["", "abc", &"g".repeat(64), &"a".repeat(63), &"a".repeat(66)] {
            assert_eq!(
                verifier.verify(TS_MS, bad, BODY),
                Err(WebhookError::BadSignatureEncoding),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn rotation_accepts_old_and_new_secrets() {
        let verifier = Verifier::with_secrets(["old", "new"]).tolerance(None);
        verifier
            .verify(TS_MS, &sign("old", TS_MS, BODY), BODY)
            .unwrap();
        verifier
            .verify(TS_MS, &sign("new", TS_MS, BODY), BODY)
            .unwrap();
        let verifier = Verifier::new("new").secret("newer").tolerance(None);
        verifier
            .verify(TS_MS, &sign("newer", TS_MS, BODY), BODY)
            .unwrap();
        let none = Verifier::with_secrets(Vec::<&str>::new()).tolerance(None);
        assert_eq!(
            none.verify(TS_MS, &sign("x", TS_MS, BODY), BODY),
            Err(WebhookError::SignatureMismatch)
        );
    }

    #[test]
    fn replay_window_in_milliseconds_and_seconds() {
        let verifier = Verifier::new(SECRET);
        let now = at(1_506_985_696_616);
        let ok_ms = "1506985500000"; // 196 s earlier
        verifier
            .verify_at(ok_ms, &sign(SECRET, ok_ms, BODY), BODY, now)
            .unwrap();
        let ok_s = "1506985900"; // 203 s later, in seconds
        verifier
            .verify_at(ok_s, &sign(SECRET, ok_s, BODY), BODY, now)
            .unwrap();
        let stale = "1506985000000"; // 696 s earlier
        let error = verifier
            .verify_at(stale, &sign(SECRET, stale, BODY), BODY, now)
            .unwrap_err();
        assert!(
            matches!(error, WebhookError::StaleTimestamp { skew, .. } if skew.as_secs() == 696),
            "{error:?}"
        );
        let future = "1506986300"; // 603 s ahead
        let error = verifier
            .verify_at(future, &sign(SECRET, future, BODY), BODY, now)
            .unwrap_err();
        assert!(
            matches!(error, WebhookError::StaleTimestamp { .. }),
            "{error:?}"
        );
        // Off: anything goes.
        verifier
            .clone()
            .tolerance(None)
            .verify_at(stale, &sign(SECRET, stale, BODY), BODY, now)
            .unwrap();
    }

    #[test]
    fn invalid_timestamps() {
        let verifier = Verifier::new(SECRET).tolerance(None);
        for bad in ["", "abc", "-1", "1.5", "99999999999999999999999"] {
            assert_eq!(
                verifier.verify(bad, &sign(SECRET, bad, BODY), BODY),
                Err(WebhookError::InvalidTimestamp),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn body_limit() {
        let verifier = Verifier::new(SECRET).tolerance(None).max_body_size(16);
        assert_eq!(
            verifier.verify(TS_MS, &sign(SECRET, TS_MS, BODY), BODY),
            Err(WebhookError::BodyTooLarge {
                size: BODY.len(),
                limit: 16
            })
        );
    }

    #[test]
    fn debug_and_errors_never_show_secrets_or_signatures() {
        let verifier = Verifier::new(SECRET);
        assert!(!format!("{verifier:?}").contains(SECRET));
        let expected = sign(SECRET, TS_MS, BODY);
        let error = verifier
            .verify(TS_MS, &sign("wrong", TS_MS, BODY), BODY)
            .unwrap_err();
        let shown = format!("{error} {error:?}");
        assert!(
            !shown.contains(&expected) && !shown.contains(SECRET),
            "{shown}"
        );
    }
}
