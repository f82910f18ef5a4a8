//! The REST client and its builder.

use std::sync::Arc;
use std::time::Duration;

use crisp_core::{
    ApiRequest, ClientOptions, Credentials, Error, RequestContext, RetryPolicy, Transport,
};
use http::header::HeaderName;
use http::{HeaderValue, Method};
use serde::de::DeserializeOwned;

#[cfg(feature = "bucket")]
use crate::bucket::BucketApi;
use crate::call::{Call, RequestBuilder};
use crate::limit::{Limits, LocalLimiter, RateLimiter};
#[cfg(feature = "media")]
use crate::media::MediaApi;
#[cfg(feature = "plan")]
use crate::plan::PlanApi;
#[cfg(feature = "plugin")]
use crate::plugin::PluginApi;
use crate::website::WebsiteApi;

/// A Crisp REST client. Cheap to clone: clones share the transport and its connections.
///
/// ```no_run
/// # async fn run() -> Result<(), crisp_rest::Error> {
/// use crisp_rest::{Client, Credentials};
/// use crisp_types::WebsiteId;
///
/// let client = Client::new(Credentials::plugin("identifier", "key"))?;
/// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
/// let conversations = client.website().list_conversations(&website, 1, Default::default()).await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Arc<dyn Transport>,
    context: RequestContext,
    options: ClientOptions,
    credentials: Option<Credentials>,
    /// One permit per request in flight ([`ClientOptions::max_in_flight`]).
    slots: tokio::sync::Semaphore,
    /// Asked before each attempt, told after it.
    limiter: Arc<dyn RateLimiter>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The base URL holds no credentials: `RequestContext::new` refuses them.
        f.debug_struct("Client")
            .field("base_url", &self.inner.context.base_url())
            .field("credentials", &self.inner.credentials)
            .field("transport", &self.inner.transport)
            .field("max_in_flight", &self.inner.options.max_in_flight)
            .field("rate_limiter", &self.inner.limiter)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `credentials` with the default options and backend.
    ///
    /// # Errors
    /// When no HTTP backend feature is enabled, or the credentials hold characters that
    /// cannot be sent in a header.
    pub fn new(credentials: Credentials) -> Result<Self, Error> {
        Client::builder().credentials(credentials).build()
    }

    /// A builder to set options, the transport and credentials.
    #[must_use]
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The methods of the `website` service.
    #[must_use]
    pub fn website(&self) -> WebsiteApi<'_> {
        WebsiteApi::new(self)
    }

    /// The methods of the `plugin` service (plugin connect and subscriptions).
    #[must_use]
    #[cfg(feature = "plugin")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plugin")))]
    pub fn plugin(&self) -> PluginApi<'_> {
        PluginApi::new(self)
    }

    /// The methods of the `plan` service (plan subscriptions).
    #[must_use]
    #[cfg(feature = "plan")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plan")))]
    pub fn plan(&self) -> PlanApi<'_> {
        PlanApi::new(self)
    }

    /// The methods of the `media` service (animations).
    #[must_use]
    #[cfg(feature = "media")]
    #[cfg_attr(docsrs, doc(cfg(feature = "media")))]
    pub fn media(&self) -> MediaApi<'_> {
        MediaApi::new(self)
    }

    /// The methods of the `bucket` service (upload URLs).
    #[must_use]
    #[cfg(feature = "bucket")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bucket")))]
    pub fn bucket(&self) -> BucketApi<'_> {
        BucketApi::new(self)
    }

    /// The credentials, if the client has any.
    #[must_use]
    pub fn credentials(&self) -> Option<&Credentials> {
        self.inner.credentials.as_ref()
    }

    /// The client options.
    #[must_use]
    pub fn options(&self) -> &ClientOptions {
        &self.inner.options
    }

    /// The transport requests go through.
    #[must_use]
    pub fn transport(&self) -> &Arc<dyn Transport> {
        &self.inner.transport
    }

    /// The rate limiter asked before each attempt (see [`limit`](crate::limit)).
    #[must_use]
    pub fn rate_limiter(&self) -> &Arc<dyn RateLimiter> {
        &self.inner.limiter
    }

    pub(crate) fn context(&self) -> &RequestContext {
        &self.inner.context
    }

    /// Waits for a free request slot (see [`ClientOptions::max_in_flight`]); the slot is
    /// given back when the permit drops.
    pub(crate) async fn slot(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        // The semaphore is never closed, so `acquire` cannot fail; if it ever did, the
        // request goes out without a slot rather than failing.
        self.inner.slots.acquire().await.ok()
    }

    /// Starts a request on a route the library does not model yet: the escape hatch.
    /// Fill the template's `{placeholders}` in order with [`RequestBuilder::param`], add query
    /// and body, then pick the output: [`RequestBuilder::data`] (typed, or `serde_json::Value`),
    /// [`RequestBuilder::unit`] or [`RequestBuilder::exists`].
    ///
    /// ```no_run
    /// # async fn run(client: crisp_rest::Client) -> Result<(), crisp_rest::Error> {
    /// use http::Method;
    /// let value: serde_json::Value = client
    ///     .raw(Method::GET, "/website/{website_id}/some/new/route")
    ///     .param("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
    ///     .query("flag", true)
    ///     .data()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn raw(&self, method: Method, route: &'static str) -> RequestBuilder {
        RequestBuilder::from_request(self.clone(), ApiRequest::new(method, route))
    }

    /// Sends a request described elsewhere and decodes its `data` as `T`.
    pub fn request<T: DeserializeOwned + Send + 'static>(&self, request: ApiRequest) -> Call<T> {
        RequestBuilder::from_request(self.clone(), request).data()
    }

    /// The endpoint of a library method: its name is found from the verb and route (see
    /// [`names`](crate::names)), for errors.
    pub(crate) fn endpoint(&self, method: Method, route: &'static str) -> RequestBuilder {
        RequestBuilder::for_method(self.clone(), ApiRequest::new(method, route))
    }
}

