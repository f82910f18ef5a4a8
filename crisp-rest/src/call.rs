//! A request on its way: [`RequestBuilder`] while it is being described, [`Call`] once its
//! output type is known. A `Call` is sent by `.await`ing it.

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::{Duration, Instant};

use bytes::Bytes;
use crisp_core::response::{decode_data, decode_exists, decode_unit};
use crisp_core::{ApiRequest, CallInfo, Error, Hint, QueryValue, RequestOptions, RetryPolicy};
use http::header::HeaderName;
use http::{HeaderValue, Method};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::client::Client;
use crate::page::{Items, Page, Pages, decode_page};
use crate::trace::CallSpan;

#[cfg(test)]
mod tests {
    use super::has_v1_segment;

    #[test]
    fn v1_segment_is_found_in_the_path_only() {
        assert!(has_v1_segment("https://api.crisp.chat/v1/"));
        assert!(has_v1_segment("http://127.0.0.1:9/v1"));
        assert!(has_v1_segment("http://proxy/crisp/v1/"));
        assert!(!has_v1_segment("https://api.crisp.chat/"));
        assert!(!has_v1_segment("https://v1.example/"));
        assert!(!has_v1_segment("http://127.0.0.1:9/v10/"));
    }
}

/// Decodes a response; gets the page number of paged requests.
type Decoder<T> = fn(Option<u32>, &Method, &http::Response<Bytes>) -> Result<T, Error>;

/// A request being described: route parameters, query and body. Finish it with
/// [`data`](Self::data), [`unit`](Self::unit) or [`exists`](Self::exists).
#[derive(Debug)]
#[must_use = "a request builder does nothing until it is turned into a call and awaited"]
pub struct RequestBuilder {
    client: Client,
    request: ApiRequest,
    name: Naming,
}

/// How a call finds the library method name its errors and its span carry
/// ([`CallInfo::method_name`]). The catalog is only searched when the name is needed (an
/// error, or a subscriber that wants the span), not on every call.
#[derive(Clone, Copy, Debug)]
enum Naming {
    /// A request made with `Client::raw` or `Client::request`: no name.
    Unnamed,
    /// A library method: the name is the catalog's for the verb and route.
    Catalog,
    /// A library method sharing its verb and route with another: it names itself.
    Given(&'static str),
}

impl Naming {
    /// The method name of a request of `verb` on `route`.
    fn resolve(self, verb: &Method, route: &str) -> Option<&'static str> {
        match self {
            Naming::Unnamed => None,
            Naming::Catalog => crate::catalog::method_name(verb, route),
            Naming::Given(name) => Some(name),
        }
    }
}

impl RequestBuilder {
    pub(crate) fn from_request(client: Client, request: ApiRequest) -> Self {
        RequestBuilder {
            client,
            request,
            name: Naming::Unnamed,
        }
    }

    /// The request of a library method, named from the catalog (see
    /// [`names`](crate::names)).
    pub(crate) fn for_method(client: Client, request: ApiRequest) -> Self {
        RequestBuilder {
            client,
            request,
            name: Naming::Catalog,
        }
    }

    /// Names the library method this request belongs to, for errors
    /// ([`CallInfo::method_name`]): for the methods that share a verb and route.
    pub(crate) fn named(mut self, name: &'static str) -> Self {
        self.name = Naming::Given(name);
        self
    }

    /// Fills the next `{placeholder}` of the route (percent-encoded as one segment).
    pub fn param(mut self, value: impl std::fmt::Display) -> Self {
        self.request = self.request.param(value);
        self
    }

    /// Fills the next `{placeholder}` with a page number (a paged list; see
    /// [`paged`](Self::paged)).
    pub fn page(mut self, number: u32) -> Self {
        self.request = self.request.page(number);
        self
    }

    /// Fills the next `{placeholder}` with a tree path spanning several segments
    /// (`guides/setup.md`): each segment is encoded on its own; empty, `.` and `..`
    /// segments are refused before sending.
    pub fn tree_path(mut self, path: &str) -> Self {
        self.request = self.request.tree_path(path);
        self
    }

    /// Adds a query parameter (left out when `value` is `None`).
    pub fn query(mut self, name: &str, value: impl QueryValue) -> Self {
        self.request = self.request.query(name, value);
        self
    }

