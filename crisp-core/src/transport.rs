//! The one seam between the client and the network.
//!
//! A [`Transport`] takes a fully built `http::Request<Bytes>` (URL, headers, JSON body
//! already encoded) and returns the raw `http::Response<Bytes>`. It never sees JSON types,
//! credentials objects or retry logic, so a backend is a few dozen lines and a test double is
//! a few more. The client holds it as `Arc<dyn Transport>`.

use std::error::Error as StdError;
use std::fmt;

use bytes::Bytes;

/// Sends one HTTP request and returns the whole response.
///
/// Implementations must be cheap to share (`Send + Sync`) and should keep connections alive.
/// A non-2xx status is **not** an error at this level: return the response as it came.
///
/// ```no_run
/// use bytes::Bytes;
/// use crisp_core::transport::{Transport, TransportError};
///
/// #[derive(Debug)]
/// struct AlwaysOk;
///
/// #[async_trait::async_trait]
/// impl Transport for AlwaysOk {
///     async fn send(
///         &self,
///         _request: http::Request<Bytes>,
///     ) -> Result<http::Response<Bytes>, TransportError> {
///         Ok(http::Response::new(Bytes::from_static(br#"{"error":false,"reason":"ok","data":{}}"#)))
///     }
/// }
/// ```
#[async_trait::async_trait]
pub trait Transport: Send + Sync + fmt::Debug {
    /// Sends `request` and returns the response, or a classified transport failure.
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError>;
}

/// What kind of failure a transport met; the retry policy decides from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be established (DNS, refused, TLS handshake).
    Connect,
    /// The transport gave up waiting.
    Timeout,
    /// The connection broke while the request or response was in flight.
    Io,
    /// Anything else (invalid request for this backend, a test transport's mismatch, …).
    Other,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "connect",
            TransportErrorKind::Timeout => "timeout",
            TransportErrorKind::Io => "io",
            TransportErrorKind::Other => "other",
        })
    }
}

/// A failure to exchange a request and response, with the backend's error as source.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Option<Box<dyn StdError + Send + Sync>>,
}

impl TransportError {
    /// A transport error of `kind` caused by `source`.
    pub fn new(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn StdError + Send + Sync>>,
    ) -> Self {
        TransportError {
            kind,
            source: Some(source.into()),
        }
    }

    /// A transport error of `kind` with no underlying error.
    #[must_use]
    pub fn from_kind(kind: TransportErrorKind) -> Self {
        TransportError { kind, source: None }
    }

    /// What kind of failure this is.
    #[must_use]
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// Splits the error into its kind and source.
    #[must_use]
    pub fn into_parts(self) -> (TransportErrorKind, Option<Box<dyn StdError + Send + Sync>>) {
        (self.kind, self.source)
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error ({})", self.kind)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}
