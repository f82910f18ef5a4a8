//! The reqwest backend.

use bytes::Bytes;
use crisp_core::{Error, Transport, TransportError, TransportErrorKind};

/// A [`Transport`] on a `reqwest::Client` (rustls, connection pooling, HTTP/2 by ALPN).
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport with its own `reqwest::Client`, using [`tls_config`](super::tls_config).
    /// Timeouts are the crisp client's job, so none is set here.
    ///
    /// # Errors
    /// When reqwest cannot build its client.
    pub fn new() -> Result<Self, Error> {
        // reqwest uses a preconfigured rustls config as is: offer HTTP/2 and HTTP/1.1.
        let mut tls = super::tls_config();
        tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .no_proxy()
            .build()
            .map_err(|e| {
                Error::with_source(
                    crisp_core::ErrorKind::InvalidArgument {
                        message: "cannot build the reqwest client".to_owned(),
                    },
                    e,
                )
            })?;
        Ok(ReqwestTransport { client })
    }

    /// A transport on a `reqwest::Client` the caller configured (proxies, custom roots…).
    #[must_use]
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

fn classify(error: reqwest::Error) -> TransportError {
    let kind = if error.is_timeout() {
        TransportErrorKind::Timeout
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_request() || error.is_body() || error.is_decode() {
        TransportErrorKind::Io
    } else {
        TransportErrorKind::Other
    };
    TransportError::new(kind, error)
}

#[async_trait::async_trait]
impl Transport for ReqwestTransport {
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        let uri = request.uri().clone();
        let request = reqwest::Request::try_from(request)
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e))?;
        // reqwest parses the URI again as a WHATWG URL, which resolves dot segments, even
        // percent-encoded ones (`%2E%2E`). Never send a request whose route changed.
        if request.url().path() != uri.path() || request.url().query() != uri.query() {
            return Err(TransportError::new(
                TransportErrorKind::Other,
                format!(
                    "refusing to send: reqwest would rewrite the path `{}` as `{}` (dot segment)",
                    uri.path(),
                    request.url().path()
                ),
            ));
        }
        let response = self.client.execute(request).await.map_err(classify)?;
        let mut builder = http::Response::builder()
            .status(response.status())
            .version(response.version());
        if let Some(headers) = builder.headers_mut() {
            *headers = response.headers().clone();
        }
        let body = response.bytes().await.map_err(classify)?;
        builder
            .body(body)
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e))
    }
}