    /// Sets the JSON body.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.request = self.request.json(body);
        self
    }

    /// The output is the response's `data`, decoded as `T`.
    pub fn data<T: DeserializeOwned + Send + 'static>(self) -> Call<T> {
        self.finish(|_, method, response| decode_data::<T>(method, response))
    }

    /// The output is one page of a list of `T` (the route was given its page with
    /// [`page`](Self::page)); the [`Call`] can also walk every page as a stream.
    pub fn paged<T: DeserializeOwned + Send + 'static>(self) -> Call<Page<T>> {
        self.finish(decode_page::<T>)
    }

    /// The output is nothing: only success or failure.
    pub fn unit(self) -> Call<()> {
        self.finish(|_, method, response| decode_unit(method, response))
    }

    /// The output is whether the resource exists (HEAD checks: 2xx → `true`, 404 →
    /// `false`).
    pub fn exists(self) -> Call<bool> {
        self.finish(|_, method, response| decode_exists(method, response))
    }

    /// The output is what `decode` makes of the whole response: for routes whose 2xx
    /// status says something (206 Partial Content on message history).
    pub(crate) fn decode_with<T>(self, decode: Decoder<T>) -> Call<T> {
        self.finish(decode)
    }

    fn finish<T>(self, decode: Decoder<T>) -> Call<T> {
        Call {
            client: self.client,
            request: self.request,
            name: self.name,
            options: None,
            decode,
        }
    }
}

/// A request ready to send. `.await` it to get `Result<T, Error>`; before that, the
/// timeout, retry policy and headers can be overridden for this request only.
///
/// # Errors
/// Awaiting a call (or [`send`](Self::send)) fails with an [`Error`](crate::Error) whose
/// [`kind`](crate::Error::kind) tells what went wrong. Every REST method links here; the
/// kinds are those of [`ErrorKind`](crate::ErrorKind) (see that list for all of them: it
/// is `#[non_exhaustive]` and may grow), chiefly:
///
/// - [`ErrorKind::Api`](crate::ErrorKind::Api): Crisp (or a proxy) answered an error
///   status, e.g. 404 for an unknown id or 403 for a missing right;
///   [`Error::status`](crate::Error::status) and [`Error::reason`](crate::Error::reason)
///   give the status and Crisp's `reason` (`not_found`, `session_not_found`…).
/// - [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited): 429 or 420, with the
///   `Retry-After` delay when Crisp sent one
///   ([`Error::retry_after`](crate::Error::retry_after)).
/// - [`ErrorKind::Decode`](crate::ErrorKind::Decode): the response does not have the
///   shape the method expects; the error names the JSON path where decoding failed.
/// - [`ErrorKind::Transport`](crate::ErrorKind::Transport): the request could not be
///   exchanged (connection, DNS, TLS…).
/// - [`ErrorKind::Timeout`](crate::ErrorKind::Timeout): no response within the timeout
///   of an attempt.
/// - [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument): an argument
///   cannot be sent (an empty id, a tree path with an empty, `.` or `..` segment, a body
///   that does not serialize); nothing was sent.
/// - [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge): the response
///   body is over the limit ([`Call::max_response_body`], 32 MiB by default); it was not
///   read further, and the call is not retried.
/// - [`ErrorKind::Redirect`](crate::ErrorKind::Redirect): the server answered a 3xx
///   (Crisp's API never does; the base URL is likely wrong); redirects are never followed.
///
/// Every error of a call names it: [`Error::call`](crate::Error::call) gives the
/// method name, verb and route template, the attempts made and the time spent, and
/// `Display` shows them on one line, e.g. `get_conversation (GET
/// /website/{website_id}/conversation/{session_id}): 404 session_not_found, 1 attempt in
/// 12 ms`. A 401, and a 404 `route_error` from a base URL without `/v1/`, also carry a
/// [`Hint`](crate::Hint) ([`Error::hint`](crate::Error::hint)).
///
/// Transient failures (transport, timeout, 5xx, rate limits) of GET, HEAD, PUT and DELETE
/// are retried first, as the [`RetryPolicy`](crate::RetryPolicy) says (POST and PATCH
/// only when it opts in); the error returned is the one of the last attempt. A HEAD check
/// (`check_…_exists`) resolves to `Ok(false)` on a 404 instead of failing.
///
/// ```no_run
/// # async fn run(client: crisp_rest::Client, website: crisp_types::WebsiteId, session: crisp_types::SessionId) -> Result<(), crisp_rest::Error> {
/// use std::time::{Duration, Instant};
/// use crisp_rest::RetryPolicy;
///
/// let conversation = client
///     .website()
///     .get_conversation(&website, &session)
///     .timeout(Duration::from_secs(3))
///     .retry(RetryPolicy::none())
///     .await?;
/// # Ok(()) }
/// ```
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<T> {
    client: Client,
    request: ApiRequest,
    name: Naming,
    /// The overrides of this call, allocated by the first one: most calls have none, and
    /// a call moves through several futures before it is sent (232 bytes fewer each).
    options: Option<Box<RequestOptions>>,
    decode: Decoder<T>,
}

