//! Serde helpers shared by the REST models and the events. Private: a neutral place both
//! `website` and `event` use, so neither module imports the other for them.

use serde::{Deserialize, Deserializer};

/// A field value that is left out of the JSON: what [`model!`](crate::model!) skips.
///
/// `None`, an empty list or map and a JSON `null` are unset; a type with no unset value
/// (a `bool`, a `String`) has no implementation, so a struct holding one is not a
/// `model!`.
pub(crate) trait Unset {
    /// Whether the value is left out of the JSON.
    fn is_unset(&self) -> bool;
}

impl<T> Unset for Option<T> {
    fn is_unset(&self) -> bool {
        self.is_none()
    }
}

impl<T> Unset for Vec<T> {
    fn is_unset(&self) -> bool {
        self.is_empty()
    }
}

impl<K, V> Unset for std::collections::BTreeMap<K, V> {
    fn is_unset(&self) -> bool {
        self.is_empty()
    }
}

impl Unset for serde_json::Map<String, serde_json::Value> {
    fn is_unset(&self) -> bool {
        self.is_empty()
    }
}

impl Unset for serde_json::Value {
    fn is_unset(&self) -> bool {
        self.is_null()
    }
}

/// Decodes a nullable field into `Some(None)` (`null`) or `Some(Some(value))`; the field's
/// `#[serde(default)]` gives `None` when it is absent.
pub(crate) fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Collects the `.rs` files under `dir`.
    fn sources(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable source dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                sources(&path, files);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }

    /// `event` re-exports REST models; the other way round would be a module cycle.
    #[test]
    fn website_never_imports_event() {
        let website = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/website");
        let mut files = Vec::new();
        sources(&website, &mut files);
        assert!(files.len() > 50, "found the website sources");
        let offenders: Vec<_> = files
            .iter()
            .filter(|path| {
                let text = std::fs::read_to_string(path).expect("readable source");
                text.contains("crate::event")
            })
            .collect();
        assert!(offenders.is_empty(), "website imports event: {offenders:?}");
    }

    #[derive(serde::Deserialize)]
    struct Nullable {
        #[serde(default, deserialize_with = "super::nullable")]
        inbox_id: Option<Option<String>>,
    }

    #[test]
    fn nullable_tells_absent_from_null() {
        let absent: Nullable = serde_json::from_str("{}").unwrap();
        assert_eq!(absent.inbox_id, None);
        let null: Nullable = serde_json::from_str(r#"{"inbox_id":null}"#).unwrap();
        assert_eq!(null.inbox_id, Some(None));
        let set: Nullable = serde_json::from_str(r#"{"inbox_id":"i1"}"#).unwrap();
        assert_eq!(set.inbox_id, Some(Some("i1".to_owned())));
    }
}
