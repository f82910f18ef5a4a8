//! Finds the JSON path of a decoding error: a deserializer wrapper that notes, as an error
//! travels back up, the key or index it went through at each level.
//!
//! Used on the failure path only: a payload is first decoded without it, at full speed,
//! and only when that fails is it decoded again through [`Track`] to learn where. The
//! error of the second pass is the same as the first (same input, same types).

use std::cell::RefCell;
use std::fmt::{self, Write as _};

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// One step of a path: an object key or an array index.
enum Segment {
    Key(String),
    Index(usize),
    /// A key that was not text (serde_json keys always are; other formats may differ).
    Unknown,
}

/// The steps of the failing value, innermost first (pushed as the error travels up).
#[derive(Default)]
pub(super) struct Path {
    segments: RefCell<Vec<Segment>>,
}

impl Path {
    fn push(&self, segment: Segment) {
        self.segments.borrow_mut().push(segment);
    }

    /// `content.text`, `participants[1].type`; empty for the payload itself.
    pub(super) fn render(&self) -> String {
        let mut out = String::new();
        for segment in self.segments.borrow().iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Index(index) => {
                    // Writing to a String cannot fail.
                    let _ = write!(out, "[{index}]");
                }
                Segment::Unknown => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push('?');
                }
            }
        }
        out
    }
}

/// Decodes `T` from `deserializer`, noting in `path` where it fails.
pub(super) fn deserialize<'de, T, D>(deserializer: D, path: &Path) -> Result<T, D::Error>
where
    T: de::Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::deserialize(Track {
        inner: deserializer,
        path,
    })
}

/// A deserializer that hands out tracking visitors.
struct Track<'p, D> {
    inner: D,
    path: &'p Path,
}

/// A visitor that wraps the maps, sequences and enums it is given.
struct TrackVisitor<'p, V> {
    inner: V,
    path: &'p Path,
}

/// A seed that decodes through [`Track`].
struct TrackSeed<'p, S> {
    inner: S,
    path: &'p Path,
}

/// Map entries: remembers the last key, and names it when its value fails.
struct TrackMap<'p, A> {
    inner: A,
    path: &'p Path,
    key: Option<String>,
}

/// Sequence elements: counts them, and names the index of the one that fails.
struct TrackSeq<'p, A> {
    inner: A,
    path: &'p Path,
    index: usize,
}

/// Enum access, and variant access, that decode their content through [`Track`].
struct TrackEnum<'p, A> {
    inner: A,
    path: &'p Path,
}

/// A seed for map keys: notes the key text on its way to the real seed.
struct KeySeed<'k, S> {
    inner: S,
    key: &'k mut Option<String>,
}

/// A deserializer for map keys that notes the key text.
struct KeyDeserializer<'k, D> {
    inner: D,
    key: &'k mut Option<String>,
}

/// A visitor for map keys that notes the key text.
struct KeyVisitor<'k, V> {
    inner: V,
    key: &'k mut Option<String>,
}

macro_rules! forward_deserialize {
    ($wrap:ident; $($method:ident($($arg:ident: $ty:ty),*);)+) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                let (inner, visitor) = $wrap!(self, visitor);
                inner.$method($($arg,)* visitor)
            }
        )+
    };
}

