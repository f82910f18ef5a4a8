//! Counts of visitors blocked by the website's blocking rules.
//!
//! The official clients disagree on two shapes, so both decode and re-encode as received:
//! "count blocked visitors" is a list of per-rule counts for go-crisp-api and one object
//! for node-crisp-api; "count blocked visitors in rule" is an object for go-crisp-api
//! and a bare number for node-crisp-api.

use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

crate::model! {
    /// How many visitors a blocking rule blocked.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BlockedVisitors {
        /// The rule (or rules) counted.
        pub rule: Vec<String>,
        /// Number of visitors blocked.
        pub blocked: Option<u64>,
    }
}

/// Response of "count blocked visitors".
#[derive(Clone, Debug, PartialEq)]
pub enum BlockedVisitorsCounts {
    /// One count per rule: `[{"rule": …, "blocked": …}, …]`.
    PerRule(Vec<BlockedVisitors>),
    /// One count for every rule: `{"rule": […], "blocked": …}`.
    Total(BlockedVisitors),
}

impl Default for BlockedVisitorsCounts {
    fn default() -> Self {
        BlockedVisitorsCounts::PerRule(Vec::new())
    }
}

impl BlockedVisitorsCounts {
    /// The counts, whatever the shape they came in.
    #[must_use]
    pub fn as_slice(&self) -> &[BlockedVisitors] {
        match self {
            BlockedVisitorsCounts::PerRule(list) => list,
            BlockedVisitorsCounts::Total(one) => std::slice::from_ref(one),
        }
    }

    /// The number of visitors blocked, every rule together.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.as_slice()
            .iter()
            .filter_map(|count| count.blocked)
            .sum()
    }
}

impl Serialize for BlockedVisitorsCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            BlockedVisitorsCounts::PerRule(list) => list.serialize(serializer),
            BlockedVisitorsCounts::Total(one) => one.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for BlockedVisitorsCounts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CountsVisitor;

        impl<'de> Visitor<'de> for CountsVisitor {
            type Value = BlockedVisitorsCounts;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of blocked visitor counts, or one count object")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq))
                    .map(BlockedVisitorsCounts::PerRule)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                BlockedVisitors::deserialize(MapAccessDeserializer::new(map))
                    .map(BlockedVisitorsCounts::Total)
            }
        }

        deserializer.deserialize_any(CountsVisitor)
    }
}

/// Response of "count blocked visitors in rule".
#[derive(Clone, Debug, PartialEq)]
pub enum BlockedVisitorsInRule {
    /// A bare number of visitors blocked.
    Count(u64),
    /// A count object: `{"rule": […], "blocked": …}`.
    Detailed(BlockedVisitors),
}

impl Default for BlockedVisitorsInRule {
    fn default() -> Self {
        BlockedVisitorsInRule::Count(0)
    }
}

impl BlockedVisitorsInRule {
    /// The number of visitors blocked, whatever the shape it came in (`None` when the
    /// object has no `blocked`).
    #[must_use]
    pub fn blocked(&self) -> Option<u64> {
        match self {
            BlockedVisitorsInRule::Count(count) => Some(*count),
            BlockedVisitorsInRule::Detailed(detail) => detail.blocked,
        }
    }
}

impl Serialize for BlockedVisitorsInRule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            BlockedVisitorsInRule::Count(count) => serializer.serialize_u64(*count),
            BlockedVisitorsInRule::Detailed(detail) => detail.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for BlockedVisitorsInRule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InRuleVisitor;

        impl<'de> Visitor<'de> for InRuleVisitor {
            type Value = BlockedVisitorsInRule;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number of blocked visitors, or a count object")
            }

            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Self::Value, E> {
                Ok(BlockedVisitorsInRule::Count(value))
            }

            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Self::Value, E> {
                u64::try_from(value)
                    .map(BlockedVisitorsInRule::Count)
                    .map_err(|_| E::custom(format!("negative blocked visitor count {value}")))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                BlockedVisitors::deserialize(MapAccessDeserializer::new(map))
                    .map(BlockedVisitorsInRule::Detailed)
            }
        }

        deserializer.deserialize_any(InRuleVisitor)
    }
}
