//! Runs the samples through the capture transport and checks each request against its
//! catalog row.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crisp_core::test_util::{CannedResponse, CaptureTransport};
use crisp_rest::{Client, Credentials, RetryPolicy};
use serde_json::{Value, json};

use super::catalog::{Body, Catalog, Row};
use crate::samples::Sample;

pub(crate) struct Report {
    total: usize,
    conforming: usize,
    /// Per catalog file: (conforming, rows).
    per_file: BTreeMap<&'static str, (usize, usize)>,
    problems: Vec<String>,
    missing: Vec<String>,
}

impl Report {
    pub(crate) fn summary(&self) -> String {
        let mut text = format!("{}/{} methods conform", self.conforming, self.total);
        let files: Vec<String> = self
            .per_file
            .iter()
            .map(|(file, (ok, rows))| format!("{ok}/{rows} of {file}"))
            .collect();
        text.push_str(&format!(" ({})", files.join(", ")));
        if !self.missing.is_empty() {
            text.push_str(&format!("; {} rows have no sample", self.missing.len()));
        }
        text
    }

    pub(crate) fn details(&self) -> String {
        let mut text = self.summary();
        for line in self.missing.iter().chain(&self.problems) {
            text.push_str("\n  ");
            text.push_str(line);
        }
        text
    }

    pub(crate) fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.missing.is_empty() && self.conforming == self.total
    }
}

pub(crate) async fn run(catalog: &Catalog, samples: Vec<Sample>) -> Report {
    let transport = Arc::new(CaptureTransport::new());
    let client = Client::builder()
        .credentials(Credentials::plugin("identifier", "key"))
        .transport(Arc::clone(&transport) as Arc<dyn crisp_rest::Transport>)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");

    let mut problems = Vec::new();
    // Per row: the problems found, and the union of the query names its samples sent.
    let mut seen: BTreeMap<(String, String), (bool, BTreeSet<String>)> = BTreeMap::new();
    for sample in samples {
        let tag = format!("{}.{}", sample.service, sample.method);
        let Some(row) = catalog.find(sample.service, sample.method) else {
            problems.push(format!("{tag}: sample for a method with no catalog row"));
            continue;
        };
        transport.clear();
        transport.push(if row.verb == "HEAD" {
            CannedResponse::json(200, "")
        } else {
            let body = json!({"error": false, "reason": "resolved", "data": sample.data});
            CannedResponse::json(200, &body.to_string())
        });
        let result = (sample.run)(client.clone()).await;
        let requests = transport.requests();
        let mut errors = Vec::new();
        if let Err(error) = &result {
            errors.push(format!("call failed: {error}"));
        }
        let entry = seen
            .entry((row.service.clone(), row.method.clone()))
            .or_insert((true, BTreeSet::new()));
        match requests.as_slice() {
            [request] => {
                check_request(row, &sample, request, &mut errors);
                entry
                    .1
                    .extend(request.query_names().into_iter().map(str::to_owned));
            }
            other => errors.push(format!("{} requests sent, expected 1", other.len())),
        }
        // The same call refused: its error must name the method, verb and route.
        transport.clear();
        transport.push(CannedResponse::json(
            400,
            r#"{"error":true,"reason":"invalid_data","data":{}}"#,
        ));
        match (sample.run)(client.clone()).await {
            Ok(()) => errors.push("a 400 answer did not fail the call".to_owned()),
            Err(error) => match error.call() {
                Some(call)
                    if call.method_name == Some(row.method.as_str())
                        && call.verb.as_str() == row.verb
                        && call.route == row.path
                        && call.attempts == 1 => {}
                other => errors.push(format!("the error names the call {other:?}: {error}")),
            },
        }
        if !errors.is_empty() {
            entry.0 = false;
            problems.extend(errors.into_iter().map(|e| format!("{tag}: {e}")));
        }
    }

    let mut missing = Vec::new();
    let mut conforming = 0;
    let mut per_file: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    for row in &catalog.rows {
        per_file.entry(row.file).or_default().1 += 1;
        let key = (row.service.clone(), row.method.clone());
        match seen.get(&key) {
            None => missing.push(format!(
                "{}.{}: no sample ({} {})",
                row.service, row.method, row.verb, row.path
            )),
            Some((ok, names)) => {
                let mut ok = *ok;
                if let Some(expected) = &row.query {
                    if names != expected {
                        ok = false;
                        problems.push(format!(
                            "{}.{}: samples sent query names {names:?}, the row has {expected:?}",
                            row.service, row.method
                        ));
                    }
                }
                if ok {
                    conforming += 1;
                    per_file.entry(row.file).or_default().0 += 1;
                }
            }
        }
    }
    Report {
        total: catalog.rows.len(),
        conforming,
        per_file,
        problems,
        missing,
    }
}

