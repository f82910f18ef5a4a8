//! Payload of the `status:health:changed` event.

use serde::{Deserialize, Serialize};

payload! {
    /// Payload of `status:health:changed`: the health of the status page changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct StatusHealthChanged: Website {
        /// New health.
        pub health: Option<StatusHealth>,
        /// Nodes concerned.
        pub nodes: Option<Vec<StatusNode>>,
    }
}

crate::model! {
    /// A monitored node of a status page (`nodes`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct StatusNode {
        /// Node label.
        pub label: Option<String>,
        /// Replica identifier.
        pub replica: Option<String>,
    }
}

crate::string_enum! {
    /// Health of a status page (`health`).
    pub enum StatusHealth {
        /// Everything works.
        Healthy = "healthy",
        /// Some nodes are degraded.
        Sick = "sick",
        /// Some nodes are down.
        Dead = "dead",
    }
}
