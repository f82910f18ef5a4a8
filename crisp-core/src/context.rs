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

/// The default [`ClientOptions::max_response_body`]: 32 MiB.
///
/// Crisp answers are JSON of a few KB to a few hundred KB (a page of conversations or
/// messages); 32 MiB leaves two orders of magnitude of room for the largest (helpdesk
/// exports, analytics) while bounding what a hostile or broken server can make the client
/// buffer.
pub const DEFAULT_MAX_RESPONSE_BODY: u64 = 32 * 1024 * 1024;

/// The default [`ClientOptions::max_in_flight`]: 64 requests at once per client.
///
/// Crisp limits each token by requests per route and per day, not by parallelism, so more
/// than a few dozen requests at once only meets rate limits sooner; and 64 sockets stay far
/// below the usual 1,024 open-file limit, with room for the realtime connection, files
/// and other clients.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 64;

/// The header carrying the token tier.
pub const TIER_HEADER: &str = "x-crisp-tier";

/// Options of a client: where to send requests, how to identify, how long to wait, how to
/// retry. Every request may override the timeout, the retry policy and add headers through
/// [`RequestOptions`].
///
/// Read the fields directly; set them with the builder-style methods of the same names.
///
/// `Debug` lists header names only, and hides credentials in the base URL (which
/// [`RequestContext::new`] refuses anyway).
#[derive(Clone)]
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
    /// The largest response body read, in bytes (default [`DEFAULT_MAX_RESPONSE_BODY`],
    /// 32 MiB). A larger body fails the call with
    /// [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge), not retried.
    pub max_response_body: u64,
    /// The most requests of one client (and its clones) in flight at once (default
    /// [`DEFAULT_MAX_IN_FLIGHT`], 64; at least 1). More calls wait for a slot, they do not
    /// fail; a call waiting between two attempts does not hold one.
    pub max_in_flight: usize,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            base_url: DEFAULT_BASE_URL.to_owned(),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            headers: HeaderMap::new(),
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
        }
    }
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("base_url", &redact_userinfo(&self.base_url))
            .field("user_agent", &self.user_agent)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("max_response_body", &self.max_response_body)
            .field("max_in_flight", &self.max_in_flight)
            .finish()
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

    /// Sets the largest response body read, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BODY`], 32 MiB). It is checked against `Content-Length`
    /// before reading and while reading; a larger body fails the call with
    /// [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge).
    #[must_use]
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_response_body = bytes;
        self
    }

    /// Sets how many requests of one client may be in flight at once (default
    /// [`DEFAULT_MAX_IN_FLIGHT`], 64; `0` counts as 1). Further calls wait for a slot.
    #[must_use]
    pub fn max_in_flight(mut self, requests: usize) -> Self {
        self.max_in_flight = requests.max(1);
        self
    }
}

/// Per-request overrides of the client options.
#[derive(Clone, Default)]
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
    /// Overrides the largest response body read, in bytes.
    pub max_response_body: Option<u64>,
}

impl std::fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestOptions")
            .field("base_url", &self.base_url.as_deref().map(redact_userinfo))
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("max_response_body", &self.max_response_body)
            .finish()
    }
}