fn check_request(
    row: &Row,
    sample: &Sample,
    request: &crisp_core::test_util::CapturedRequest,
    errors: &mut Vec<String>,
) {
    if request.method.as_str() != row.verb {
        errors.push(format!("verb {} (row: {})", request.method, row.verb));
    }
    let path = request.path();
    match path.strip_prefix("/v1") {
        Some(path) => {
            if let Err(e) = path_matches(&row.path, path) {
                errors.push(format!("path {path} does not render {}: {e}", row.path));
            }
        }
        None => errors.push(format!("path {path} is not under /v1")),
    }
    if let Some(expected) = &row.query {
        for name in request.query_names() {
            if !expected.contains(name) {
                errors.push(format!("query name `{name}` is not in the row"));
            }
        }
    }
    if let Some((verb, path)) = sample.request_line {
        if request.method.as_str() != verb || request.path() != path {
            errors.push(format!(
                "request {} {}, expected {verb} {path}",
                request.method,
                request.path()
            ));
        }
    }
    if let Some(query) = sample.query {
        if request.query().unwrap_or("") != query {
            errors.push(format!("query {:?}, expected {query:?}", request.query()));
        }
    }
    let body = request.json();
    let raw_body = !request.body.is_empty();
    let body_expected = match row.verb.as_str() {
        "POST" | "PUT" | "PATCH" => true,
        "DELETE" => row.body != Body::None,
        _ => false,
    };
    if raw_body != body_expected {
        errors.push(format!(
            "body {} (row: {})",
            if raw_body { "sent" } else { "absent" },
            if body_expected { "a body" } else { "no body" }
        ));
    }
    if raw_body && body.is_none() {
        errors.push("body is not JSON".to_owned());
    }
    if let (Body::Raw(keys), Some(body)) = (&row.body, &body) {
        match body.as_object() {
            None => errors.push(format!("raw body is not an object: {body}")),
            Some(object) => {
                for key in object.keys() {
                    if !keys.iter().any(|(k, _)| k == key) {
                        errors.push(format!("body key `{key}` is not in the row"));
                    }
                }
                for (key, required) in keys {
                    if *required && !object.contains_key(key) {
                        errors.push(format!("body lacks the required key `{key}`"));
                    }
                }
            }
        }
    }
    if let (Body::Whole, Some(body)) = (&row.body, &body) {
        if !matches!(body, Value::Object(_) | Value::Array(_)) {
            errors.push(format!("body is not an object or array: {body}"));
        }
    }
    if let Some(expected) = &sample.body {
        if body.as_ref() != Some(expected) {
            errors.push(format!("body {body:?}, expected {expected}"));
        }
    }
}

/// Whether `path` is `template` with every `{parameter}` filled by one non-empty segment
/// (`{path}`, a tree path, by one or more).
fn path_matches(template: &str, path: &str) -> Result<(), String> {
    let template: Vec<&str> = template.split('/').collect();
    let actual: Vec<&str> = path.split('/').collect();
    let mut a = 0;
    for (t_index, segment) in template.iter().enumerate() {
        if *segment == "{path}" {
            // The tree path takes every segment but those the rest of the template needs.
            let rest = template.len() - t_index - 1;
            let end = actual.len().checked_sub(rest).ok_or("too few segments")?;
            if end <= a || actual[a..end].iter().any(|s| s.is_empty()) {
                return Err("empty tree path".to_owned());
            }
            a = end;
            continue;
        }
        let Some(value) = actual.get(a) else {
            return Err("too few segments".to_owned());
        };
        if segment.starts_with('{') {
            if value.is_empty() {
                return Err(format!("empty value for {segment}"));
            }
        } else if segment != value {
            return Err(format!("segment `{value}` where the route has `{segment}`"));
        }
        a += 1;
    }
    if a != actual.len() {
        return Err("too many segments".to_owned());
    }
    Ok(())
}
