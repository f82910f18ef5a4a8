//! The route table: every route of the catalog (the 264 methods of the official clients),
//! as data. A row is the verb, the route template (as the catalog writes it, without
//! `/v1`), the query names it accepts, the request bodies it accepts (decoded through the
//! crisp-types request types) and what answers it:
//!
//! - [`Handler::Served`]: a hand-written handler of `rest/<resource>.rs` (websites,
//!   conversations, messages, people profiles, operators, plugin connect);
//! - [`Handler::Crud`]: a stateful collection of records (campaigns, campaign templates,
//!   inboxes, teams, helpdesk articles, categories, sections and redirections, people
//!   data, subscriptions and events), created, read, listed, changed and removed;
//! - [`Handler::Answer`]: a validated answer, as stripe-mock gives: the path, query and
//!   body are checked, and the response is a sample of the method's output type, decoded
//!   and re-encoded through that type.
//!
//! The rows are in one file per API section (`website.rs`, `conversation.rs`, …).

mod campaign;
mod conversation;
mod crud;
mod helpdesk;
mod people;
mod platform;
mod website;

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{MethodFilter, MethodRouter, on};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

pub(crate) use crud::{Collection, Op};

use crate::app::App;
use crate::envelope::{ApiError, JsonBody, Reply, done, ok, page_number};
use crate::query::Query;

/// Items per page of a sample list past which pages are empty.
const SAMPLE_PAGES: usize = 1;

/// A body check: decodes the JSON body, or says what is wrong with it.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// Through a crisp-types request type.
    Typed(fn(&Value) -> Result<(), ApiError>),
    /// A JSON object with these keys (the bodies the official clients build inline,
    /// `{"segment": …}`); a key may be `null` (`{"inbox_id": null}` unsets), a key ending
    /// in `?` may be absent.
    Fields(&'static [&'static str]),
}

impl Check {
    fn run(self, body: &Value) -> Result<(), ApiError> {
        match self {
            Check::Typed(check) => check(body),
            Check::Fields(fields) => {
                let Some(object) = body.as_object() else {
                    return Err(ApiError::invalid_field(
                        ".",
                        "request body: expected a JSON object",
                    ));
                };
                // A name ending in `?` is optional.
                for field in fields.iter().filter(|f| !f.ends_with('?')) {
                    if !object.contains_key(*field) {
                        return Err(ApiError::invalid_field(
                            field,
                            format!("request body: missing field `{field}`"),
                        ));
                    }
                }
                Ok(())
            }
        }
    }
}

/// Decodes `body` as `T`; the error names the field (its JSON path).
fn typed<T: DeserializeOwned>(body: &Value) -> Result<(), ApiError> {
    serde_path_to_error::deserialize::<_, T>(body)
        .map(drop)
        .map_err(|error| {
            let mut path = error.path().to_string();
            let inner = error.inner().to_string();
            // A missing field is reported at its parent: name the field itself.
            if let Some(name) = inner
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
            {
                path = if path == "." {
                    name.to_owned()
                } else {
                    format!("{path}.{name}")
                };
            }
            ApiError::invalid_field(&path, format!("request body: {path}: {inner}"))
        })
}

/// The JSON of a method's output: a sample (or a stored record) decoded as the output type
/// and encoded again, so that it is an instance of that type.
#[derive(Clone, Copy)]
pub(crate) struct Shape {
    encode: fn(Value) -> Result<Value, String>,
    sample: &'static str,
}

fn reencode<T: DeserializeOwned + Serialize>(value: Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value).map_err(|e| e.to_string())?;
    serde_json::to_value(typed).map_err(|e| e.to_string())
}

impl Shape {
    /// `value` as an instance of the output type.
    pub(crate) fn encode(&self, value: Value) -> Result<Value, ApiError> {
        (self.encode)(value).map_err(|message| ApiError {
            message: Some(format!(
                "sandbox: the answer does not fit its type: {message}"
            )),
            ..ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal_error")
        })
    }

