//! Payloads of the `people:*` events: contact profiles changed.

use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::id::PeopleId;
use crate::website::conversation::Geolocation;

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
/// `people:sync:profile`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleCard {
    /// Contact email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PeoplePerson>,
    /// The company the person works for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<PeopleCompany>,
    /// Segments (tags) of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Operator notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notepad: Option<String>,
    /// Contact activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<PeopleActive>,
    /// Contact score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
}

/// A contact person (`person`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeoplePerson {
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Free-text description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Personal website URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Time zone offset, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<i32>,
    /// Social network profiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profiles: Option<Vec<PeopleSocialProfile>>,
    /// Employment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<PeopleEmployment>,
    /// Where the person is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Preferred locales.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locales: Option<Vec<String>>,
}

/// A social network profile of a person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleSocialProfile {
    /// Network (`type`, e.g. `twitter`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Handle on the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
}

/// Employment of a person (`employment`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleEmployment {
    /// Employer name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Employer domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Seniority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority: Option<String>,
}

/// The company of a contact (`company`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleCompany {
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Legal name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// Domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Website URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Time zone offset, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<i32>,
    /// Phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<String>>,
    /// Email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
    /// Where the company is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Company metrics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics: Option<PeopleCompanyMetrics>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// Metrics of a company (`metrics`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleCompanyMetrics {
    /// Number of employees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employees: Option<u64>,
    /// Market capitalization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market_cap: Option<u64>,
    /// Funds raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised: Option<u64>,
    /// Annual recurring revenue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arr: Option<u64>,
}

/// Activity of a contact (`active`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleActive {
    /// Whether the contact is active now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<bool>,
    /// Last activity time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<u64>,
}

/// Profile counts of a contact import (`count`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleImportCount {
    /// Profiles in the import (go-crisp-api).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// Profiles skipped so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<u64>,
    /// Profiles left to import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u64>,
}

/// A profile skipped by a contact import.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleImportItem {
    /// Profile identifier, e.g. its email (`Some(None)`: sent as `null`).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub identifier: Option<Option<String>>,
    /// Why it was skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Skipped profiles grouped by outcome (the node-crisp-api shape of `items`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleImportItemGroups {
    /// Profiles skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<Vec<PeopleImportItem>>,
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
