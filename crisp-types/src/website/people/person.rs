//! The blocks of a people profile (`person`, `company`, `active`…): the same types in a
//! REST profile ([`PeopleProfile`](super::PeopleProfile)) and in the `people:*` realtime
//! events, which re-export them.

use serde::{Deserialize, Serialize};

use crate::website::conversation::Geolocation;

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
