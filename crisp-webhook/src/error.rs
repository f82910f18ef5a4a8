//! The one error type of this crate.

use std::fmt;
use std::time::Duration;

use crisp_types::event::EventError;

/// Why a delivery was rejected. Never contains the expected signature or a secret.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header is missing or not valid text.
    MissingHeader {
        /// The header name.
        name: &'static str,
    },
    /// The signature header is not 64 hex digits.
    BadSignatureEncoding,
    /// The signature does not match the body and timestamp under any configured secret.
    SignatureMismatch,
    /// The timestamp header is not a number.
    InvalidTimestamp,
    /// The timestamp is further from now than the tolerance.
    StaleTimestamp {
        /// How far the timestamp is from now.
        skew: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The body is larger than the configured limit.
    BodyTooLarge {
        /// The body size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The body is not valid JSON, or not a JSON object.
    MalformedJson {
        /// What the JSON parser reported (line and column included).
        message: String,
    },
    /// The body has no `event`, or `event` is not a string.
    EventNotString,
    /// The body has no `data`, or `data` is not an object.
    DataNotObject,
    /// The event is one this library knows, and its `data` does not fit its type: the
    /// error names the event and the JSON path of the misfit, and keeps the payload as
    /// received. (A name this library does not know is not an error: it parses into
    /// `Event::Unknown`.)
    Decode(EventError),
}

impl WebhookError {
    /// Whether the delivery failed authentication (signature, timestamp, headers) rather
    /// than being malformed: web servers answer 401 for these.
    #[must_use]
    pub fn is_authentication(&self) -> bool {
        matches!(
            self,
            WebhookError::MissingHeader { .. }
                | WebhookError::BadSignatureEncoding
                | WebhookError::SignatureMismatch
                | WebhookError::InvalidTimestamp
                | WebhookError::StaleTimestamp { .. }
        )
    }

    /// A short stable code for logs and JSON output (`signature_mismatch`, …).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            WebhookError::MissingHeader { .. } => "missing_header",
            WebhookError::BadSignatureEncoding => "bad_signature_encoding",
            WebhookError::SignatureMismatch => "signature_mismatch",
            WebhookError::InvalidTimestamp => "invalid_timestamp",
            WebhookError::StaleTimestamp { .. } => "stale_timestamp",
            WebhookError::BodyTooLarge { .. } => "body_too_large",
            WebhookError::MalformedJson { .. } => "malformed_json",
            WebhookError::EventNotString => "event_not_string",
            WebhookError::DataNotObject => "data_not_object",
            WebhookError::Decode(_) => "payload_mismatch",
        }
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader { name } => write!(f, "missing or invalid header `{name}`"),
            WebhookError::BadSignatureEncoding => f.write_str("signature is not 64 hex digits"),
            WebhookError::SignatureMismatch => f.write_str("signature does not match"),
            WebhookError::InvalidTimestamp => f.write_str("timestamp is not a number"),
            WebhookError::StaleTimestamp { skew, tolerance } => write!(
                f,
                "timestamp is {}s away from now, beyond the tolerance of {}s",
                skew.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::BodyTooLarge { size, limit } => {
                write!(f, "body of {size} bytes is over the limit of {limit} bytes")
            }
            WebhookError::MalformedJson { message } => {
                write!(f, "body is not a JSON object: {message}")
            }
            WebhookError::EventNotString => f.write_str("`event` is missing or not a string"),
            WebhookError::DataNotObject => f.write_str("`data` is missing or not an object"),
            WebhookError::Decode(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::Decode(error) => Some(error),
            _ => None,
        }
    }
}
