//! Every method of the catalog (the 264 of `tests/data/endpoints.tsv` and
//! `endpoints_next.tsv`) called through crisp-rest against the sandbox: each must succeed
//! and decode, and every request it sent must be answered 2xx (no 404 `route_error`, no
//! `invalid_data`, no 5xx).
//!
//! The calls are the conformance samples of crisp-rest (`crisp-rest/tests/it/samples`,
//! the one sample type of its tests, shared by path, not copied). Their ids are fixed strings; each sample runs
//! against a fresh sandbox holding one of each resource (a conversation with a message, a
//! profile, a campaign, an inbox, helpdesk articles…), and a transport in front of the
//! client puts the ids of those resources in the path parameters of the sample's route
//! (read from the route template of its catalog row).

#[allow(dead_code, unused_imports)]
#[path = "../../../../crisp-rest/tests/it/samples/mod.rs"]
mod samples;

/// For its list of newer rows whose method is renamed (`RENAMED`).
#[allow(dead_code)]
#[path = "../../../../crisp-rest/tests/it/conformance/catalog.rs"]
mod conformance_catalog;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use crisp_core::{Transport, TransportError};
use crisp_rest::backend::ReqwestTransport;
use crisp_rest::{Client, RetryPolicy};
use crisp_sandbox::Sandbox;
use serde_json::{Value, json};

/// A catalog row: its service, Rust method, verb and route template.
struct Row {
    service: String,
    method: String,
    verb: String,
    path: String,
}