/// The options of a call that overrides nothing.
static NO_OVERRIDES: std::sync::LazyLock<RequestOptions> =
    std::sync::LazyLock::new(RequestOptions::default);

impl<T> std::fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("request", &self.request)
            .field(
                "name",
                &self
                    .name
                    .resolve(self.request.method(), self.request.route()),
            )
            .field("options", self.options())
            .finish_non_exhaustive()
    }
}

impl<T> Call<T> {
    /// The overrides of this call.
    fn options(&self) -> &RequestOptions {
        self.options.as_deref().unwrap_or(&NO_OVERRIDES)
    }

    /// The overrides of this call, to change one.
    fn options_mut(&mut self) -> &mut RequestOptions {
        self.options.get_or_insert_with(Box::default)
    }

    /// Sends this request to another base URL (e.g. a regional endpoint or a sandbox).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.options_mut().base_url = Some(base_url.into());
        self
    }

    /// Overrides the `User-Agent` for this request.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.options_mut().user_agent = Some(user_agent.into());
        self
    }

    /// Overrides the timeout of each attempt for this request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
        self
    }

    /// Overrides the retry policy for this request.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options_mut().retry = Some(retry);
        self
    }

    /// Overrides the largest response body read for this request, in bytes (see
    /// [`ClientBuilder::max_response_body`](crate::ClientBuilder::max_response_body)); a
    /// larger body fails with
    /// [`ErrorKind::ResponseTooLarge`](crisp_core::ErrorKind::ResponseTooLarge).
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.options_mut().max_response_body = Some(bytes);
        self
    }

    /// Adds a header to this request (`Authorization`, `X-Crisp-Tier` and `User-Agent`
    /// cannot be replaced this way; see [`user_agent`](Self::user_agent)).
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.options_mut().headers.insert(name, value);
        self
    }

    /// The request as it will be sent (method, route, rendered path, query, body).
    #[must_use]
    pub fn request(&self) -> &ApiRequest {
        &self.request
    }

    /// Sends the request and returns the raw response (after retries), without checking
    /// the status or decoding the body. A 3xx is returned as it came (it is not followed).
    ///
    /// # Errors
    /// Transport failures, timeouts, invalid arguments, and a body over the limit
    /// ([`ErrorKind::ResponseTooLarge`](crisp_core::ErrorKind::ResponseTooLarge)).
    pub async fn send_raw(self) -> Result<http::Response<Bytes>, Error> {
        self.run(|_, _, response| Ok(response)).await
    }

    /// Sends the request and decodes the output.
    ///
    /// # Errors
    /// Every [`ErrorKind`](crisp_core::ErrorKind): API errors with status and reason, rate
    /// limits, decode errors naming the JSON path, transport failures, timeouts.
    pub async fn send(self) -> Result<T, Error> {
        let decode = self.decode;
        self.run(move |page, method, response| decode(page, method, &response))
            .await
    }

    /// Runs the call in its span (with retries), hands the response to `finish`, names the
    /// call in any error, and records the outcome: what `send` and `send_raw` share.
    ///
    /// A plain function returning an `async move` block, not an `async fn`: an `async fn`
    /// keeps its arguments twice in its future (BENCHMARKS.md, "REST after the default
    /// rate limiter"). The future is `Send` when `R` and `finish` are.
    #[allow(
        clippy::manual_async_fn,
        reason = "the async fn future is larger (see above)"
    )]
    fn run<R>(
        self,
        finish: impl FnOnce(Option<u32>, &Method, http::Response<Bytes>) -> Result<R, Error>,
    ) -> impl Future<Output = Result<R, Error>> {
        async move {
            let started = Instant::now();
            let Call {
                client,
                request,
                name,
                options,
                decode: _,
            } = self;
            let options = options.as_deref().unwrap_or(&NO_OVERRIDES);
            let method = request.method().clone();
            let route = request.route();
            let page = request.page_number();
            let span = CallSpan::new(|| name.resolve(&method, route), &request);
            let mut progress = crate::execute::Progress::default();
            let mut status = None;
            let result = span
                .run(crate::execute::execute(
                    &client,
                    request,
                    options,
                    &mut progress,
                ))
                .await
                .and_then(|response| {
                    status = Some(response.status());
                    finish(page, &method, response)
                })
                .map_err(|error| {
                    // Only now is the name looked up: a successful call never needs it.
                    let info = CallInfo::new(name.resolve(&method, route), method.clone(), route);
                    annotate(error, info, &progress, started, &client, options)
                });
            span.finish(
                status,
                result.as_ref().err(),
                progress.attempts,
                started.elapsed(),
            );
            result
        }
    }

    /// The same call for another page, or `None` when the call is not paged.
    pub(crate) fn for_page(&self, number: u32) -> Option<Call<T>> {
        Some(Call {
            client: self.client.clone(),
            request: self.request.with_page(number)?,
            name: self.name,
            options: self.options.clone(),
            decode: self.decode,
        })
    }
}

