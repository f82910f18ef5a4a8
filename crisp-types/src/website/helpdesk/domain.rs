//! The domain the helpdesk is served on: a Crisp subdomain, or a custom domain.

use serde::{Deserialize, Serialize};

/// Response of "resolve helpdesk domain".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskDomain {
    /// Root domain of the basic subdomains (e.g. `crisp.help`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
    /// Basic subdomain (e.g. `acme`, served as `acme.crisp.help`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic: Option<String>,
    /// Custom domain (e.g. `help.acme.com`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<String>,
    /// Whether the custom domain is verified (its DNS records are set up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
}

/// Response of "generate helpdesk domain setup flow": the DNS records to create for a
/// custom domain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskDomainSetupFlow {
    /// The custom domain the flow is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<String>,
    /// The setup steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup: Option<HelpdeskDomainSetup>,
}

/// Setup steps of a custom domain (`setup`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskDomainSetup {
    /// DNS records to create.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<HelpdeskDomainRecord>,
}

/// A DNS record to create for a custom domain (`setup.records[]`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskDomainRecord {
    /// Record type (`type`, e.g. `CNAME`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Fully qualified name to query when checking the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Record name (host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Record value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
