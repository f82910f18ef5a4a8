//! Search parameters of "list conversations".

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Number;

crate::string_enum! {
    /// How `search_query` is read (`search_type`).
    pub enum SearchType {
        /// Full-text search.
        Text = "text",
        /// Search by segment.
        Segment = "segment",
        /// Structured filters ([`FilterSearchQuery`] list).
        Filter = "filter",
    }
}

/// One filter of a filter search; the list is sent JSON-encoded in `search_query`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterSearchQuery {
    /// Field to filter on (e.g. `segments`).
    pub criterion: String,
    /// Values to compare with: text, or numbers for numeric fields (e.g. a `score`
    /// greater than 10).
    pub query: Vec<FilterValue>,
    /// Model the field belongs to (e.g. `conversation`).
    pub model: String,
    /// Comparison (e.g. `eq`).
    pub operator: String,
}

impl FilterSearchQuery {
    /// A filter. `query` takes text and numbers alike:
    ///
    /// ```
    /// use crisp_types::website::conversation::FilterSearchQuery;
    ///
    /// let vip = FilterSearchQuery::new("segments", ["vip"], "people", "eq");
    /// let engaged = FilterSearchQuery::new("score", [10], "people", "gt");
    /// assert_eq!(
    ///     serde_json::to_string(&engaged).unwrap(),
    ///     r#"{"criterion":"score","query":[10],"model":"people","operator":"gt"}"#
    /// );
    /// # let _ = vip;
    /// ```
    pub fn new(
        criterion: impl Into<String>,
        query: impl IntoIterator<Item = impl Into<FilterValue>>,
        model: impl Into<String>,
        operator: impl Into<String>,
    ) -> Self {
        FilterSearchQuery {
            criterion: criterion.into(),
            query: query.into_iter().map(Into::into).collect(),
            model: model.into(),
            operator: operator.into(),
        }
    }
}

/// One value of a filter's `query`: text or a number, written as a JSON string or number.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterValue {
    /// A text value (`"vip"`).
    Text(String),
    /// A number (`10`, `-3`, `4.5`), kept as written.
    Number(Number),
}

impl FilterValue {
    /// The value, when it is text.
    #[must_use]
    pub fn as_text(&self) -> Option<&str> {
        match self {
            FilterValue::Text(text) => Some(text),
            FilterValue::Number(_) => None,
        }
    }

    /// The value, when it is a number.
    #[must_use]
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            FilterValue::Number(number) => Some(number),
            FilterValue::Text(_) => None,
        }
    }
}

impl From<&str> for FilterValue {
    fn from(value: &str) -> Self {
        FilterValue::Text(value.to_owned())
    }
}

impl From<String> for FilterValue {
    fn from(value: String) -> Self {
        FilterValue::Text(value)
    }
}

impl From<&String> for FilterValue {
    fn from(value: &String) -> Self {
        FilterValue::Text(value.clone())
    }
}

impl From<Number> for FilterValue {
    fn from(value: Number) -> Self {
        FilterValue::Number(value)
    }
}

macro_rules! filter_number_from {
    ($($ty:ty),+) => {
        $(
            impl From<$ty> for FilterValue {
                fn from(value: $ty) -> Self {
                    FilterValue::Number(Number::from(value))
                }
            }
        )+
    };
}

filter_number_from!(i32, i64, u32, u64);

impl Serialize for FilterValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FilterValue::Text(text) => serializer.serialize_str(text),
            FilterValue::Number(number) => number.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FilterValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;

        impl serde::de::Visitor<'_> for ValueVisitor {
            type Value = FilterValue;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or a number (filter value)")
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<FilterValue, E> {
                Ok(FilterValue::Text(value.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, value: String) -> Result<FilterValue, E> {
                Ok(FilterValue::Text(value))
            }

            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<FilterValue, E> {
                Ok(FilterValue::Number(value.into()))
            }

            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<FilterValue, E> {
                Ok(FilterValue::Number(value.into()))
            }

            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<FilterValue, E> {
                Number::from_f64(value)
                    .map(FilterValue::Number)
                    .ok_or_else(|| E::custom("a filter value must be a finite number"))
            }
        }

        deserializer.deserialize_any(ValueVisitor)
    }
}
