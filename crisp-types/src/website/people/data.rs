//! Custom data stored on a people profile.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Custom data of a profile, `{"data": {key: value}}` with string, number or boolean
/// values: response of "get people data", and body of "save people data" (replaces
/// every key) and "update people data" (changes only the keys sent).
///
/// ```
/// use crisp_types::website::people::PeopleData;
///
/// let data = PeopleData::new().set("plan", "premium").set("seats", 3);
/// assert_eq!(
///     serde_json::to_string(&data).unwrap(),
///     r#"{"data":{"plan":"premium","seats":3}}"#
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleData {
    /// The data, by key. Always sent, even when empty.
    #[serde(default)]
    pub data: Map<String, Value>,
}

impl PeopleData {
    /// No data.
    #[must_use]
    pub fn new() -> Self {
        PeopleData::default()
    }

    /// Sets one key (a string, number or boolean).
    #[must_use]
    pub fn set(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.data.insert(key.into(), value.into());
        self
    }

    /// The value of one key.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.data.get(key)
    }
}

impl From<Map<String, Value>> for PeopleData {
    fn from(data: Map<String, Value>) -> Self {
        PeopleData { data }
    }
}