    /// The sample, parsed.
    pub(crate) fn sample(&self) -> Result<Value, ApiError> {
        serde_json::from_str(self.sample).map_err(|e| ApiError {
            message: Some(format!("sandbox: a sample is not JSON: {e}")),
            ..ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal_error")
        })
    }
}

/// What answers a row.
#[derive(Clone, Copy)]
pub(crate) enum Handler {
    /// A hand-written handler of `rest/<resource>.rs`.
    Served,
    /// A validated answer: `Shape`'s sample (a list: on page 1, `[]` after).
    Answer(Option<Shape>),
    /// An operation on a stateful collection; `Shape` encodes what it answers.
    Crud(&'static Collection, Op, Option<Shape>),
}

/// One route of the catalog.
#[derive(Clone)]
pub(crate) struct Route {
    pub(crate) verb: &'static str,
    /// The catalog's template, without `/v1`.
    pub(crate) path: &'static str,
    /// The query names accepted (`*` for any).
    pub(crate) query: &'static [&'static str],
    /// The bodies accepted, any of them; none: the body is not read.
    pub(crate) bodies: Vec<Check>,
    pub(crate) handler: Handler,
}

impl Route {
    fn new(verb: &'static str, path: &'static str) -> Self {
        Route {
            verb,
            path,
            query: &[],
            bodies: Vec::new(),
            handler: Handler::Answer(None),
        }
    }
    pub(crate) fn get(path: &'static str) -> Self {
        Route::new("GET", path)
    }
    pub(crate) fn head(path: &'static str) -> Self {
        Route::new("HEAD", path)
    }
    pub(crate) fn post(path: &'static str) -> Self {
        Route::new("POST", path)
    }
    pub(crate) fn put(path: &'static str) -> Self {
        Route::new("PUT", path)
    }
    pub(crate) fn patch(path: &'static str) -> Self {
        Route::new("PATCH", path)
    }
    pub(crate) fn delete(path: &'static str) -> Self {
        Route::new("DELETE", path)
    }

    /// The query names accepted.
    pub(crate) fn query(mut self, names: &'static [&'static str]) -> Self {
        self.query = names;
        self
    }

    /// Accepts a body of type `T`.
    pub(crate) fn body<T: DeserializeOwned>(mut self) -> Self {
        self.bodies.push(Check::Typed(typed::<T>));
        self
    }

    /// Accepts an object with these keys.
    pub(crate) fn fields(mut self, fields: &'static [&'static str]) -> Self {
        self.bodies.push(Check::Fields(fields));
        self
    }

    /// Answers `sample`, an instance of `T`.
    pub(crate) fn answer<T: DeserializeOwned + Serialize>(mut self, sample: &'static str) -> Self {
        self.handler = Handler::Answer(Some(Shape {
            encode: reencode::<T>,
            sample,
        }));
        self
    }

    /// Answers the list `sample` of `T` on page 1, and empty pages after.
    pub(crate) fn list<T: DeserializeOwned + Serialize>(self, sample: &'static str) -> Self {
        self.answer::<Vec<T>>(sample)
    }

    /// Answers an empty `data` (HEAD: an empty 200).
    pub(crate) fn done(mut self) -> Self {
        self.handler = Handler::Answer(None);
        self
    }

    /// Served by a hand-written handler.
    pub(crate) fn served(mut self) -> Self {
        self.handler = Handler::Served;
        self
    }

    /// An operation on `collection`.
    pub(crate) fn crud(mut self, collection: &'static Collection, op: Op) -> Self {
        self.handler = Handler::Crud(collection, op, None);
        self
    }

    /// An operation on `collection` answering an instance of `T` (an item of `T` for a
    /// list).
    pub(crate) fn crud_as<T: DeserializeOwned + Serialize>(
        mut self,
        collection: &'static Collection,
        op: Op,
        sample: &'static str,
    ) -> Self {
        let encode = if op == Op::List {
            reencode::<Vec<T>>
        } else {
            reencode::<T>
        };
        self.handler = Handler::Crud(collection, op, Some(Shape { encode, sample }));
        self
    }

    /// Whether the route is paged by `{page_number}`.
    fn paged(&self) -> bool {
        self.path.contains("{page_number}")
    }

    /// The axum path: `/v1` + the template, a trailing `{path}` (a helpdesk tree path,
    /// with slashes) as a wildcard.
    fn axum_path(&self) -> String {
        let path = match self.path.strip_suffix("{path}") {
            Some(head) => format!("{head}{{*path}}"),
            None => self.path.to_owned(),
        };
        format!("/v1{path}")
    }
}

