//! The one seam between the client and the network.
//!
//! A [`Transport`] takes a fully built `http::Request<Bytes>` (URL, headers, JSON body
//! already encoded) and returns the raw `http::Response<Bytes>`. It never sees JSON types,
//! credentials objects or retry logic, so a backend is a few dozen lines and a test double is
//! a few more. The client holds it as `Arc<dyn Transport>`.
//!
//! Limits travel with the request: the client puts a [`BodyLimit`] in the request's
//! extensions, and a transport should stop reading a response body past it (the client
//! checks the final length too, so a transport that ignores it is still caught, only
//! later).

use std::error::Error as StdError;
use std::fmt;

use bytes::Bytes;

/// Sends one HTTP request and returns the whole response.
///
/// Implementations must be cheap to share (`Send + Sync`) and should keep connections alive.
/// A non-2xx status is **not** an error at this level: return the response as it came.
/// Do not follow redirects either: return the 3xx. Read no more body than the request's
/// [`BodyLimit`] (see [`BodyLimit::of`]), and fail with [`TransportError::body_too_large`]
/// past it.
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
    /// The backend refused to send the request as built (e.g. its URL would be rewritten);
    /// nothing was sent, and trying again cannot help, so it is not retried.
    InvalidRequest,
    /// The response body was larger than the request's [`BodyLimit`]; not retried. Build
    /// it with [`TransportError::body_too_large`].
    BodyTooLarge,
    /// Anything else (a test transport's mismatch, …).
    Other,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "connect",
            TransportErrorKind::Timeout => "timeout",
            TransportErrorKind::Io => "io",
            TransportErrorKind::InvalidRequest => "invalid request",
            TransportErrorKind::BodyTooLarge => "body too large",
            TransportErrorKind::Other => "other",
        })
    }
}

/// A failure to exchange a request and response, with the backend's error as source.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Option<Box<dyn StdError + Send + Sync>>,
    /// For [`TransportErrorKind::BodyTooLarge`]: the limit and the declared length.
    too_large: Option<(u64, Option<u64>)>,
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
            too_large: None,
        }
    }

    /// A response body larger than `limit`: `content_length` is the length the server
    /// declared, when it did (the error may be raised before reading anything).
    #[must_use]
    pub fn body_too_large(limit: BodyLimit, content_length: Option<u64>) -> Self {
        TransportError {
            kind: TransportErrorKind::BodyTooLarge,
            source: None,
            too_large: Some((limit.bytes(), content_length)),
        }
    }

    /// For a [`BodyTooLarge`](TransportErrorKind::BodyTooLarge) error built by
    /// [`body_too_large`](Self::body_too_large): the limit and the declared length.
    #[must_use]
    pub fn too_large(&self) -> Option<(u64, Option<u64>)> {
        self.too_large
    }

    /// A transport error of `kind` with no underlying error.
    #[must_use]
    pub fn from_kind(kind: TransportErrorKind) -> Self {
        TransportError {
            kind,
            source: None,
            too_large: None,
        }
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
        if let Some((limit, content_length)) = self.too_large {
            write!(f, ": body larger than {limit} bytes")?;
            if let Some(length) = content_length {
                write!(f, " (content-length {length})")?;
            }
        }
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

/// The largest response body, in bytes, a transport may read for one request.
///
/// The client inserts it in every request's [`http::Extensions`]; a transport reads it with
/// [`BodyLimit::of`] and fails with [`TransportError::body_too_large`] when the declared
/// `Content-Length` is larger, or as soon as more bytes arrive, so that an endless or huge
/// body never sits in memory. A request without one has no limit.
///
/// ```
/// use bytes::Bytes;
/// use crisp_core::transport::BodyLimit;
///
/// let mut request = http::Request::new(Bytes::new());
/// request.extensions_mut().insert(BodyLimit::new(1024));
/// let limit = BodyLimit::of(&request).unwrap();
/// assert!(limit.check(Some(1024)).is_ok());
/// assert!(limit.check(Some(1025)).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BodyLimit(u64);

impl BodyLimit {
    /// A limit of `bytes`.
    #[must_use]
    pub const fn new(bytes: u64) -> Self {
        BodyLimit(bytes)
    }

    /// The limit in bytes.
    #[must_use]
    pub const fn bytes(self) -> u64 {
        self.0
    }

    /// The limit carried by `request`, if any.
    #[must_use]
    pub fn of<B>(request: &http::Request<B>) -> Option<BodyLimit> {
        request.extensions().get::<BodyLimit>().copied()
    }

    /// Checks a length (declared, or read so far) against the limit; `None` passes.
    ///
    /// # Errors
    /// [`TransportError::body_too_large`] when `length` is larger than the limit.
    pub fn check(self, length: Option<u64>) -> Result<(), TransportError> {
        match length {
            Some(length) if length > self.0 => Err(TransportError::body_too_large(self, None)),
            _ => Ok(()),
        }
    }

    /// Checks a declared `Content-Length` against the limit, before reading the body.
    ///
    /// # Errors
    /// [`TransportError::body_too_large`], with the declared length, when it is larger
    /// than the limit.
    pub fn check_declared(self, content_length: Option<u64>) -> Result<(), TransportError> {
        match content_length {
            Some(length) if length > self.0 => {
                Err(TransportError::body_too_large(self, Some(length)))
            }
            _ => Ok(()),
        }
    }
}
