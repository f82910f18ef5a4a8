//! The reqwest backend.

use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use crisp_core::transport::BodyLimit;
use crisp_core::{Error, Transport, TransportError, TransportErrorKind};

/// A [`Transport`] on a `reqwest::Client` (rustls, connection pooling, HTTP/2 by ALPN).
///
/// It follows no redirect (a 3xx comes back as it is, and the client turns it into
/// [`ErrorKind::Redirect`](crisp_core::ErrorKind::Redirect)), reads at most the request's
/// [`BodyLimit`], and strips credentials from the URL reqwest errors carry.
#[derive(Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    /// The origin of the last request, parsed: reqwest wants a WHATWG `Url`, whose full
    /// parse (scheme, host, IDNA) was a sixth of this backend's work per call; the
    /// requests of a client share one origin, so only their path and query are set on a
    /// copy of it. Shared by clones.
    origin: Arc<Mutex<Option<Origin>>>,
}

/// A parsed origin and what it was parsed from.
struct Origin {
    scheme: http::uri::Scheme,
    authority: http::uri::Authority,
    url: reqwest::Url,
}

impl std::fmt::Debug for ReqwestTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The cached origin may hold userinfo from a base URL: never shown.
        f.debug_struct("ReqwestTransport")
            .field("client", &self.client)
            .finish_non_exhaustive()
    }
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
        Ok(ReqwestTransport::from_client(client))
    }

    /// A transport on a `reqwest::Client` the caller configured (proxies, custom roots…).
    ///
    /// Build it with `.redirect(reqwest::redirect::Policy::none())`: reqwest follows up
    /// to 10 redirects by default, and a followed redirect never reaches the crisp client.
    #[must_use]
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport {
            client,
            origin: Arc::new(Mutex::new(None)),
        }
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

impl ReqwestTransport {
    /// The WHATWG URL of `uri`: the cached origin when `uri` has the same scheme and
    /// authority (else parsed, and cached), with `uri`'s path and query set on a copy.
    fn url_for(&self, uri: &http::Uri) -> Result<reqwest::Url, TransportError> {
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return Err(TransportError::new(
                TransportErrorKind::InvalidRequest,
                "the request URL has no scheme or host",
            ));
        };
        let cached = {
            let origin = self.origin.lock().unwrap_or_else(PoisonError::into_inner);
            origin
                .as_ref()
                .filter(|o| o.scheme == *scheme && o.authority == *authority)
                .map(|o| o.url.clone())
        };
        let mut url = match cached {
            Some(url) => url,
            None => {
                let url = reqwest::Url::parse(&format!("{scheme}://{authority}/"))
                    .map_err(|e| TransportError::new(TransportErrorKind::InvalidRequest, e))?;
                *self.origin.lock().unwrap_or_else(PoisonError::into_inner) = Some(Origin {
                    scheme: scheme.clone(),
                    authority: authority.clone(),
                    url: url.clone(),
                });
                url
            }
        };
        url.set_path(uri.path());
        url.set_query(uri.query());
        Ok(url)
    }
}

#[async_trait::async_trait]
impl Transport for ReqwestTransport {
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        let limit = BodyLimit::of(&request);
        let (parts, body) = request.into_parts();
        let uri = parts.uri;
        // What `reqwest::Request::try_from` does, without parsing the origin again (the
        // extensions are not carried over: reqwest reads only its own, and none is set).
        let mut request = reqwest::Request::new(parts.method, self.url_for(&uri)?);
        *request.headers_mut() = parts.headers;
        *request.version_mut() = parts.version;
        *request.body_mut() = Some(reqwest::Body::from(body));
        // The WHATWG URL resolves dot segments, even
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
        let response = self.client.execute(request).await.map_err(classify)?;
        // Taken apart, not copied: the status, headers and body move into the answer.
        let (parts, body) = http::Response::<reqwest::Body>::from(response).into_parts();
        let body = super::body::read(body, limit, classify).await?;
        Ok(http::Response::from_parts(parts, body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(transport: &ReqwestTransport, uri: &str) -> String {
        transport
            .url_for(&uri.parse().unwrap())
            .unwrap()
            .as_str()
            .to_owned()
    }

    #[test]
    fn the_origin_is_parsed_once_and_each_request_sets_its_path_and_query() {
        let transport = ReqwestTransport::new().unwrap();
        assert_eq!(
            url(&transport, "https://api.example/v1/website/w%2F1?page=2"),
            "https://api.example/v1/website/w%2F1?page=2"
        );
        let cached = |t: &ReqwestTransport| {
            t.origin
                .lock()
                .unwrap()
                .as_ref()
                .map(|o| o.url.as_str().to_owned())
        };
        assert_eq!(cached(&transport).as_deref(), Some("https://api.example/"));
        // Same origin: the copy gets this request's path, and no query when it has none.
        assert_eq!(
            url(&transport, "https://API.example/v1/plugin/connect/account"),
            "https://api.example/v1/plugin/connect/account"
        );
        // Another origin (a per-call base URL) is parsed and replaces the cached one; a
        // clone shares the cache.
        let clone = transport.clone();
        assert_eq!(
            url(&clone, "http://user:secret@127.0.0.1:8080/v1/x?a=1&b=%20"),
            "http://user:secret@127.0.0.1:8080/v1/x?a=1&b=%20"
        );
        assert_eq!(
            cached(&transport).as_deref(),
            Some("http://user:secret@127.0.0.1:8080/")
        );
        // The cached userinfo is never shown.
        assert!(!format!("{transport:?}").contains("secret"));
        // A relative URI cannot be sent.
        let error = transport.url_for(&"/v1/x".parse().unwrap()).unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::InvalidRequest);
    }
}