/// Builds a [`Client`].
#[derive(Debug, Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    anonymous: bool,
    options: ClientOptions,
    transport: Option<Arc<dyn Transport>>,
    limiter: Option<Arc<dyn RateLimiter>>,
    limits: Option<Limits>,
}

impl ClientBuilder {
    /// Authenticates requests with `credentials`. A client needs them, unless it opts
    /// into [`anonymous`](Self::anonymous) requests.
    #[must_use]
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Allows building the client without credentials: its requests then go out with no
    /// `Authorization` and no `X-Crisp-Tier` (Crisp answers most routes 401; useful
    /// against a proxy that adds credentials, or with a custom transport). Without this,
    /// [`build`](Self::build) refuses a builder that was given no credentials, since
    /// every call would fail.
    #[must_use]
    pub fn anonymous(mut self) -> Self {
        self.anonymous = true;
        self
    }

    /// Replaces all options at once.
    #[must_use]
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Sets the base URL (default `https://api.crisp.chat/v1/`).
    #[must_use]
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.options = self.options.base_url(base_url);
        self
    }

    /// Sets the `User-Agent` (default `crisp-rs/<version>`).
    #[must_use]
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.options = self.options.user_agent(user_agent);
        self
    }

    /// Adds a header to every request.
    #[must_use]
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Sets the timeout of each attempt (default 10 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options = self.options.timeout(timeout);
        self
    }

    /// Sets the retry policy.
    #[must_use]
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options = self.options.retry(retry);
        self
    }

    /// Sets the largest response body read, in bytes (default 32 MiB,
    /// [`DEFAULT_MAX_RESPONSE_BODY`](crisp_core::context::DEFAULT_MAX_RESPONSE_BODY)).
    /// Both backends check `Content-Length` before reading and stop reading past the
    /// limit; a larger body fails the call with
    /// [`ErrorKind::ResponseTooLarge`](crisp_core::ErrorKind::ResponseTooLarge), which is
    /// not retried. [`Call::max_response_body`] overrides it per call.
    #[must_use]
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.options = self.options.max_response_body(bytes);
        self
    }

    /// Sets how many requests of this client (and its clones) may be in flight at once
    /// (default 64,
    /// [`DEFAULT_MAX_IN_FLIGHT`](crisp_core::context::DEFAULT_MAX_IN_FLIGHT); `0` counts as
    /// 1). Further calls wait for a slot instead of opening more connections; they never
    /// fail for lack of one. A slot is held for one attempt (sending, waiting for and
    /// reading the response), not while a call sleeps before a retry, and the wait for a
    /// slot does not count against the timeout.
    #[must_use]
    pub fn max_in_flight(mut self, requests: usize) -> Self {
        self.options = self.options.max_in_flight(requests);
        self
    }

    /// Sends requests through `transport` instead of the default backend.
    #[must_use]
    pub fn transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Sets the rate limiter asked before each attempt and told after it (see
    /// [`limit`](crate::limit)), e.g. one [`LocalLimiter`] shared by several clients, or a
    /// `RedisLimiter` shared by several processes; [`Unlimited`](crate::limit::Unlimited)
    /// turns limiting off. Without it, the client (and its clones) gets its own
    /// [`LocalLimiter`] with [`limits`](Self::limits) (default: the documented daily
    /// quotas, fail when used up, 1 s cool-down after a 429 / 420).
    #[must_use]
    pub fn rate_limiter(mut self, limiter: Arc<dyn RateLimiter>) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// Sets the limits of the client's own [`LocalLimiter`] (ignored when a limiter is
    /// given with [`rate_limiter`](Self::rate_limiter)).
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = Some(limits);
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    /// [`InvalidArgument`](crisp_core::ErrorKind::InvalidArgument) when the base URL or a
    /// header is invalid, when no credentials were given (and
    /// [`anonymous`](Self::anonymous) was not asked for), or when no transport was given
    /// and no backend feature is on.
    pub fn build(self) -> Result<Client, Error> {
        let context = RequestContext::new(self.credentials.as_ref(), &self.options)?;
        if self.credentials.is_none() && !self.anonymous {
            return Err(Error::invalid_argument(
                "the client has no credentials: give them with `ClientBuilder::credentials` \
                 (a token pair and its tier: plugin, website or user), or call \
                 `ClientBuilder::anonymous` to send requests without",
            ));
        }
        let transport = match self.transport {
            Some(transport) => transport,
            None => crate::backend::default_transport()?,
        };
        // The options' field is public, so clamp here too.
        let permits = self
            .options
            .max_in_flight
            .clamp(1, tokio::sync::Semaphore::MAX_PERMITS);
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                context,
                options: self.options,
                credentials: self.credentials,
                slots: tokio::sync::Semaphore::new(permits),
                limiter: self.limiter.unwrap_or_else(|| {
                    Arc::new(LocalLimiter::new(self.limits.unwrap_or_default()))
                }),
            }),
        })
    }
}