impl<T: Send + 'static> Call<Page<T>> {
    /// Every page of the list from this call's page on, as a stream. See
    /// [`page`](crate::page) for how the end is found.
    ///
    /// ```no_run
    /// # async fn run(client: crisp_rest::Client, website: crisp_types::WebsiteId) -> Result<(), crisp_rest::Error> {
    /// use futures_util::TryStreamExt;
    ///
    /// let mut pages = client
    ///     .website()
    ///     .list_conversations(&website, 1, Default::default())
    ///     .pages()
    ///     .max_pages(5);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("page {}: {} conversations", page.number(), page.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages(self) -> Pages<T> {
        Pages::new(self)
    }

    /// Every item of the list from this call's page on, across pages, as a stream.
    ///
    /// ```no_run
    /// # async fn run(client: crisp_rest::Client, website: crisp_types::WebsiteId) -> Result<(), crisp_rest::Error> {
    /// use futures_util::TryStreamExt;
    ///
    /// let first_hundred: Vec<_> = client
    ///     .website()
    ///     .list_conversations(&website, 1, Default::default())
    ///     .items()
    ///     .max_items(100)
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn items(self) -> Items<T> {
        Pages::new(self).items()
    }
}

/// Names the call in `error` (attempts, elapsed time, per-attempt timeout) and adds a
/// hint when the error looks like a common mistake.
fn annotate(
    error: Error,
    info: CallInfo,
    progress: &crate::execute::Progress,
    started: Instant,
    client: &Client,
    options: &RequestOptions,
) -> Error {
    let info = info
        .attempts(progress.attempts)
        .elapsed(started.elapsed())
        .attempt_timeout(progress.timeout);
    let hint = match error.status().map(|s| s.as_u16()) {
        Some(401) => Some(Hint::CheckCredentials {
            tier: client.credentials().map(crisp_core::Credentials::tier),
        }),
        Some(404) if error.reason() == Some("route_error") => {
            let base_url = options
                .base_url
                .as_deref()
                .unwrap_or_else(|| client.context().base_url());
            (!has_v1_segment(base_url)).then(|| Hint::BaseUrlWithoutV1 {
                base_url: base_url.to_owned(),
            })
        }
        _ => None,
    };
    let error = error.with_call(info);
    match hint {
        Some(hint) => error.with_hint(hint),
        None => error,
    }
}

/// Whether the path of `base_url` has a `v1` segment.
fn has_v1_segment(base_url: &str) -> bool {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.split('/').any(|segment| segment == "v1")
}

impl<T: Send + 'static> IntoFuture for Call<T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T, Error>> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