/// `url` with the userinfo of its authority (`user:password@`) replaced by `***@`, for
/// messages and `Debug`. Works on any text: every `://` starts an authority that is
/// checked (so a URL inside a path or query is redacted too), and text without `://` is
/// hidden up to its last `@` ahead of any `?` or `#`.
#[must_use]
pub fn redact_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    if !url.contains('@') {
        return std::borrow::Cow::Borrowed(url);
    }
    if !url.contains("://") {
        let end = url.find(['?', '#']).unwrap_or(url.len());
        return match url[..end].rfind('@') {
            Some(at) => std::borrow::Cow::Owned(format!("***{}", &url[at..])),
            None => std::borrow::Cow::Borrowed(url),
        };
    }
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(i) = rest.find("://") {
        let start = i + 3;
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        if let Some(at) = rest[..end].rfind('@') {
            out.push_str("***");
            rest = &rest[at..];
        }
    }
    out.push_str(rest);
    if out == url {
        std::borrow::Cow::Borrowed(url)
    } else {
        std::borrow::Cow::Owned(out)
    }
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
    /// Validates `raw`: an absolute `http`/`https` URL without credentials, query or dot
    /// segments. Messages never repeat credentials.
    fn parse(raw: &str) -> Result<Self, Error> {
        let shown = redact_userinfo(raw);
        let invalid = || {
            Error::invalid_argument(format!(
                "base URL `{shown}` must be an absolute http(s) URL"
            ))
        };
        let uri: http::Uri = raw.parse().map_err(|_| {
            Error::invalid_argument(format!("base URL `{shown}` is not a valid URL"))
        })?;
        let (Some(scheme), Some(authority)) = (uri.scheme().cloned(), uri.authority().cloned())
        else {
            return Err(invalid());
        };
        if scheme != http::uri::Scheme::HTTP && scheme != http::uri::Scheme::HTTPS {
            return Err(invalid());
        }
        if authority.as_str().contains('@') {
            return Err(Error::invalid_argument(format!(
                "base URL `{shown}` must not hold credentials (`user:password@`): \
                 give them to the client as `Credentials`"
            )));
        }
        if uri.query().is_some() {
            return Err(Error::invalid_argument(format!(
                "base URL `{shown}` must not have a query"
            )));
        }
        if uri.path().split('/').any(is_dot_segment) {
            return Err(Error::invalid_argument(format!(
                "base URL `{shown}` must not have `.` or `..` segments"
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

/// Whether a path segment is `.` or `..` to a URL parser, percent-encoded dots included.
fn is_dot_segment(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    let dots = lower.replace("%2e", ".");
    dots == "." || dots == ".."
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
        for bad in [
            "not a url",
            "ftp://host/v1",
            "/v1/",
            "http://host/v1?x=1",
            "http://host/v1/../v2/",
            "http://host/%2e%2E/v1/",
            "http://host/v1/./",
        ] {
            let options = ClientOptions::default().base_url(bad);
            assert!(RequestContext::new(None, &options).is_err(), "{bad}");
        }
        let options = ClientOptions::default().base_url("http://127.0.0.1:8080/v1");
        assert_eq!(
            RequestContext::new(None, &options).unwrap().base_url(),
            "http://127.0.0.1:8080/v1"
        );
    }

    #[test]
    fn credentials_in_the_base_url_are_refused_and_never_shown() {
        let key = "cc29e1a5086e428fcc6a697d5837a66d";
        for bad in [
            format!("http://id:{key}@127.0.0.1:8080/v1/"),
            format!("https://{key}@api.crisp.chat/v1/"),
            format!("http://id:{key}@127.0.0.1:8080/v1/?q=1"),
            format!("http://id:{key}@bad host/v1/"),
            format!("id:{key}@127.0.0.1/v1/"),
        ] {
            let options = ClientOptions::default().base_url(&bad);
            let error = RequestContext::new(None, &options).unwrap_err();
            assert!(
                matches!(error.kind(), crate::ErrorKind::InvalidArgument { .. }),
                "{bad}: {error:?}"
            );
            let shown = format!("{error} {error:?} {options:?}");
            assert!(!shown.contains(key), "{shown}");
            let request = RequestOptions {
                base_url: Some(bad.clone()),
                ..RequestOptions::default()
            };
            assert!(!format!("{request:?}").contains(key));
            let context = RequestContext::new(None, &ClientOptions::default()).unwrap();
            let error = context.with_base_url(&bad).unwrap_err();
            assert!(!format!("{error} {error:?}").contains(key), "{error}");
        }
        let options = ClientOptions::default().base_url("http://127.0.0.1:8080/v1/a@b/");
        assert!(
            RequestContext::new(None, &options).is_ok(),
            "`@` in the path is fine"
        );
        assert_eq!(
            redact_userinfo("http://a:b@host/x@y"),
            "http://***@host/x@y"
        );
        assert_eq!(redact_userinfo("http://host/x@y"), "http://host/x@y");
        assert_eq!(redact_userinfo("http*//u:k@host/x"), "***@host/x");
        assert_eq!(
            redact_userinfo("http://u:k@h/x?to=https://v:k@i/"),
            "http://***@h/x?to=https://***@i/"
        );
        assert_eq!(redact_userinfo("http://h/a@b"), "http://h/a@b");
    }

    #[test]
    fn limits_have_documented_defaults() {
        let options = ClientOptions::default();
        assert_eq!(options.max_response_body, 32 * 1024 * 1024);
        assert_eq!(options.max_in_flight, 64);
        assert_eq!(options.clone().max_in_flight(0).max_in_flight, 1);
        assert_eq!(options.max_response_body(10).max_response_body, 10);
    }
}
