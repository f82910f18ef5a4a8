//! The description of one API call: verb, route template with its parameters, query and
//! JSON body. Every REST method builds one of these; [`ApiRequest::to_http`] turns it into
//! the bytes a [`Transport`](crate::Transport) sends. Rendering and percent-encoding happen
//! here and nowhere else.

mod encode;
pub mod query;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method, header};
use serde::Serialize;

use crate::context::RequestContext;
use crate::error::{Error, ErrorKind};
pub use query::{Json, QueryValue};

/// One API call, described as data.
///
/// Path parameters fill the route template's `{placeholders}` in order; each value is
/// percent-encoded as a single segment (so `../x` stays inside its segment) and an empty,
/// `.` or `..` value is rejected before anything is sent. Errors found while building (empty segment,
/// body that does not serialize) are kept and returned when the request is sent.
///
/// ```
/// use crisp_core::ApiRequest;
/// use http::Method;
///
/// let request = ApiRequest::new(Method::GET, "/website/{website_id}/conversations/{page_number}")
///     .param("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
///     .param(2)
///     .query("filter_unread", true)
///     .query("per_page", Some(20));
/// assert_eq!(request.path(), "/website/8c842203-7ed8-4e29-a608-7cf78a7d2fcc/conversations/2");
/// assert_eq!(request.query_string(), "filter_unread=1&per_page=20");
/// ```
#[derive(Debug)]
pub struct ApiRequest {
    method: Method,
    route: &'static str,
    /// The part of `route` not rendered yet.
    rest: &'static str,
    path: String,
    query: String,
    body: Option<Bytes>,
    /// The first error found while building; boxed, as it is rare and the request is
    /// moved from builder to call to future.
    error: Option<Box<Error>>,
    /// Where the page number sits in `path` (byte range), for paged routes.
    page: Option<(u32, usize, usize)>,
}

impl Clone for ApiRequest {
    fn clone(&self) -> Self {
        ApiRequest {
            method: self.method.clone(),
            route: self.route,
            rest: self.rest,
            path: self.path.clone(),
            query: self.query.clone(),
            body: self.body.clone(),
            error: self
                .error
                .as_ref()
                .map(|e| Box::new(Error::new(e.kind().clone()))),
            page: self.page,
        }
    }
}

impl ApiRequest {
    /// A request for `route`, a path template such as `/website/{website_id}`.
    #[must_use]
    pub fn new(method: Method, route: &'static str) -> Self {
        let mut request = ApiRequest {
            method,
            route,
            rest: route,
            // Room for two ids longer than their placeholders (a 44-byte session id in
            // place of `{session_id}`), so that most paths are written without growing.
            path: String::with_capacity(route.len() + 80),
            query: String::new(),
            body: None,
            error: None,
            page: None,
        };
        request.copy_literal();
        request
    }

    /// Copies the literal part of the template up to the next placeholder.
    fn copy_literal(&mut self) {
        let end = self.rest.find('{').unwrap_or(self.rest.len());
        self.path.push_str(&self.rest[..end]);
        self.rest = &self.rest[end..];
    }

    fn fail(&mut self, error: Error) {
        if self.error.is_none() {
            self.error = Some(Box::new(error));
        }
    }

    /// Fills the next `{placeholder}` of the route with `value`, percent-encoded as one
    /// path segment. A value that renders empty, `.` or `..` (which URL parsers and
    /// servers resolve as a dot segment, even percent-encoded) is refused with
    /// [`ErrorKind::InvalidArgument`] when the request is sent, before anything goes out.
    #[must_use]
    pub fn param(mut self, value: impl std::fmt::Display) -> Self {
        self.fill(|path, name| {
            encode::write_segment(path, &value).map_err(|bad| match bad {
                encode::BadSegment::Empty => format!("path parameter `{name}` is empty"),
                encode::BadSegment::DotSegment => {
                    format!("path parameter `{name}` is `.` or `..`, which no Crisp id is")
                }
            })
        });
        self
    }

    /// Fills the next `{placeholder}` of the route with what `write` appends to the path,
    /// then copies the literal text up to the following placeholder. An error from
    /// `write` (given the placeholder's name), or a route with no placeholder left, is
    /// kept and reported when the request is sent.
    fn fill(&mut self, write: impl FnOnce(&mut String, &str) -> Result<(), String>) {
        let Some(close) = self.rest.find('}') else {
            self.fail(Error::invalid_argument(format!(
                "route `{}` has no parameter left for a value",
                self.route
            )));
            return;
        };
        let name = &self.rest[1..close];
        if let Err(message) = write(&mut self.path, name) {
            self.fail(Error::invalid_argument(message));
        }
        self.rest = &self.rest[close + 1..];
        self.copy_literal();
    }

    /// Fills the next `{placeholder}` with a page number and remembers where it sits, so
    /// that [`with_page`](Self::with_page) can ask for another page of the same list.
    #[must_use]
    pub fn page(mut self, number: u32) -> Self {
        let start = self.path.len();
        self = self.param(number);
        if self.error.is_none() {
            // The literal after the parameter was copied too: the number ends at the first
            // `/` after `start`, or at the end.
            let end = self.path[start..]
                .find('/')
                .map_or(self.path.len(), |i| start + i);
            self.page = Some((number, start, end));
        }
        self
    }

    /// The page number of a paged request.
    #[must_use]
    pub fn page_number(&self) -> Option<u32> {
        self.page.map(|(number, _, _)| number)
    }

    /// The same request for page `number`, or `None` when this request is not paged.
    #[must_use]
    pub fn with_page(&self, number: u32) -> Option<ApiRequest> {
        let (_, start, end) = self.page?;
        let mut request = self.clone();
        let digits = number.to_string();
        request.path.replace_range(start..end, &digits);
        request.page = Some((number, start, start + digits.len()));
        Some(request)
    }

