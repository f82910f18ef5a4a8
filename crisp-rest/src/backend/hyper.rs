//! The hyper backend.

use bytes::Bytes;
use crisp_core::{Transport, TransportError, TransportErrorKind};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client as LegacyClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

type Connector = hyper_rustls::HttpsConnector<HttpConnector>;

/// A [`Transport`] on hyper 1 with hyper-util's pooled client (rustls, HTTP/1.1 and HTTP/2
/// by ALPN, keep-alive).
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
        let (parts, body) = response.into_parts();
        let body = body
            .collect()
            .await
            .map_err(|e| TransportError::new(TransportErrorKind::Io, e))?
            .to_bytes();
        Ok(http::Response::from_parts(parts, body))
    }
}
