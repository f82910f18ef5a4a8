//! The macros every model file uses: [`string_enum!`](crate::string_enum!) for closed
//! sets of strings, [`id!`](macro@crate::id) for identifier newtypes and
//! [`model!`](crate::model!) for structs whose fields are all optional,
//! [`setters!`](crate::setters!) for the chained setters of request bodies and
//! [`extends!`](crate::extends!) for a model that holds another one flattened.
//!
//! They are internal to `crisp-types` (not `#[macro_export]`ed): no other crate of the
//! workspace declares models, and exporting them would make their generated shape part of
//! the public API. The crate root re-exports them as `crate::string_enum!` and `crate::id!`.

/// Declares a `#[non_exhaustive]` enum over a closed set of wire strings, with an
/// `Unknown(String)` variant that keeps any other value unchanged.
///
/// Generated: `as_str`, `Display`, `FromStr` (infallible), `From<&str>`, `From<String>`,
/// `Serialize` / `Deserialize` as a JSON string. Unknown values round-trip byte for byte
/// (see the tests below for an example).
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $wire:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
            /// A value this version of the library does not know, kept as sent.
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every known value, in declaration order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The value as it is written on the wire.
            #[must_use]
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Unknown(other) => other.as_str(),
                }
            }

            /// Whether this is a value the library does not know.
            #[must_use]
            pub fn is_unknown(&self) -> bool {
                ::std::matches!(self, $name::Unknown(_))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => $name::$variant,)+
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $($wire => $name::$variant,)+
                    _ => $name::Unknown(value),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok($name::from(value))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                deserializer.deserialize_str($crate::macros::StrVisitor::<$name>::new(::std::stringify!($name)))
            }
        }
    };
}

/// Declares a string identifier newtype, so that a session id cannot be passed where a
/// website id is expected.
///
/// Generated: `new`, `as_str`, `into_string`, `Display`, `AsRef<str>`, `Borrow<str>`,
/// `From<&str>`, `From<String>`, and transparent serde.
macro_rules! id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(::std::string::String);

        impl $name {
            /// Wraps an identifier as Crisp sends it. No validation is done: the REST client
            /// percent-encodes every path segment, so any value is safe to send.
            pub fn new(value: impl ::std::convert::Into<::std::string::String>) -> Self {
                $name(value.into())
            }

            /// The identifier as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The identifier as an owned `String`.
            #[must_use]
            pub fn into_string(self) -> ::std::string::String {
                self.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl ::std::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl ::std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                $name(value.to_owned())
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                $name(value)
            }
        }

        impl ::std::convert::From<&$name> for $name {
            fn from(value: &$name) -> Self {
                value.clone()
            }
        }
    };
}

/// Declares a struct whose fields may all be missing: a response model or an update body.
///
/// The container is `#[serde(default)]` (so any subset of the fields decodes, exactly as
/// with `#[serde(default)]` on every field: the struct must implement `Default`, derived
/// or by hand, giving each field its own default), and every field is left out of the JSON
/// while it is unset ([`Unset`](crate::serde_util::Unset): `None`, an empty list or map, a
/// JSON `null`), so a decoded value re-encodes to the JSON it came from. Each field keeps
/// its own docs and other serde attributes (`rename`, `deserialize_with`, …). For example
///
/// ```text
/// crate::model! {
///     /// A campaign sender.
///     #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
///     pub struct CampaignSender {
///         /// Operator user identifier.
///         pub user_id: Option<UserId>,
///         /// Kind (`type`).
///         #[serde(rename = "type")]
///         pub kind: Option<String>,
///         /// Segments.
///         pub segments: Vec<String>,
///     }
/// }
/// ```
///
/// generates
///
/// ```text
/// /// A campaign sender.
/// #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
/// #[serde(default)]
/// pub struct CampaignSender {
///     /// Operator user identifier.
///     #[serde(skip_serializing_if = "crate::serde_util::Unset::is_unset")]
///     pub user_id: Option<UserId>,
///     /// Kind (`type`).
///     #[serde(rename = "type")]
///     #[serde(skip_serializing_if = "crate::serde_util::Unset::is_unset")]
///     pub kind: Option<String>,
///     /// Segments.
///     #[serde(skip_serializing_if = "crate::serde_util::Unset::is_unset")]
///     pub segments: Vec<String>,
/// }
/// ```
///
/// A field of a type that is never unset (a `bool`, a `String`) does not compile here:
/// such a struct is written by hand, with `#[serde(default)]` where it applies.
macro_rules! model {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                $field_vis:vis $field:ident: $ty:ty
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[serde(default)]
        $vis struct $name {
            $(
                $(#[$field_meta])*
                #[serde(skip_serializing_if = "crate::serde_util::Unset::is_unset")]
                $field_vis $field: $ty,
            )*
        }
    };
}

