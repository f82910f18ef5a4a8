//! The domain the helpdesk is served on: a Crisp subdomain, or a custom domain.

use serde::{Deserialize, Serialize};

crate::model! {
    /// Response of "resolve helpdesk domain".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskDomain {
        /// Root domain of the basic subdomains (e.g. `crisp.help`).
        pub root: Option<String>,
        /// Basic subdomain (e.g. `acme`, served as `acme.crisp.help`).
        pub basic: Option<String>,
        /// Custom domain (e.g. `help.acme.com`), if any.
        pub custom: Option<String>,
        /// Whether the custom domain is verified (its DNS records are set up).
        pub verified: Option<bool>,
    }
}

crate::model! {
    /// Response of "generate helpdesk domain setup flow": the DNS records to create for a
    /// custom domain.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskDomainSetupFlow {
        /// The custom domain the flow is for.
        pub custom: Option<String>,
        /// The setup steps.
        pub setup: Option<HelpdeskDomainSetup>,
    }
}

crate::model! {
    /// Setup steps of a custom domain (`setup`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskDomainSetup {
        /// DNS records to create.
        pub records: Vec<HelpdeskDomainRecord>,
    }
}

crate::model! {
    /// A DNS record to create for a custom domain (`setup.records[]`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskDomainRecord {
        /// Record type (`type`, e.g. `CNAME`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Fully qualified name to query when checking the record.
        pub query: Option<String>,
        /// Record name (host).
        pub name: Option<String>,
        /// Record value.
        pub value: Option<String>,
    }
}
