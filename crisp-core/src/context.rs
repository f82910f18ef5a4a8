//! Client options and the per-client request context built from them once.

use std::time::Duration;

use http::header::{self, HeaderName};
use http::{HeaderMap, HeaderValue};

use crate::credentials::Credentials;
use crate::error::Error;
use crate::retry::RetryPolicy;

/// The default base URL of the REST API.
pub const DEFAULT_BASE_URL: &str = "https://api.crisp.chat/v1/";

/// The default per-attempt timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The default `User-Agent`: `crisp-rs/<version>`.
pub const DEFAULT_USER_AGENT: &str = concat!("crisp-rs/", env!("CARGO_PKG_VERSION"));

/// The header carrying the token tier.
pub const TIER_HEADER: &str = "x-crisp-tier";

/// Options of a client: where to send requests, how to identify, how long to wait, how to
/// retry. Every request may override the timeout, the retry policy and add headers through
/// [`RequestOptions`].
///
/// Read the fields directly; set them with the builder-style methods of the same names.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ClientOptions {
    /// The base URL (default `https://api.crisp.chat/v1/`).
    pub base_url: String,
    /// The `User-Agent` (default `crisp-rs/<version>`).
    pub user_agent: String,
    /// Headers sent with every request.
    pub headers: HeaderMap,
    /// The timeout of each attempt (default 10 s).
    pub timeout: Duration,
    /// The retry policy.
    pub retry: RetryPolicy,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            base_url: DEFAULT_BASE_URL.to_owned(),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            headers: HeaderMap::new(),
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
        }
    }
}

impl ClientOptions {
    /// Sets the base URL (default `https://api.crisp.chat/v1/`), e.g. a local sandbox.
    #[must_use]
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sets the `User-Agent` (default `crisp-rs/<version>`).
    #[must_use]
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Adds a header sent with every request. `Authorization`, `X-Crisp-Tier` and
    /// `User-Agent` cannot be replaced this way.
    #[must_use]
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// Sets the timeout of each attempt (default 10 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the retry policy (default [`RetryPolicy::default`]).
    #[must_use]
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }
}

/// Per-request overrides of the client options.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RequestOptions {
    /// Overrides the base URL.
    pub base_url: Option<String>,
    /// Overrides the `User-Agent`.
    pub user_agent: Option<String>,
    /// Overrides the timeout of each attempt.
    pub timeout: Option<Duration>,
    /// Overrides the retry policy.
    pub retry: Option<RetryPolicy>,
    /// Extra headers for this request (reserved headers are ignored).
    pub headers: HeaderMap,
}

/// What every request of one client shares: the base URL without its trailing `/` and the
/// headers computed once (`User-Agent`, `Accept`, `X-Crisp-Tier`, `Authorization`, extra
/// headers).
#[derive(Clone)]
pub struct RequestContext {
    base: BaseUrl,
    headers: HeaderMap,
}

/// A validated base URL, split into the parts every request reuses.
#[derive(Clone, Debug)]
struct BaseUrl {
    /// As given, without its trailing `/`.
    text: String,
    scheme: http::uri::Scheme,
    authority: http::uri::Authority,
    /// The path without its trailing `/` (e.g. `/v1`, or empty).
    path: String,
}

