//! The blocks of a people profile (`person`, `company`, `active`…): the same types in a
//! REST profile ([`PeopleProfile`](super::PeopleProfile)) and in the `people:*` realtime
//! events, which re-export them.

use serde::{Deserialize, Serialize};

use crate::website::conversation::Geolocation;

crate::model! {
    /// A contact person (`person`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeoplePerson {
        /// Full name.
        pub nickname: Option<String>,
        /// Avatar URL.
        pub avatar: Option<String>,
        /// Gender.
        pub gender: Option<String>,
        /// Phone number.
        pub phone: Option<String>,
        /// Postal address.
        pub address: Option<String>,
        /// Free-text description.
        pub description: Option<String>,
        /// Personal website URL.
        pub website: Option<String>,
        /// Time zone offset, in minutes.
        pub timezone: Option<i32>,
        /// Social network profiles.
        pub profiles: Option<Vec<PeopleSocialProfile>>,
        /// Employment.
        pub employment: Option<PeopleEmployment>,
        /// Where the person is.
        pub geolocation: Option<Geolocation>,
        /// Preferred locales.
        pub locales: Option<Vec<String>>,
    }
}

crate::model! {
    /// A social network profile of a person.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSocialProfile {
        /// Network (`type`, e.g. `twitter`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Handle on the network.
        pub handle: Option<String>,
    }
}

crate::model! {
    /// Employment of a person (`employment`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleEmployment {
        /// Employer name.
        pub name: Option<String>,
        /// Employer domain.
        pub domain: Option<String>,
        /// Job title.
        pub title: Option<String>,
        /// Role.
        pub role: Option<String>,
        /// Seniority.
        pub seniority: Option<String>,
    }
}

crate::model! {
    /// The company of a contact (`company`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleCompany {
        /// Company name.
        pub name: Option<String>,
        /// Legal name.
        pub legal_name: Option<String>,
        /// Domain.
        pub domain: Option<String>,
        /// Website URL.
        pub url: Option<String>,
        /// Description.
        pub description: Option<String>,
        /// Time zone offset, in minutes.
        pub timezone: Option<i32>,
        /// Phone numbers.
        pub phones: Option<Vec<String>>,
        /// Email addresses.
        pub emails: Option<Vec<String>>,
        /// Where the company is.
        pub geolocation: Option<Geolocation>,
        /// Company metrics.
        pub metrics: Option<PeopleCompanyMetrics>,
        /// Tags.
        pub tags: Option<Vec<String>>,
    }
}

crate::model! {
    /// Metrics of a company (`metrics`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleCompanyMetrics {
        /// Number of employees.
        pub employees: Option<u64>,
        /// Market capitalization.
        pub market_cap: Option<u64>,
        /// Funds raised.
        pub raised: Option<u64>,
        /// Annual recurring revenue.
        pub arr: Option<u64>,
    }
}

crate::model! {
    /// Activity of a contact (`active`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleActive {
        /// Whether the contact is active now.
        pub now: Option<bool>,
        /// Last activity time, in epoch milliseconds.
        pub last: Option<u64>,
    }
}