/// Writes the chained setters of a body type: one `pub fn field(mut self, field: T) -> Self`
/// per entry, storing `Some(field)` in the field of that name (`Some(field.into())` for an
/// `impl Into<T>` entry). Each entry keeps its own docs and attributes.
///
/// ```text
/// crate::setters! {
///     impl HelpdeskLocaleSectionUpdate {
///         /// Sets the name.
///         name: impl Into<String>,
///         /// Sets the position in the category.
///         order: u32,
///     }
/// }
/// ```
///
/// generates
///
/// ```text
/// impl HelpdeskLocaleSectionUpdate {
///     /// Sets the name.
///     pub fn name(mut self, name: impl Into<String>) -> Self {
///         self.name = Some(name.into());
///         self
///     }
///
///     /// Sets the position in the category.
///     pub fn order(mut self, order: u32) -> Self {
///         self.order = Some(order);
///         self
///     }
/// }
/// ```
///
/// A setter that does more than store its argument (builds a nested value, takes a list)
/// is written by hand beside it.
macro_rules! setters {
    (impl $name:ident { $($entries:tt)* }) => {
        impl $name {
            crate::setters!(@each $($entries)*);
        }
    };
    (@each) => {};
    (@each $(#[$meta:meta])* $field:ident: impl Into<$ty:ty>, $($rest:tt)*) => {
        $(#[$meta])*
        pub fn $field(mut self, $field: impl Into<$ty>) -> Self {
            self.$field = Some($field.into());
            self
        }
        crate::setters!(@each $($rest)*);
    };
    (@each $(#[$meta:meta])* $field:ident: $ty:ty, $($rest:tt)*) => {
        $(#[$meta])*
        pub fn $field(mut self, $field: $ty) -> Self {
            self.$field = Some($field);
            self
        }
        crate::setters!(@each $($rest)*);
    };
}

/// For a model that extends another (the list excerpt of a campaign, a held spam without
/// its content) through a `#[serde(flatten)]` field: `Deref` and `DerefMut` to that field,
/// so the base's fields read as the model's own (`campaign.name`), and the base marked as
/// never unset for [`model!`](crate::model!)'s skip (flattened, it writes only its set
/// fields).
///
/// ```text
/// crate::extends!(Campaign => excerpt: CampaignExcerpt);
/// ```
macro_rules! extends {
    ($name:ident => $field:ident: $base:ty) => {
        impl ::std::ops::Deref for $name {
            type Target = $base;

            fn deref(&self) -> &$base {
                &self.$field
            }
        }

        impl ::std::ops::DerefMut for $name {
            fn deref_mut(&mut self) -> &mut $base {
                &mut self.$field
            }
        }

        impl crate::serde_util::Unset for $base {
            fn is_unset(&self) -> bool {
                false
            }
        }
    };
}

/// Implements `Debug` for a struct that holds a secret (a token, a key, a password): the
/// other fields as derived, each secret field as `<redacted>`, so that logging a value
/// never prints the secret.
macro_rules! redacted_debug {
    ($name:ident { $($field:ident),* ; secret: $($secret:ident),+ }) => {
        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!($name))
                    $(.field(stringify!($field), &self.$field))*
                    $(.field(stringify!($secret), &crate::macros::Redacted))+
                    .finish()
            }
        }
    };
}

/// Shown in place of a secret by [`redacted_debug!`].
pub(crate) struct Redacted;

impl ::std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("<redacted>")
    }
}

pub(crate) use {extends, id, model, redacted_debug, setters, string_enum};

/// Serde visitor shared by every [`string_enum!`](crate::string_enum!) type: borrows the
/// string when it can, so known values decode without allocating.
#[derive(Debug)]
pub(crate) struct StrVisitor<T> {
    name: &'static str,
    marker: ::std::marker::PhantomData<fn() -> T>,
}

impl<T> StrVisitor<T> {
    #[must_use]
    pub(crate) const fn new(name: &'static str) -> Self {
        StrVisitor {
            name,
            marker: ::std::marker::PhantomData,
        }
    }
}

impl<T> serde::de::Visitor<'_> for StrVisitor<T>
where
    T: for<'a> From<&'a str> + From<String>,
{
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a string ({})", self.name)
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
        Ok(T::from(value))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<T, E> {
        Ok(T::from(value))
    }
}

#[cfg(test)]
#[allow(unreachable_pub, dead_code)] // The generated API is `pub`; the test types are not.
mod tests {
    crate::string_enum! {
        /// A traffic light.
        pub enum Light {
            /// Stop.
            Red = "red",
            /// Go.
            Green = "green",
        }
    }

    crate::id! {
        /// A test identifier.
        LightId
    }

    #[test]
    fn string_enum_keeps_unknown_values() {
        assert_eq!(Light::from("red"), Light::Red);
        assert_eq!(Light::from("blue").as_str(), "blue");
        assert!(Light::from("blue").is_unknown());
        assert_eq!(Light::KNOWN, &[Light::Red, Light::Green]);
        let decoded: Light = serde_json::from_str("\"green\"").unwrap();
        assert_eq!(decoded, Light::Green);
        assert_eq!(
            serde_json::to_string(&Light::from("amber")).unwrap(),
            "\"amber\""
        );
        assert!(serde_json::from_str::<Light>("1").is_err());
    }

    #[test]
    fn id_is_a_transparent_string() {
        let id = LightId::new("l1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"l1\"");
        assert_eq!(id.as_str(), "l1");
        assert_eq!(LightId::from("l1"), id);
    }
}
