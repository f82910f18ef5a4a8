//! The catalog rows the REST surface must match.

use std::collections::BTreeSet;
use std::path::Path;

/// One row of the catalog.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub(crate) service: String,
    /// The Crisp label (`name` column).
    pub(crate) label: String,
    /// The Rust method that serves this row.
    pub(crate) method: String,
    pub(crate) verb: String,
    pub(crate) path: String,
    /// Query names; `None` when the query is an untyped passthrough (`*options`).
    pub(crate) query: Option<BTreeSet<String>>,
    pub(crate) body: Body,
    pub(crate) tiers: String,
    /// The catalog file the row comes from.
    pub(crate) file: &'static str,
}

/// What the row says of the body.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Body {
    /// No body argument.
    None,
    /// A whole argument is the body.
    Whole,
    /// `raw{a,b?}`: keys, and whether each is always sent (a key without `?` whose value
    /// is an optional argument of the official client may still be left out).
    Raw(Vec<(String, bool)>),
}

/// Rows whose `rust_method` collides with an older row of the same service: the name of
/// the method that serves the newer row.
pub(crate) const RENAMED: &[(&str, &str, &str)] = &[
    (
        "website",
        "map_helpdesk_locale_feedback_ratings",
        "map_helpdesk_feedback_ratings_by_content_type",
    ),
    (
        "website",
        "list_helpdesk_locale_feedbacks",
        "list_helpdesk_feedbacks_by_content_type",
    ),
    (
        "website",
        "import_external_helpdesk_to_locale",
        "import_external_helpdesk_by_content_type",
    ),
    (
        "website",
        "export_helpdesk_locale_articles",
        "export_helpdesk_by_content_type",
    ),
];

pub(crate) struct Catalog {
    pub(crate) rows: Vec<Row>,
}

impl Catalog {
    pub(crate) fn load() -> Self {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
        let mut rows = parse(&data.join("endpoints.tsv"), false);
        refine_raw_bodies(&data.join("catalog.json"), &mut rows);
        let next = data.join("endpoints_next.tsv");
        if next.exists() {
            rows.extend(parse(&next, true));
        }
        Catalog { rows }
    }

    pub(crate) fn find(&self, service: &str, method: &str) -> Option<&Row> {
        self.rows
            .iter()
            .find(|row| row.service == service && row.method == method)
    }
}

fn parse(path: &Path, next: bool) -> Vec<Row> {
    let file = if next {
        "endpoints_next.tsv"
    } else {
        "endpoints.tsv"
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{}: no column {name}", path.display()))
    };
    let (service, label, method, verb, route, query, body, tiers) = (
        column("service"),
        column("name"),
        column("rust_method"),
        column("verb"),
        column("path"),
        column("query"),
        column("body"),
        column("tiers"),
    );
    lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let cell = |i: usize| cells.get(i).copied().unwrap_or("").to_owned();
            let mut method_name = cell(method);
            if next {
                if let Some((_, _, renamed)) = RENAMED
                    .iter()
                    .find(|(s, old, _)| *s == cell(service) && *old == method_name)
                {
                    method_name = (*renamed).to_owned();
                }
            }
            let query_cell = cell(query);
            Row {
                service: cell(service),
                label: cell(label),
                method: method_name,
                verb: cell(verb),
                path: cell(route),
                query: if query_cell.starts_with('*') {
                    None
                } else {
                    Some(
                        query_cell
                            .split(',')
                            .filter(|q| !q.is_empty())
                            .map(str::to_owned)
                            .collect(),
                    )
                },
                body: parse_body(&cell(body)),
                tiers: cell(tiers),
                file,
            }
        })
        .collect()
}

fn parse_body(cell: &str) -> Body {
    if cell.is_empty() {
        return Body::None;
    }
    match cell
        .strip_prefix("raw{")
        .and_then(|rest| rest.strip_suffix('}'))
    {
        Some(keys) => Body::Raw(
            keys.split(',')
                .filter(|k| !k.is_empty())
                .map(|k| match k.strip_suffix('?') {
                    Some(optional) => (optional.to_owned(), false),
                    None => (k.to_owned(), true),
                })
                .collect(),
        ),
        None => Body::Whole,
    }
}

/// In `raw{a,b?}`, a key without `?` is always *assigned*, but the official client assigns
/// some from optional arguments (`user: user`), and those vanish from the JSON when not
/// given. `catalog.json` says which: such keys are not required.
fn refine_raw_bodies(path: &Path, rows: &mut [Row]) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let catalog: serde_json::Value = serde_json::from_str(&text).expect("catalog.json");
    let endpoints = catalog["endpoints"].as_array().expect("endpoints");
    for row in rows.iter_mut() {
        let Body::Raw(keys) = &mut row.body else {
            continue;
        };
        let Some(endpoint) = endpoints.iter().find(|e| {
            e["service"] == row.service.as_str() && e["rust_method"] == row.method.as_str()
        }) else {
            continue;
        };
        let optional_params: Vec<&str> = endpoint["params"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["optional"] == true)
            .filter_map(|p| p["name"].as_str())
            .collect();
        for detail in endpoint["body_detail"]["keys"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let from_optional = detail["value"]
                .as_str()
                .is_some_and(|value| optional_params.contains(&value));
            if let Some((_, required)) = keys
                .iter_mut()
                .find(|(key, _)| detail["key"] == key.as_str())
            {
                *required &= !from_optional;
            }
        }
    }
}
