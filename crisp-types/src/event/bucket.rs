//! Payload of the seven `bucket:url:*:generated` events.

use serde::{Deserialize, Serialize};

payload! {
    /// Payload of the `bucket:url:{upload,avatar,website,campaign,helpdesk,status,processing}:generated`
    /// events: an upload URL was generated.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BucketUrlGenerated: Routed {
        /// Who asked for the URL.
        pub from: Option<String>,
        /// Request identifier (go-crisp-api once typed it as a number).
        pub id: Option<String>,
        /// Identifier given with the request.
        pub identifier: Option<String>,
        /// Resource the upload is for.
        pub resource: Option<BucketUrlResource>,
        /// Upload policy.
        pub policy: Option<BucketUrlPolicy>,
        /// Bucket type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// The URLs.
        pub url: Option<BucketUrl>,
    }
}

crate::model! {
    /// The resource an upload URL is for (`resource`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BucketUrlResource {
        /// Resource type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Resource identifier.
        pub id: Option<String>,
    }
}

crate::model! {
    /// Upload policy of a bucket URL (`policy`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BucketUrlPolicy {
        /// Largest file accepted, in bytes.
        pub size_limit: Option<u64>,
    }
}

crate::model! {
    /// The URLs of a bucket upload (`url`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BucketUrl {
        /// URL of the file once uploaded.
        pub resource: Option<String>,
        /// Signed URL to upload the file to.
        pub signed: Option<String>,
    }
}
