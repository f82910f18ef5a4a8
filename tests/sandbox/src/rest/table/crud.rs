//! The stateful collections of the route table: records created, read, listed, changed
//! and removed through their routes.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::app::App;
use crate::clock::now_ms;
use crate::envelope::{ApiError, paginate};
use crate::ids;
use crate::query::Query;
use crate::state::records::{Key, merge};

/// Records per page of a collection list.
const PER_PAGE: usize = 20;

/// A stateful collection.
#[derive(Debug)]
pub(crate) struct Collection {
    /// Its name (part of the storage key).
    pub(crate) name: &'static str,
    /// The path parameter and record field holding a record's id (`campaign_id`); for a
    /// singleton collection, the parameter of the record it belongs to (`people_id`).
    pub(crate) id: &'static str,
    /// One record per owner (people data, subscriptions): read as `template` until written.
    pub(crate) singleton: bool,
    /// What a new record starts from, before the body is merged in.
    pub(crate) template: &'static str,
    /// The 404 reason of a missing record.
    pub(crate) missing: &'static str,
}

/// An operation on a collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    /// Adds a record from the body, with a fresh id; answers `{<id>: …}`.
    Create,
    /// Adds a record from the body, without id (events); answers nothing.
    Append,
    /// 200 if the record exists, else 404.
    Exists,
    /// The record.
    Get,
    /// A page of the records, oldest first.
    List,
    /// Replaces the record with the template and the body.
    Save,
    /// Merges the body into the record.
    Update,
    /// Removes the record.
    Delete,
}

/// What an operation answers.
#[derive(Debug)]
pub(crate) enum Answer {
    /// An empty 200 (HEAD).
    Exists,
    /// `data: {}`.
    Done,
    /// This `data`.
    Data(Value),
}

/// The storage key: the website, the collection and the other path parameters (the
/// helpdesk locale, the category of a section…).
fn key(collection: &Collection, params: &HashMap<String, String>) -> Key {
    let mut scope: Vec<(&String, &String)> = params
        .iter()
        .filter(|(name, _)| {
            !matches!(name.as_str(), "website_id" | "page_number")
                && (collection.singleton || name.as_str() != collection.id)
        })
        .collect();
    scope.sort();
    let mut text = collection.name.to_owned();
    for (name, value) in scope {
        text.push_str(&format!(";{name}={value}"));
    }
    (params.get("website_id").cloned().unwrap_or_default(), text)
}

fn template(collection: &Collection) -> Value {
    serde_json::from_str(collection.template).unwrap_or_else(|_| json!({}))
}

/// The body as an object (a body of another JSON type is refused).
fn object(body: &Value) -> Result<Value, ApiError> {
    if body.is_object() {
        Ok(body.clone())
    } else {
        Err(ApiError::invalid_field(
            ".",
            "request body: expected a JSON object",
        ))
    }
}

/// Stamps `updated_at` (and `created_at`, `timestamp` on a new record) where the template has them.
fn stamp(record: &mut Value, created: bool) {
    let now = now_ms();
    let template_keys: Vec<String> = record
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    if let Some(object) = record.as_object_mut() {
        for key in template_keys {
            if key == "updated_at" || (created && (key == "created_at" || key == "timestamp")) {
                object.insert(key, json!(now));
            }
        }
    }
}

pub(crate) fn run(
    app: &App,
    collection: &'static Collection,
    op: Op,
    params: &HashMap<String, String>,
    page: Option<usize>,
    _query: &Query,
    body: &Value,
) -> Result<Answer, ApiError> {
    let key = key(collection, params);
    let id = params.get(collection.id).cloned();
    let missing = || ApiError::not_found(collection.missing);
    match op {
        Op::Create | Op::Append => {
            let mut record = template(collection);
            merge(&mut record, object(body)?);
            let new_id = ids::uuid();
            if op == Op::Create {
                record[collection.id] = json!(new_id);
            }
            stamp(&mut record, true);
            app.change(|store, _| {
                store.website(&key.0)?;
                store.records.put(key, new_id.clone(), record);
                Ok(())
            })?;
            Ok(match op {
                Op::Create => Answer::Data(json!({ collection.id: new_id })),
                _ => Answer::Done,
            })
        }
        Op::List => {
            let page = page.unwrap_or(1);
            app.read(|store| {
                let items: Vec<Value> = store
                    .records
                    .list(&key)
                    .iter()
                    .map(|(_, v)| v.clone())
                    .collect();
                Ok(Answer::Data(Value::Array(paginate(items, page, PER_PAGE))))
            })
        }
        Op::Exists | Op::Get => {
            let id = id.ok_or_else(missing)?;
            app.read(|store| match store.records.get(&key, &id) {
                Some(_) if op == Op::Exists => Ok(Answer::Exists),
                Some(record) => Ok(Answer::Data(record.clone())),
                None if collection.singleton => Ok(Answer::Data(template(collection))),
                None => Err(missing()),
            })
        }
        Op::Save | Op::Update => {
            let id = id.ok_or_else(missing)?;
            let patch = object(body)?;
            app.change(|store, _| {
                let current = store.records.get(&key, &id).cloned();
                let mut record = match (op, current) {
                    (_, None) if !collection.singleton => return Err(missing()),
                    (Op::Update, Some(current)) => current,
                    (_, current) => {
                        let mut fresh = template(collection);
                        // A replaced record keeps its id and creation time.
                        if let Some(current) = current {
                            for field in [collection.id, "created_at"] {
                                if let Some(value) = current.get(field) {
                                    fresh[field] = value.clone();
                                }
                            }
                        }
                        fresh
                    }
                };
                merge(&mut record, patch);
                if !collection.singleton {
                    record[collection.id] = json!(id);
                }
                stamp(&mut record, false);
                store.records.put(key, id, record);
                Ok(Answer::Done)
            })
        }
        Op::Delete => {
            let id = id.ok_or_else(missing)?;
            app.change(|store, _| {
                if store.records.remove(&key, &id) {
                    Ok(Answer::Done)
                } else {
                    Err(missing())
                }
            })
        }
    }
}
