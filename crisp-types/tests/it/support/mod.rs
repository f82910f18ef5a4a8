//! Fixture helpers shared by the model tests: decode a JSON fixture, re-encode it, and
//! report the JSON path of the first difference.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Where the fixtures live; names are relative to it (`people/profile.json`).
pub(crate) fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub(crate) fn read_fixture(name: &str) -> String {
    let path = fixture_root().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The JSON path and the two values of the first difference between `expected` and
/// `actual`, or `None` when they are equal.
pub(crate) fn first_diff(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|key| {
                let child = format!("{path}.{key}");
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => first_diff(x, y, &child),
                    (Some(x), None) => {
                        Some(format!("{child}: missing after re-encoding (was {x})"))
                    }
                    (None, Some(y)) => Some(format!("{child}: added by re-encoding ({y})")),
                    (None, None) => None,
                }
            })
        }
        (Value::Array(a), Value::Array(b)) => {
            if let Some(found) = a
                .iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (x, y))| first_diff(x, y, &format!("{path}[{i}]")))
            {
                return Some(found);
            }
            (a.len() != b.len())
                .then(|| format!("{path}: array length {} became {}", a.len(), b.len()))
        }
        // Numbers compare by value, so that `1.0` and `1` (or float noise) are reported.
        _ if expected == actual => None,
        _ => Some(format!("{path}: {expected} became {actual}")),
    }
}

/// Decodes `name` into `T`, re-encodes it and compares with the original.
pub(crate) fn round_trip<T: DeserializeOwned + Serialize>(name: &str) -> Result<(), String> {
    let text = read_fixture(name);
    let original: Value =
        serde_json::from_str(&text).map_err(|e| format!("{name}: not JSON: {e}"))?;
    let decoded: T = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{name}: decoding into {} failed: {e}",
            std::any::type_name::<T>()
        )
    })?;
    let encoded = serde_json::to_value(&decoded).map_err(|e| format!("{name}: {e}"))?;
    match first_diff(&original, &encoded, "$") {
        None => Ok(()),
        Some(diff) => Err(format!("{name} ({}): {diff}", std::any::type_name::<T>())),
    }
}

pub(crate) type Check = fn(&str) -> Result<(), String>;

/// Round-trips every fixture of `fixtures` and checks that every file of `dir` (under the
/// fixture root) is listed, so that no fixture is silently skipped.
pub(crate) fn check_all(dir: &str, fixtures: &[(&str, Check)]) {
    let mut failures = String::new();
    for (name, check) in fixtures {
        if let Err(error) = check(name) {
            writeln!(failures, "  {error}").unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "fixtures that do not round-trip:\n{failures}"
    );
    let mut unchecked = Vec::new();
    for entry in std::fs::read_dir(fixture_root().join(dir)).unwrap() {
        let name = format!(
            "{dir}/{}",
            entry.unwrap().file_name().into_string().unwrap()
        );
        if !fixtures.iter().any(|(known, _)| *known == name) {
            unchecked.push(name);
        }
    }
    assert!(unchecked.is_empty(), "fixtures not checked: {unchecked:?}");
}