macro_rules! all_deserialize {
    ($wrap:ident) => {
        forward_deserialize! {
            $wrap;
            deserialize_any();
            deserialize_bool();
            deserialize_i8();
            deserialize_i16();
            deserialize_i32();
            deserialize_i64();
            deserialize_i128();
            deserialize_u8();
            deserialize_u16();
            deserialize_u32();
            deserialize_u64();
            deserialize_u128();
            deserialize_f32();
            deserialize_f64();
            deserialize_char();
            deserialize_str();
            deserialize_string();
            deserialize_bytes();
            deserialize_byte_buf();
            deserialize_option();
            deserialize_unit();
            deserialize_unit_struct(name: &'static str);
            deserialize_newtype_struct(name: &'static str);
            deserialize_seq();
            deserialize_tuple(len: usize);
            deserialize_tuple_struct(name: &'static str, len: usize);
            deserialize_map();
            deserialize_struct(name: &'static str, fields: &'static [&'static str]);
            deserialize_enum(name: &'static str, variants: &'static [&'static str]);
            deserialize_identifier();
            deserialize_ignored_any();
        }
    };
}

macro_rules! track_wrap {
    ($self:ident, $visitor:ident) => {
        (
            $self.inner,
            TrackVisitor {
                inner: $visitor,
                path: $self.path,
            },
        )
    };
}

macro_rules! key_wrap {
    ($self:ident, $visitor:ident) => {
        (
            $self.inner,
            KeyVisitor {
                inner: $visitor,
                key: $self.key,
            },
        )
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Track<'_, D> {
    type Error = D::Error;

    all_deserialize!(track_wrap);

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for KeyDeserializer<'_, D> {
    type Error = D::Error;

    all_deserialize!(key_wrap);

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// Forwards the scalar `visit_*` methods unchanged.
macro_rules! forward_scalars {
    () => {
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
            self.inner.visit_bool(v)
        }
        fn visit_i8<E: de::Error>(self, v: i8) -> Result<V::Value, E> {
            self.inner.visit_i8(v)
        }
        fn visit_i16<E: de::Error>(self, v: i16) -> Result<V::Value, E> {
            self.inner.visit_i16(v)
        }
        fn visit_i32<E: de::Error>(self, v: i32) -> Result<V::Value, E> {
            self.inner.visit_i32(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
            self.inner.visit_i64(v)
        }
        fn visit_i128<E: de::Error>(self, v: i128) -> Result<V::Value, E> {
            self.inner.visit_i128(v)
        }
        fn visit_u8<E: de::Error>(self, v: u8) -> Result<V::Value, E> {
            self.inner.visit_u8(v)
        }
        fn visit_u16<E: de::Error>(self, v: u16) -> Result<V::Value, E> {
            self.inner.visit_u16(v)
        }
        fn visit_u32<E: de::Error>(self, v: u32) -> Result<V::Value, E> {
            self.inner.visit_u32(v)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
            self.inner.visit_u64(v)
        }
        fn visit_u128<E: de::Error>(self, v: u128) -> Result<V::Value, E> {
            self.inner.visit_u128(v)
        }
        fn visit_f32<E: de::Error>(self, v: f32) -> Result<V::Value, E> {
            self.inner.visit_f32(v)
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
            self.inner.visit_f64(v)
        }
        fn visit_char<E: de::Error>(self, v: char) -> Result<V::Value, E> {
            self.inner.visit_char(v)
        }
        fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> {
            self.inner.visit_bytes(v)
        }
        fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<V::Value, E> {
            self.inner.visit_borrowed_bytes(v)
        }
        fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<V::Value, E> {
            self.inner.visit_byte_buf(v)
        }
        fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
            self.inner.visit_none()
        }
        fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
            self.inner.visit_unit()
        }
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TrackVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_scalars!();

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.inner.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.inner.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.inner.visit_string(v)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Track {
            inner: deserializer,
            path: self.path,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Track {
            inner: deserializer,
            path: self.path,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(TrackSeq {
            inner: seq,
            path: self.path,
            index: 0,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(TrackMap {
            inner: map,
            path: self.path,
            key: None,
        })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(TrackEnum {
            inner: data,
            path: self.path,
        })
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for KeyVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_scalars!();

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        *self.key = Some(v.to_owned());
        self.inner.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        *self.key = Some(v.to_owned());
        self.inner.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        *self.key = Some(v.clone());
        self.inner.visit_string(v)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(data)
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TrackSeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(Track {
            inner: deserializer,
            path: self.path,
        })
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(KeyDeserializer {
            inner: deserializer,
            key: self.key,
        })
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TrackMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.key = None;
        self.inner.next_key_seed(KeySeed {
            inner: seed,
            key: &mut self.key,
        })
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        let path = self.path;
        self.inner
            .next_value_seed(TrackSeed { inner: seed, path })
            .inspect_err(|_| {
                path.push(self.key.take().map_or(Segment::Unknown, Segment::Key));
            })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for TrackSeq<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        let path = self.path;
        let index = self.index;
        self.index += 1;
        self.inner
            .next_element_seed(TrackSeed { inner: seed, path })
            .inspect_err(|_| path.push(Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, 'p, A: EnumAccess<'de>> EnumAccess<'de> for TrackEnum<'p, A> {
    type Error = A::Error;
    type Variant = TrackEnum<'p, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let path = self.path;
        self.inner.variant_seed(seed).map(|(value, variant)| {
            (
                value,
                TrackEnum {
                    inner: variant,
                    path,
                },
            )
        })
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for TrackEnum<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.inner.newtype_variant_seed(TrackSeed {
            inner: seed,
            path: self.path,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.inner.tuple_variant(
            len,
            TrackVisitor {
                inner: visitor,
                path: self.path,
            },
        )
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.inner.struct_variant(
            fields,
            TrackVisitor {
                inner: visitor,
                path: self.path,
            },
        )
    }
}
