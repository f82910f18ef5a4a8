//! Payloads of the `people:*` events: contact profiles changed.

use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::id::PeopleId;
// The profile blocks are models of `website::people`; the events carry them as they are.
pub use crate::website::people::{
    PeopleActive, PeopleCompany, PeopleCompanyMetrics, PeopleEmployment, PeoplePerson,
    PeopleSocialProfile,
};

payload! {
    /// Payload of `people:profile:created`: a contact profile was created.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleProfileCreated: Website {
        /// Profile created.
        pub people_id: Option<PeopleId>,
        /// Profile email.
        pub email: Option<String>,
    }
}

payload! {
    /// Payload of `people:profile:updated`: a contact profile was updated.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleProfileUpdated: Website {
        /// Profile updated.
        pub people_id: Option<PeopleId>,
        /// Profile email.
        pub email: Option<String>,
        /// What changed.
        pub update: Option<PeopleCard>,
    }
}

payload! {
    /// Payload of `people:profile:removed`: a contact profile was removed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleProfileRemoved: Website {
        /// Profile removed.
        pub people_id: Option<PeopleId>,
        /// Profile email (go-crisp-api).
        pub email: Option<String>,
    }
}

payload! {
    /// Payload of `people:bind:session`: a conversation was linked to a contact profile.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleBindSession: Conversation {
        /// Profile linked.
        pub people_id: Option<PeopleId>,
    }
}

payload! {
    /// Payload of `people:sync:profile`: a contact profile was enriched from the conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSyncProfile: Conversation {
        /// Profile enriched.
        pub people_id: Option<PeopleId>,
        /// What is known of the contact.
        pub identity: Option<PeopleCard>,
    }
}

payload! {
    /// Payload of `people:import:progress`: a contact import progressed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleImportProgress: Website {
        /// Import identifier (go-crisp-api).
        pub import_id: Option<String>,
        /// Profile being imported (node-crisp-api).
        pub people_id: Option<PeopleId>,
        /// Progress, in percent.
        pub progress: Option<u8>,
        /// Profile counts.
        pub count: Option<PeopleImportCount>,
        /// Profiles skipped, and why.
        pub items: Option<PeopleImportItems>,
    }
}

payload! {
    /// Payload of `people:import:done`: a contact import finished.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleImportDone: Website {
        /// Import identifier (go-crisp-api).
        pub import_id: Option<String>,
        /// Profile imported (node-crisp-api).
        pub people_id: Option<PeopleId>,
        /// Whether the import failed.
        pub error: Option<bool>,
    }
}

/// What is known of a contact: `update` of `people:profile:updated`, `identity` of
/// `people:sync:profile`. It is the REST model
/// [`PeopleProfile`](crate::website::people::PeopleProfile) (the events leave out
/// `people_id`, which the payload carries), so a profile block read from an event and one
/// read with *Get People Profile* are the same type.
pub type PeopleCard = crate::website::people::PeopleProfile;

crate::model! {
    /// Profile counts of a contact import (`count`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleImportCount {
        /// Profiles in the import (go-crisp-api).
        pub total: Option<u64>,
        /// Profiles skipped so far.
        pub skipped: Option<u64>,
        /// Profiles left to import.
        pub remaining: Option<u64>,
    }
}

crate::model! {
    /// A profile skipped by a contact import.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleImportItem {
        /// Profile identifier, e.g. its email (`Some(None)`: sent as `null`).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub identifier: Option<Option<String>>,
        /// Why it was skipped.
        pub reason: Option<String>,
    }
}

crate::model! {
    /// Skipped profiles grouped by outcome (the node-crisp-api shape of `items`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleImportItemGroups {
        /// Profiles skipped.
        pub skipped: Option<Vec<PeopleImportItem>>,
    }
}

/// Profiles a contact import skipped (`items` of `people:import:progress`).
///
/// node-crisp-api types it as `{"skipped": [...]}`, go-crisp-api as a plain list; both
/// decode, and re-encode in the shape received.
#[derive(Clone, Debug, PartialEq)]
pub enum PeopleImportItems {
    /// Grouped by outcome: `{"skipped": [...]}`.
    Grouped(PeopleImportItemGroups),
    /// A plain list of items.
    List(Vec<PeopleImportItem>),
}

impl Default for PeopleImportItems {
    fn default() -> Self {
        PeopleImportItems::Grouped(PeopleImportItemGroups::default())
    }
}

impl PeopleImportItems {
    /// The skipped profiles, whatever the shape they came in.
    #[must_use]
    pub fn skipped(&self) -> &[PeopleImportItem] {
        match self {
            PeopleImportItems::Grouped(groups) => groups.skipped.as_deref().unwrap_or_default(),
            PeopleImportItems::List(list) => list,
        }
    }
}

impl Serialize for PeopleImportItems {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            PeopleImportItems::Grouped(groups) => groups.serialize(serializer),
            PeopleImportItems::List(list) => list.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for PeopleImportItems {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemsVisitor;

        impl<'de> Visitor<'de> for ItemsVisitor {
            type Value = PeopleImportItems;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of import items, or an object grouping them")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(PeopleImportItems::List)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                PeopleImportItemGroups::deserialize(MapAccessDeserializer::new(map))
                    .map(PeopleImportItems::Grouped)
            }
        }

        deserializer.deserialize_any(ItemsVisitor)
    }
}
