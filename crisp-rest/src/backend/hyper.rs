//! The hyper backend.

use bytes::{Bytes, BytesMut};
use crisp_core::transport::BodyLimit;
use crisp_core::{Transport, TransportError, TransportErrorKind};
use http_body_util::{BodyExt, Full};
use hyper::body::Body as _;
use hyper_util::client::legacy::Client as LegacyClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

type Connector = hyper_rustls::HttpsConnector<HttpConnector>;

/// A [`Transport`] on hyper 1 with hyper-util's pooled client (rustls, HTTP/1.1 and HTTP/2
/// by ALPN, keep-alive).
///
/// Like hyper itself it follows no redirect (a 3xx comes back as it is, and the client
/// turns it into [`ErrorKind::Redirect`](crisp_core::ErrorKind::Redirect)), and it reads at
/// most the request's [`BodyLimit`].
#[derive(Clone, Debug)]
pub struct HyperTransport {
    client: LegacyClient<Connector, Full<Bytes>>,
}

impl Default for HyperTransport {
    fn default() -> Self {
        HyperTransport::new()
    }
}

impl HyperTransport {
    /// A transport with its own pooled client, using [`tls_config`](super::tls_config).
    #[must_use]
    pub fn new() -> Self {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(super::tls_config())
            .https_or_http()
            .enable_http1()
            .enable_http2()
            .wrap_connector(http);
        let client = LegacyClient::builder(TokioExecutor::new()).build(connector);
        HyperTransport { client }
    }
}

#[async_trait::async_trait]
impl Transport for HyperTransport {
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        let limit = BodyLimit::of(&request);
        let response = self
            .client
            .request(request.map(Full::new))
            .await
            .map_err(|e| {
                let kind = if e.is_connect() {
                    TransportErrorKind::Connect
                } else {
                    TransportErrorKind::Io
                };
                TransportError::new(kind, e)
            })?;
        let (parts, mut body) = response.into_parts();
        let Some(limit) = limit else {
            let body = body
                .collect()
                .await
                .map_err(|e| TransportError::new(TransportErrorKind::Io, e))?
                .to_bytes();
            return Ok(http::Response::from_parts(parts, body));
        };
        // hyper knows the exact length from `Content-Length` (and that a HEAD answer has
        // none), before reading anything.
        limit.check_declared(body.size_hint().exact())?;
        limit.check(Some(body.size_hint().lower()))?;
        // A body that comes in one frame (the usual small answer) is kept as it is; only
        // a second frame makes a buffer to gather them in.
        let mut first: Option<Bytes> = None;
        let mut collected = BytesMut::new();
        let mut length: usize = 0;
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| TransportError::new(TransportErrorKind::Io, e))?;
            if let Ok(data) = frame.into_data() {
                length = length.saturating_add(data.len());
                limit.check(Some(u64::try_from(length).unwrap_or(u64::MAX)))?;
                if collected.is_empty() && first.is_none() {
                    first = Some(data);
                    continue;
                }
                if let Some(first) = first.take() {
                    collected.reserve(length);
                    collected.extend_from_slice(&first);
                }
                collected.extend_from_slice(&data);
            }
        }
        let body = match first {
            Some(first) => first,
            None => collected.freeze(),
        };
        Ok(http::Response::from_parts(parts, body))
    }
}