    /// Fills the next `{placeholder}` with a tree path such as `guides/setup.md`, which
    /// spans several segments: each segment is percent-encoded on its own and the `/`
    /// separators are kept. Empty, `.` and `..` segments (and so leading, trailing or
    /// doubled `/`) are refused with [`ErrorKind::InvalidArgument`] before any request is
    /// sent, so a tree path can never leave its route.
    #[must_use]
    pub fn tree_path(mut self, value: &str) -> Self {
        self.fill(|path, name| {
            for (index, segment) in value.split('/').enumerate() {
                if segment.is_empty() || segment == "." || segment == ".." {
                    return Err(format!(
                        "tree path `{name}` has an empty, `.` or `..` segment (segment {})",
                        index + 1
                    ));
                }
                if index > 0 {
                    path.push('/');
                }
                encode::encode_component(path, segment);
            }
            Ok(())
        });
        self
    }

    /// Adds the query parameter `name`, unless `value` is absent (`None`).
    #[must_use]
    pub fn query(mut self, name: &str, value: impl QueryValue) -> Self {
        let mut text = String::new();
        match value.write_query_value(&mut text) {
            Ok(true) => {
                if !self.query.is_empty() {
                    self.query.push('&');
                }
                encode::encode_component(&mut self.query, name);
                self.query.push('=');
                encode::encode_component(&mut self.query, &text);
            }
            Ok(false) => {}
            Err(error) => self.fail(error),
        }
        self
    }

    /// Sets the JSON body.
    #[must_use]
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(Bytes::from(bytes)),
            Err(e) => self.fail(Error::with_source(
                ErrorKind::InvalidArgument {
                    message: "request body does not serialize to JSON".to_owned(),
                },
                e,
            )),
        }
        self
    }

    /// Sets an already encoded JSON body.
    #[must_use]
    pub fn raw_json(mut self, body: Bytes) -> Self {
        self.body = Some(body);
        self
    }

    /// The HTTP method.
    #[must_use]
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The route template, e.g. `/website/{website_id}/conversation/{session_id}`.
    #[must_use]
    pub fn route(&self) -> &'static str {
        self.route
    }

    /// The rendered, percent-encoded path (relative to the base URL, with a leading `/`).
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The rendered query string, without `?` (empty when there is none).
    #[must_use]
    pub fn query_string(&self) -> &str {
        &self.query
    }

    /// The JSON body as it will be sent: the one set, or `{}` for POST, PUT and PATCH
    /// without one (Crisp expects a body there), or none.
    #[must_use]
    pub fn body(&self) -> Option<Bytes> {
        match &self.body {
            Some(body) => Some(body.clone()),
            None if matches!(self.method, Method::POST | Method::PUT | Method::PATCH) => {
                Some(Bytes::from_static(b"{}"))
            }
            None => None,
        }
    }

    /// Checks that the request can be sent: every placeholder filled and no deferred
    /// error.
    ///
    /// # Errors
    /// The first problem met while building, as [`ErrorKind::InvalidArgument`].
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(error) = &self.error {
            return Err(Error::new(error.kind().clone()));
        }
        if self.rest.contains('{') {
            return Err(Error::invalid_argument(format!(
                "route `{}` is missing a value for `{}`",
                self.route, self.rest
            )));
        }
        Ok(())
    }

    /// Takes the deferred error, if any, keeping its source.
    fn take_error(&mut self) -> Option<Error> {
        self.error.take().map(|error| *error)
    }

    /// Builds the HTTP request for `context` (base URL and client-wide headers), adding
    /// `extra` headers for this request.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidArgument`] when the request cannot be sent (see
    /// [`validate`](Self::validate)) or the URL is not valid.
    pub fn to_http(
        &mut self,
        context: &RequestContext,
        extra: Option<&HeaderMap>,
    ) -> Result<http::Request<Bytes>, Error> {
        if let Some(error) = self.take_error() {
            return Err(error);
        }
        self.validate()?;
        let mut path_and_query = String::with_capacity(
            context.base_path().len() + self.path.len() + self.query.len() + 1,
        );
        path_and_query.push_str(context.base_path());
        path_and_query.push_str(&self.path);
        if !self.query.is_empty() {
            path_and_query.push('?');
            path_and_query.push_str(&self.query);
        }
        let invalid = |e: http::Error| {
            Error::with_source(
                ErrorKind::InvalidArgument {
                    message: "invalid request URL".to_owned(),
                },
                e,
            )
        };
        let path_and_query =
            http::uri::PathAndQuery::try_from(path_and_query).map_err(|e| invalid(e.into()))?;
        let mut parts = http::uri::Parts::default();
        parts.scheme = Some(context.scheme().clone());
        parts.authority = Some(context.authority().clone());
        parts.path_and_query = Some(path_and_query);
        let uri = http::Uri::from_parts(parts).map_err(|e| invalid(e.into()))?;

        let body = self.body();
        // Cloning the prepared map copies its hash table: no header is hashed again.
        let mut headers = context.headers().clone();
        if let Some(extra) = extra {
            for (name, value) in extra {
                if !context.is_reserved(name) {
                    headers.insert(name.clone(), value.clone());
                }
            }
        }
        if body.is_some() {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
        }
        let mut request = http::Request::new(body.unwrap_or_default());
        *request.method_mut() = self.method.clone();
        *request.uri_mut() = uri;
        *request.headers_mut() = headers;
        Ok(request)
    }
}

#[cfg(test)]
mod tests;
