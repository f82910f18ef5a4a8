//! Query strings, read the way Crisp's clients write them (`1` / `0` booleans).

use std::collections::HashMap;

/// The decoded `name=value` pairs of a query string; the last value of a repeated name wins.
#[derive(Debug, Default)]
pub(crate) struct Query(HashMap<String, String>);

impl Query {
    /// Parses a raw query (without `?`); `None` is the empty query.
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        Query(
            form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .into_owned()
                .collect(),
        )
    }

    /// The value of `name`, if sent and not empty.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// A boolean flag: `1` / `true` are true, anything else (or absence) false.
    pub(crate) fn flag(&self, name: &str) -> bool {
        matches!(self.get(name), Some("1" | "true"))
    }

    /// A number, if sent and readable.
    pub(crate) fn number(&self, name: &str) -> Option<u64> {
        self.get(name).and_then(|v| v.parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pairs_flags_and_numbers() {
        let query = Query::parse(Some("a=1&b=0&c=x%20y&n=42&e=&t=true"));
        assert!(query.flag("a"));
        assert!(!query.flag("b"));
        assert!(query.flag("t"));
        assert!(!query.flag("missing"));
        assert_eq!(query.get("c"), Some("x y"));
        assert_eq!(query.get("e"), None);
        assert_eq!(query.number("n"), Some(42));
        assert_eq!(query.number("c"), None);
        assert_eq!(Query::parse(None).get("a"), None);
    }
}
