//! Request bodies with a single field, built from a method's arguments without an
//! intermediate `serde_json::Value`.
//!
//! Bodies with several fields are private `#[derive(Serialize)]` structs beside their
//! method (borrowing the arguments); bodies users build are public types of
//! `crisp-types`.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// The body `{"<name>": value}`, borrowing the value.
pub(crate) struct Field<'a, T: ?Sized> {
    name: &'static str,
    value: &'a T,
}

/// The body `{"<name>": value}`: the same bytes as a struct with one field `name`.
pub(crate) fn field<'a, T: Serialize + ?Sized>(name: &'static str, value: &'a T) -> Field<'a, T> {
    Field { name, value }
}

impl<T: Serialize + ?Sized> Serialize for Field<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.name, self.value)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn a_field_is_a_one_key_object() {
        assert_eq!(
            serde_json::to_string(&field("name", "a\"b")).unwrap(),
            r#"{"name":"a\"b"}"#
        );
        assert_eq!(
            serde_json::to_string(&field("inbox_id", &None::<&str>)).unwrap(),
            r#"{"inbox_id":null}"#
        );
        assert_eq!(
            serde_json::to_string(&field("opened", &false)).unwrap(),
            r#"{"opened":false}"#
        );
    }
}
