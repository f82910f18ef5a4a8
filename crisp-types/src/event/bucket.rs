//! Payload of the seven `bucket:url:*:generated` events.

use serde::{Deserialize, Serialize};

/// Payload of the `bucket:url:{upload,avatar,website,campaign,helpdesk,status,processing}:generated`
/// events: an upload URL was generated.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BucketUrlGenerated {
    /// Who asked for the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Request identifier (go-crisp-api once typed it as a number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier given with the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Resource the upload is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<BucketUrlResource>,
    /// Upload policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<BucketUrlPolicy>,
    /// Bucket type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<BucketUrl>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// The resource an upload URL is for (`resource`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BucketUrlResource {
    /// Resource type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Resource identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Upload policy of a bucket URL (`policy`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BucketUrlPolicy {
    /// Largest file accepted, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_limit: Option<u64>,
}

/// The URLs of a bucket upload (`url`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BucketUrl {
    /// URL of the file once uploaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// Signed URL to upload the file to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<String>,
}

payload_ids!(none:
    BucketUrlGenerated,
);
