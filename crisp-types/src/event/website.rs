//! Payloads of the `website:*` events.

use serde::{Deserialize, Serialize};

use crate::id::{UserId, WebsiteId};
use crate::website::conversation::Availability;

/// Payload of `website:update_visitors_count`: the number of visitors changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebsiteUpdateVisitorsCount {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Visitors on the website now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitors_count: Option<u32>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `website:update_operators_availability`: an operator went online or
/// offline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebsiteUpdateOperatorsAvailability {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Operator whose availability changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// New availability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<OperatorAvailability>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `website:users:available`: whether any operator is available changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebsiteUsersAvailable {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Whether an operator is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Availability of an operator (`availability`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OperatorAvailability {
    /// Whether the operator is online (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Availability>,
}

payload_ids!(website:
    WebsiteUpdateVisitorsCount,
    WebsiteUpdateOperatorsAvailability,
    WebsiteUsersAvailable,
);
