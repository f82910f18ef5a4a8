//! The hyper backend.

use bytes::Bytes;
use crisp_core::transport::BodyLimit;
use crisp_core::{Transport, TransportError, TransportErrorKind};
use http_body_util::Full;
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
        let (parts, body) = response.into_parts();
        let body = super::body::read(body, limit, |e| {
            TransportError::new(TransportErrorKind::Io, e)
        })
        .await?;
        Ok(http::Response::from_parts(parts, body))
    }
}