/// Every row of the table.
pub(crate) fn all() -> &'static [Route] {
    static ROUTES: OnceLock<Vec<Route>> = OnceLock::new();
    ROUTES.get_or_init(|| {
        [
            website::routes(),
            conversation::routes(),
            people::routes(),
            campaign::routes(),
            helpdesk::routes(),
            platform::routes(),
        ]
        .into_iter()
        .flatten()
        .collect()
    })
}

fn filter(verb: &str) -> MethodFilter {
    match verb {
        "GET" => MethodFilter::GET,
        "HEAD" => MethodFilter::HEAD,
        "POST" => MethodFilter::POST,
        "PUT" => MethodFilter::PUT,
        "PATCH" => MethodFilter::PATCH,
        _ => MethodFilter::DELETE,
    }
}

/// The routes of the table not served by hand-written handlers.
pub(crate) fn routes() -> Router<App> {
    let mut by_path: BTreeMap<String, MethodRouter<App>> = BTreeMap::new();
    for route in all() {
        if matches!(route.handler, Handler::Served) {
            continue;
        }
        let handler = move |State(app): State<App>,
                            Path(params): Path<HashMap<String, String>>,
                            RawQuery(raw): RawQuery,
                            body: JsonBody<Value>| async move {
            handle(&app, route, &params, raw.as_deref(), &body.0)
                .unwrap_or_else(|e| e.into_response())
        };
        let method = on(filter(route.verb), handler);
        let entry = by_path.remove(&route.axum_path());
        let method = match entry {
            Some(existing) => existing.merge(method),
            None => method,
        };
        by_path.insert(route.axum_path(), method);
    }
    by_path
        .into_iter()
        .fold(Router::new(), |router, (path, method)| {
            router.route(&path, method)
        })
}

/// Checks the query names.
fn check_query(route: &Route, raw: Option<&str>) -> Result<Query, ApiError> {
    if !route.query.contains(&"*") {
        for (name, _) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
            if !route.query.contains(&name.as_ref()) {
                return Err(ApiError::invalid_field(
                    &name,
                    format!("unknown query parameter `{name}`"),
                ));
            }
        }
    }
    Ok(Query::parse(raw))
}

/// Checks the body against the accepted bodies (any of them).
fn check_body(route: &Route, body: &Value) -> Result<(), ApiError> {
    let mut first = None;
    for check in &route.bodies {
        match check.run(body) {
            Ok(()) => return Ok(()),
            Err(error) => {
                first.get_or_insert(error);
            }
        }
    }
    first.map_or(Ok(()), Err)
}

/// The resources named by the path must exist: the website, and in it the conversation
/// and the people profile.
fn check_scope(app: &App, params: &HashMap<String, String>) -> Result<(), ApiError> {
    let Some(website_id) = params.get("website_id") else {
        return Ok(());
    };
    app.read(|store| {
        let website = store.website(website_id)?;
        if let Some(session_id) = params.get("session_id") {
            website.conversation(session_id)?;
        }
        if let Some(people_id) = params.get("people_id") {
            website.profile_index(people_id)?;
        }
        Ok(())
    })
}