impl std::fmt::Debug for RequestContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `HeaderMap`'s Debug hides sensitive values, but list only names to be sure.
        f.debug_struct("RequestContext")
            .field("base_url", &self.base.text)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl RequestContext {
    /// Builds the context for `credentials` (or anonymous requests) with `options`.
    ///
    /// # Errors
    /// [`InvalidArgument`](crate::ErrorKind::InvalidArgument) when the base URL is not an
    /// absolute `http`/`https` URL, or a header value (user agent, token) is not valid.
    pub fn new(credentials: Option<&Credentials>, options: &ClientOptions) -> Result<Self, Error> {
        let base = BaseUrl::parse(&options.base_url)?;
        let mut headers = HeaderMap::with_capacity(options.headers.len() + 4);
        for (name, value) in &options.headers {
            headers.insert(name.clone(), value.clone());
        }
        let user_agent = HeaderValue::try_from(options.user_agent.as_str())
            .map_err(|_| Error::invalid_argument("user agent is not a valid header value"))?;
        headers.insert(header::USER_AGENT, user_agent);
        headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
        if let Some(credentials) = credentials {
            headers.insert(
                HeaderName::from_static(TIER_HEADER),
                HeaderValue::from_static(credentials.tier().as_str()),
            );
            let authorization = credentials.authorization().map_err(|_| {
                Error::invalid_argument(
                    "token identifier or key holds characters not allowed in a header",
                )
            })?;
            headers.insert(header::AUTHORIZATION, authorization);
        }
        Ok(RequestContext { base, headers })
    }

    /// The base URL, without a trailing `/`.
    #[must_use]
    pub fn base_url(&self) -> &str {
        &self.base.text
    }

    /// The scheme of the base URL.
    #[must_use]
    pub fn scheme(&self) -> &http::uri::Scheme {
        &self.base.scheme
    }

    /// The host and port of the base URL.
    #[must_use]
    pub fn authority(&self) -> &http::uri::Authority {
        &self.base.authority
    }

    /// The path of the base URL, without a trailing `/` (e.g. `/v1`).
    #[must_use]
    pub fn base_path(&self) -> &str {
        &self.base.path
    }

    /// The headers sent with every request.
    #[must_use]
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// This context with a different base URL.
    ///
    /// # Errors
    /// When `base_url` is not an absolute `http`/`https` URL without a query.
    pub fn with_base_url(&self, base_url: &str) -> Result<Self, Error> {
        Ok(RequestContext {
            base: BaseUrl::parse(base_url)?,
            headers: self.headers.clone(),
        })
    }

    /// This context with a different `User-Agent`.
    ///
    /// # Errors
    /// When `user_agent` is not a valid header value.
    pub fn with_user_agent(&self, user_agent: &str) -> Result<Self, Error> {
        let mut context = self.clone();
        let value = HeaderValue::try_from(user_agent)
            .map_err(|_| Error::invalid_argument("user agent is not a valid header value"))?;
        context.headers.insert(header::USER_AGENT, value);
        Ok(context)
    }

    /// Whether a per-request header may not replace `name`.
    #[must_use]
    pub fn is_reserved(&self, name: &HeaderName) -> bool {
        name == header::AUTHORIZATION || name == header::USER_AGENT || name.as_str() == TIER_HEADER
    }
}

impl BaseUrl {
    /// Validates `raw`: an absolute `http`/`https` URL without a query.
    fn parse(raw: &str) -> Result<Self, Error> {
        let invalid =
            || Error::invalid_argument(format!("base URL `{raw}` must be an absolute http(s) URL"));
        let uri: http::Uri = raw
            .parse()
            .map_err(|_| Error::invalid_argument(format!("base URL `{raw}` is not a valid URL")))?;
        let (Some(scheme), Some(authority)) = (uri.scheme().cloned(), uri.authority().cloned())
        else {
            return Err(invalid());
        };
        if scheme != http::uri::Scheme::HTTP && scheme != http::uri::Scheme::HTTPS {
            return Err(invalid());
        }
        if uri.query().is_some() {
            return Err(Error::invalid_argument(format!(
                "base URL `{raw}` must not have a query"
            )));
        }
        Ok(BaseUrl {
            text: raw.trim_end_matches('/').to_owned(),
            scheme,
            authority,
            path: uri.path().trim_end_matches('/').to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Tier;

    #[test]
    fn headers_are_built_once() {
        let credentials = Credentials::new(Tier::Website, "id", "key");
        let context = RequestContext::new(Some(&credentials), &ClientOptions::default()).unwrap();
        assert_eq!(context.base_url(), "https://api.crisp.chat/v1");
        assert_eq!(context.headers()[TIER_HEADER], "website");
        assert_eq!(context.headers()[header::USER_AGENT], DEFAULT_USER_AGENT);
        assert!(context.headers()[header::AUTHORIZATION].is_sensitive());
        assert!(!format!("{context:?}").contains("aWQ6a2V5"));
        let other = context
            .with_base_url("http://127.0.0.1:1/api")
            .unwrap()
            .with_user_agent("mine/1")
            .unwrap();
        assert_eq!(other.base_path(), "/api");
        assert_eq!(other.headers()[header::USER_AGENT], "mine/1");
        assert_eq!(
            other.headers()[header::AUTHORIZATION],
            context.headers()[header::AUTHORIZATION]
        );
        assert!(context.with_user_agent("bad\nagent").is_err());
    }

    #[test]
    fn base_url_validated() {
        for bad in ["not a url", "ftp://host/v1", "/v1/", "http://host/v1?x=1"] {
            let options = ClientOptions::default().base_url(bad);
            assert!(RequestContext::new(None, &options).is_err(), "{bad}");
        }
        let options = ClientOptions::default().base_url("http://127.0.0.1:8080/v1");
        assert_eq!(
            RequestContext::new(None, &options).unwrap().base_url(),
            "http://127.0.0.1:8080/v1"
        );
    }
}
