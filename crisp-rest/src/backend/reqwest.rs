//! The reqwest backend.

use bytes::{Bytes, BytesMut};
use crisp_core::transport::BodyLimit;
use crisp_core::{Error, Transport, TransportError, TransportErrorKind};

/// A [`Transport`] on a `reqwest::Client` (rustls, connection pooling, HTTP/2 by ALPN).
///
/// It follows no redirect (a 3xx comes back as it is, and the client turns it into
/// [`ErrorKind::Redirect`](crisp_core::ErrorKind::Redirect)), reads at most the request's
/// [`BodyLimit`], and strips credentials from the URL reqwest errors carry.
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
            // Crisp never redirects; following one would re-send the request (its JSON
            // body, or a POST turned into a GET) wherever the server points.
            .redirect(reqwest::redirect::Policy::none())
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
    ///
    /// Build it with `.redirect(reqwest::redirect::Policy::none())`: reqwest follows up
    /// to 10 redirects by default, and a followed redirect never reaches the crisp client.
    #[must_use]
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

fn classify(mut error: reqwest::Error) -> TransportError {
    // reqwest errors show their URL: never with credentials in it.
    if let Some(url) = error.url_mut() {
        if !url.username().is_empty() || url.password().is_some() {
            let _ = url.set_username("");
            let _ = url.set_password(None);
        }
    }
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
        let limit = BodyLimit::of(&request);
        let request = reqwest::Request::try_from(request).map_err(|e| {
            TransportError::new(TransportErrorKind::InvalidRequest, e.without_url())
        })?;
        // reqwest parses the URI again as a WHATWG URL, which resolves dot segments, even
        // percent-encoded ones (`%2E%2E`). Never send a request whose route changed. The
        // client refuses `.` and `..` ids before this; this is a second line of defence,
        // and not transient (sending it again cannot help).
        if request.url().path() != uri.path() || request.url().query() != uri.query() {
            return Err(TransportError::new(
                TransportErrorKind::InvalidRequest,
                format!(
                    "refusing to send: reqwest would rewrite the path `{}` as `{}` (dot segment)",
                    uri.path(),
                    request.url().path()
                ),
            ));
        }
        let mut response = self.client.execute(request).await.map_err(classify)?;
        let mut builder = http::Response::builder()
            .status(response.status())
            .version(response.version());
        if let Some(headers) = builder.headers_mut() {
            *headers = response.headers().clone();
        }
        let body = match limit {
            None => response.bytes().await.map_err(classify)?,
            Some(limit) => {
                // The exact length the body will have (from `Content-Length`; none for a
                // HEAD answer, which has no body).
                limit.check_declared(response.content_length())?;
                let mut body = BytesMut::new();
                while let Some(chunk) = response.chunk().await.map_err(classify)? {
                    let length = body.len().saturating_add(chunk.len());
                    limit.check(Some(u64::try_from(length).unwrap_or(u64::MAX)))?;
                    body.extend_from_slice(&chunk);
                }
                body.freeze()
            }
        };
        builder
            .body(body)
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e))
    }
}