/// The success reason of a verb.
fn reason(route: &Route) -> &'static str {
    match route.verb {
        "GET" if route.paged() => "listed",
        "GET" | "HEAD" => "resolved",
        "POST" => "added",
        "DELETE" => "deleted",
        _ => "updated",
    }
}

fn handle(
    app: &App,
    route: &'static Route,
    params: &HashMap<String, String>,
    raw_query: Option<&str>,
    body: &Value,
) -> Reply {
    let page = match params.get("page_number") {
        Some(text) => Some(page_number(text)?),
        None => None,
    };
    let query = check_query(route, raw_query)?;
    check_scope(app, params)?;
    check_body(route, body)?;
    let reason = reason(route);
    match route.handler {
        Handler::Served => Err(ApiError::no_route()),
        Handler::Answer(None) if route.verb == "HEAD" => Ok(StatusCode::OK.into_response()),
        Handler::Answer(None) => done(reason),
        Handler::Answer(Some(shape)) => {
            let sample = shape.sample()?;
            let data = match page {
                Some(page) if page > SAMPLE_PAGES => json!([]),
                _ => sample,
            };
            ok(reason, shape.encode(data)?)
        }
        Handler::Crud(collection, op, shape) => {
            let answer = crud::run(app, collection, op, params, page, &query, body)?;
            match (answer, shape) {
                (crud::Answer::Exists, _) => Ok(StatusCode::OK.into_response()),
                (crud::Answer::Done, _) | (crud::Answer::Data(_), None) => done(reason),
                (crud::Answer::Data(data), Some(shape)) => ok(reason, shape.encode(data)?),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_an_instance_of_its_type() {
        for route in all() {
            let shape = match route.handler {
                Handler::Answer(Some(shape)) | Handler::Crud(_, _, Some(shape)) => shape,
                _ => continue,
            };
            let sample = shape
                .sample()
                .unwrap_or_else(|e| panic!("{}: {e:?}", route.path));
            if let Handler::Answer(_) = route.handler {
                shape
                    .encode(sample)
                    .unwrap_or_else(|e| panic!("{} {}: {e:?}", route.verb, route.path));
            }
        }
    }

    #[test]
    fn the_table_has_each_route_of_the_catalog_once() {
        let catalog = [
            include_str!("../../../../data/endpoints.tsv"),
            include_str!("../../../../data/endpoints_next.tsv"),
        ];
        let mut expected: Vec<(String, String)> = catalog
            .iter()
            .flat_map(|file| file.lines().skip(1))
            .filter_map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                Some((cells.get(5)?.to_string(), cells.get(6)?.to_string()))
            })
            .collect();
        expected.sort();
        expected.dedup();
        let mut table: Vec<(String, String)> = all()
            .iter()
            .map(|r| (r.verb.to_owned(), r.path.to_owned()))
            .collect();
        table.sort();
        let rows = table.len();
        table.dedup();
        assert_eq!(rows, table.len(), "a route is in the table twice");
        assert_eq!(table, expected);
    }

    #[test]
    fn bodies_are_checked_with_the_field_named() {
        let route = Route::post("/x").fields(&["segment"]);
        let error = check_body(&route, &json!({})).unwrap_err();
        assert_eq!(error.field.as_deref(), Some("segment"));
        assert!(check_body(&route, &json!({"segment": "a"})).is_ok());
        let error = typed::<crisp_types::website::campaign::CampaignCreate>(
            &json!({"type": "one-shot", "name": 3}),
        )
        .unwrap_err();
        assert_eq!(error.field.as_deref(), Some("name"), "{error:?}");
        let error =
            typed::<crisp_types::website::campaign::CampaignCreate>(&json!({"type": "one-shot"}))
                .unwrap_err();
        assert_eq!(error.field.as_deref(), Some("name"), "{error:?}");
    }
}