fn catalog() -> Vec<Row> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
    ["endpoints.tsv", "endpoints_next.tsv"]
        .iter()
        .flat_map(|file| {
            let next = *file == "endpoints_next.tsv";
            let text = std::fs::read_to_string(format!("{dir}/{file}")).expect("catalog");
            text.lines()
                .skip(1)
                .filter(|line| !line.trim().is_empty())
                .map(|line| {
                    let cells: Vec<&str> = line.split('\t').collect();
                    let renamed = conformance_catalog::RENAMED
                        .iter()
                        .find(|(service, old, _)| next && *service == cells[0] && *old == cells[4]);
                    Row {
                        service: cells[0].to_owned(),
                        method: renamed.map_or(cells[4], |(_, _, new)| new).to_owned(),
                        verb: cells[5].to_owned(),
                        path: cells[6].to_owned(),
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Puts the sandbox's ids in the path parameters of requests on one route template.
#[derive(Debug)]
struct Rewrite {
    inner: &'static ReqwestTransport,
    /// `/v1` + the route template of the sample's row.
    template: Mutex<String>,
    /// Path parameter name → the value to use.
    ids: Mutex<HashMap<String, String>>,
}

impl Rewrite {
    fn path(&self, path: &str) -> String {
        let template = self.template.lock().unwrap().clone();
        let ids = self.ids.lock().unwrap();
        let segments: Vec<&str> = path.split('/').collect();
        let names: Vec<&str> = template.split('/').collect();
        let mut out = Vec::new();
        for (index, segment) in segments.iter().enumerate() {
            let replacement = names.get(index).and_then(|name| {
                let name = name.strip_prefix('{')?.strip_suffix('}')?;
                ids.get(name)
            });
            out.push(replacement.map_or(*segment, String::as_str).to_owned());
        }
        out.join("/")
    }

    /// The query with the values of the names in `ids` (the `domain` of "check if website
    /// exists") replaced.
    fn query(&self, query: &str) -> String {
        let ids = self.ids.lock().unwrap();
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = ids
                .get(name.as_ref())
                .map_or(value.as_ref(), String::as_str);
            out.append_pair(&name, value);
        }
        out.finish()
    }
}

/// The operator ids the conversation samples use in bodies (as JSON strings).
const SAMPLE_OPERATORS: [&str; 2] = ["a4c32c68-be91-4e29-8a05-976e93abbe3f", "a4c32c68"];

#[async_trait::async_trait]
impl Transport for Rewrite {
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        let (mut parts, body) = request.into_parts();
        let path = self.path(parts.uri.path());
        let rewritten = match parts.uri.query() {
            Some(query) => format!("{path}?{}", self.query(query)),
            None => path,
        };
        // The samples' operator, where a body names one (routing), is the sandbox's.
        let body = {
            let ids = self.ids.lock().unwrap();
            let mut text = String::from_utf8_lossy(&body).into_owned();
            for sample in SAMPLE_OPERATORS {
                text = text.replace(&format!("\"{sample}\""), &format!("\"{}\"", ids["user_id"]));
            }
            // …and its website, where a body names one (the bucket URL's resource).
            text = text.replace(
                "\"8c842203-7ed8-4e29-a608-7cf78a7d2fcc\"",
                &format!("\"{}\"", ids["website_id"]),
            );
            Bytes::from(text)
        };
        let mut uri = parts.uri.clone().into_parts();
        uri.path_and_query = Some(rewritten.parse().expect("path"));
        parts.uri = http::Uri::from_parts(uri).expect("uri");
        self.inner
            .send(http::Request::from_parts(parts, body))
            .await
    }
}

/// One HTTP client for every request of the test (building one per request is slow).
fn transport() -> &'static ReqwestTransport {
    static TRANSPORT: std::sync::OnceLock<ReqwestTransport> = std::sync::OnceLock::new();
    TRANSPORT.get_or_init(|| ReqwestTransport::new().unwrap())
}

/// A request straight to the sandbox; the answer's `data`.
async fn raw(sandbox: &Sandbox, verb: &str, path: &str, body: Value) -> Value {
    let credentials = sandbox.credentials();
    let request = http::Request::builder()
        .method(verb)
        .uri(format!(
            "{}{}",
            sandbox.base_url(),
            path.trim_start_matches('/')
        ))
        .header("authorization", credentials.authorization().unwrap())
        .header("x-crisp-tier", credentials.tier().as_str())
        .header("content-type", "application/json")
        .body(Bytes::from(body.to_string()))
        .unwrap();
    let response = transport().send(request).await.expect("sandbox answers");
    let status = response.status();
    let answer: Value = serde_json::from_slice(response.body()).expect("JSON");
    assert!(status.is_success(), "{verb} {path}: {status} {answer}");
    answer["data"].clone()
}

/// One of each resource in a fresh sandbox; the path parameter values naming them.
async fn fixtures(sandbox: &Sandbox) -> HashMap<String, String> {
    let w = sandbox.website_id().to_string();
    let session = sandbox
        .visitor()
        .nickname("Jane")
        .say("Hello!")
        .await
        .unwrap();
    let fingerprint = sandbox.messages(&session)[0]["fingerprint"].to_string();
    let base = format!("website/{w}");
    let id = |data: Value, field: &str| data[field].as_str().unwrap().to_owned();
    let people = raw(
        sandbox,
        "POST",
        &format!("{base}/people/profile"),
        json!({"email": "fixture@sandbox.example", "person": {"nickname": "Fixture"}}),
    )
    .await;
    let mut ids = HashMap::from([
        ("website_id".to_owned(), w.clone()),
        ("session_id".to_owned(), session.to_string()),
        ("fingerprint".to_owned(), fingerprint),
        ("people_id".to_owned(), id(people, "people_id")),
        ("user_id".to_owned(), sandbox.operator_id().to_string()),
        ("locale".to_owned(), "en".to_owned()),
        ("domain".to_owned(), "sandbox.example".to_owned()),
    ]);
    let creations = [
        (
            "campaign",
            "campaign_id",
            json!({"type": "one-shot", "name": "Welcome"}),
        ),
        (
            "campaigns/template",
            "template_id",
            json!({"name": "Plain", "format": "html"}),
        ),
        ("inbox", "inbox_id", json!({"name": "Billing"})),
        ("team", "team_id", json!({"name": "Billing"})),
        (
            "helpdesk/locale/en/article",
            "article_id",
            json!({"title": "Install"}),
        ),
        (
            "helpdesk/locale/en/category",
            "category_id",
            json!({"name": "Chatbox"}),
        ),
        (
            "helpdesk/redirection",
            "redirection_id",
            json!({"path": "/en/old/", "target": "/en/new/"}),
        ),
    ];
    for (route, field, body) in creations {
        let data = raw(sandbox, "POST", &format!("{base}/{route}"), body).await;
        ids.insert(field.to_owned(), id(data, field));
    }
    let section = raw(
        sandbox,
        "POST",
        &format!(
            "{base}/helpdesk/locale/en/category/{}/section",
            ids["category_id"]
        ),
        json!({"name": "SDKs"}),
    )
    .await;
    ids.insert("section_id".to_owned(), id(section, "section_id"));
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_method_of_the_catalog_decodes_against_the_sandbox() {
    let rows = catalog();
    assert_eq!(rows.len(), 264, "the catalog has 264 methods");
    let by_method: BTreeMap<(&str, &str), &Row> = rows
        .iter()
        .map(|row| ((row.service.as_str(), row.method.as_str()), row))
        .collect();
    let mut passed: BTreeSet<(String, String)> = BTreeSet::new();
    let mut failures = Vec::new();
    for sample in samples::all() {
        let tag = format!("{}.{}", sample.service, sample.method);
        let row = by_method
            .get(&(sample.service, sample.method))
            .unwrap_or_else(|| panic!("{tag}: no catalog row"));
        let sandbox = Sandbox::start().await.unwrap();
        let transport = Arc::new(Rewrite {
            inner: transport(),
            template: Mutex::new(format!("/v1{}", row.path)),
            ids: Mutex::new(fixtures(&sandbox).await),
        });
        let client = Client::builder()
            .credentials(sandbox.credentials())
            .base_url(sandbox.base_url())
            .transport(transport as Arc<dyn Transport>)
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        let before = sandbox.requests().len();
        let result = (sample.run)(client).await;
        let requests = sandbox.requests();
        let sent = &requests[before..];
        let refused: Vec<String> = sent
            .iter()
            .filter(|r| !(200..300).contains(&r.status))
            .map(|r| format!("{} {} → {}", r.method, r.path, r.status))
            .collect();
        match result {
            Err(error) => failures.push(format!("{tag}: {error} {refused:?}")),
            Ok(()) if !refused.is_empty() => failures.push(format!("{tag}: {refused:?}")),
            Ok(()) if sent.is_empty() => failures.push(format!("{tag}: sent nothing")),
            Ok(()) if sent.iter().any(|r| r.method != row.verb) => {
                failures.push(format!("{tag}: sent {sent:?}, the row is {}", row.verb));
            }
            Ok(()) => {
                passed.insert((sample.service.to_owned(), sample.method.to_owned()));
            }
        }
    }
    let missing: Vec<String> = rows
        .iter()
        .filter(|row| !passed.contains(&(row.service.clone(), row.method.clone())))
        .map(|row| format!("{}.{}", row.service, row.method))
        .collect();
    println!(
        "{} of {} methods decode against the sandbox",
        rows.len() - missing.len(),
        rows.len()
    );
    assert!(
        failures.is_empty() && missing.is_empty(),
        "{} failures:\n{}\nmethods without a passing call: {missing:?}",
        failures.len(),
        failures.join("\n")
    );
}
