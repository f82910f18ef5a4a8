//! How query values are written on the wire.
//!
//! Crisp's conventions (see the catalog's `SUMMARY.md`): booleans as `1` / `0`, numbers in
//! decimal, text as is, and object or array values as JSON text. Absent values
//! (`None`) are not sent at all.

use serde::Serialize;

use crate::error::Error;

/// A value that can be sent as one query parameter.
pub trait QueryValue {
    /// Writes the value, unencoded, into `out`; returns `false` when the parameter is to be
    /// left out (an absent optional value).
    ///
    /// # Errors
    /// When the value cannot be rendered (a JSON value that fails to serialize).
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error>;
}

impl QueryValue for bool {
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
        out.push(if *self { '1' } else { '0' });
        Ok(true)
    }
}

impl QueryValue for str {
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
        out.push_str(self);
        Ok(true)
    }
}

impl QueryValue for String {
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
        self.as_str().write_query_value(out)
    }
}

macro_rules! number_query_value {
    ($($ty:ty),*) => {$(
        impl QueryValue for $ty {
            fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
                use std::fmt::Write as _;
                let _ = write!(out, "{self}");
                Ok(true)
            }
        }
    )*};
}
number_query_value!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T: QueryValue + ?Sized> QueryValue for &T {
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
        (**self).write_query_value(out)
    }
}

impl<T: QueryValue> QueryValue for Option<T> {
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
        match self {
            Some(value) => value.write_query_value(out),
            None => Ok(false),
        }
    }
}

/// A query value sent as JSON text (objects and arrays, e.g. a filter search query).
#[derive(Clone, Copy, Debug)]
pub struct Json<T>(pub T);

impl<T: Serialize> QueryValue for Json<T> {
    fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
        let text = serde_json::to_string(&self.0).map_err(|e| {
            Error::with_source(
                crate::error::ErrorKind::InvalidArgument {
                    message: "query value does not serialize to JSON".to_owned(),
                },
                e,
            )
        })?;
        out.push_str(&text);
        Ok(true)
    }
}

/// Any id newtype or string enum of `crisp-types` is sent as its text.
macro_rules! display_query_value {
    ($($ty:ty),* $(,)?) => {$(
        impl QueryValue for $ty {
            fn write_query_value(&self, out: &mut String) -> Result<bool, Error> {
                out.push_str(self.as_str());
                Ok(true)
            }
        }
    )*};
}
display_query_value!(
    crisp_types::WebsiteId,
    crisp_types::SessionId,
    crisp_types::PeopleId,
    crisp_types::UserId,
    crisp_types::PluginId,
    crisp_types::InboxId,
    crisp_types::CampaignId,
    crisp_types::TemplateId,
);

#[cfg(test)]
mod tests {
    use super::*;

    fn render(value: &dyn QueryValue) -> Option<String> {
        let mut out = String::new();
        value.write_query_value(&mut out).unwrap().then_some(out)
    }

    #[test]
    fn conventions() {
        assert_eq!(render(&true).as_deref(), Some("1"));
        assert_eq!(render(&false).as_deref(), Some("0"));
        assert_eq!(render(&42u32).as_deref(), Some("42"));
        assert_eq!(render(&"text").as_deref(), Some("text"));
        assert_eq!(render(&None::<u32>), None);
        assert_eq!(render(&Some(7u64)).as_deref(), Some("7"));
        assert_eq!(
            render(&Json(serde_json::json!([{"model": "session"}]))).as_deref(),
            Some(r#"[{"model":"session"}]"#)
        );
    }
}
