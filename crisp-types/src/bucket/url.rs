//! Bucket URLs: asking for a signed URL to upload a file to. The URL itself is delivered
//! by a `bucket:url:<namespace>:generated` event
//! ([`BucketUrlGenerated`](crate::event::BucketUrlGenerated)), matched to the
//! request by its `id`.

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// What an uploaded file is for (`namespace`); it names the event that delivers the
    /// URL (`bucket:url:<namespace>:generated`).
    pub enum BucketNamespace {
        /// A file sent in a conversation.
        Upload = "upload",
        /// A user or operator avatar.
        Avatar = "avatar",
        /// A website logo.
        Website = "website",
        /// An image of a campaign.
        Campaign = "campaign",
        /// An image of the helpdesk.
        Helpdesk = "helpdesk",
        /// An image of the status page.
        Status = "status",
        /// A file to process (e.g. an import).
        Processing = "processing",
    }
}

/// Body of "generate bucket URL": `{namespace, id?, identifier?, from?, file, resource?}`.
///
/// ```
/// use crisp_types::bucket::url::{BucketFile, BucketNamespace, BucketUrlRequest};
/// let request = BucketUrlRequest::new(
///     BucketNamespace::Upload,
///     BucketFile::new("invoice.pdf", "application/pdf").size(48_213),
/// )
/// .id("upload-42");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BucketUrlRequest {
    /// What the file is for.
    pub namespace: BucketNamespace,
    /// Request identifier of your choice, echoed in the `generated` event to match it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier echoed in the `generated` event (older go-crisp-api name of `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Who asks for the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The file to upload.
    pub file: BucketFile,
    /// The resource the file belongs to (e.g. the website of a logo).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<BucketResource>,
}

impl BucketUrlRequest {
    /// A request for a URL to upload `file` to, for `namespace`.
    #[must_use]
    pub fn new(namespace: BucketNamespace, file: BucketFile) -> Self {
        BucketUrlRequest {
            namespace,
            id: None,
            identifier: None,
            from: None,
            file,
            resource: None,
        }
    }
}

crate::setters! {
    impl BucketUrlRequest {
        /// Sets the request identifier echoed in the `generated` event.
        #[must_use]
        id: impl Into<String>,
        /// Sets the `identifier` echoed in the `generated` event.
        #[must_use]
        identifier: impl Into<String>,
        /// Sets who asks for the URL.
        #[must_use]
        from: impl Into<String>,
        /// Sets the resource the file belongs to.
        #[must_use]
        resource: BucketResource,
    }
}

/// The file to upload (`file`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BucketFile {
    /// File name (e.g. `invoice.pdf`).
    pub name: String,
    /// MIME type (`type`, e.g. `application/pdf`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

impl BucketFile {
    /// A file by name and MIME type.
    pub fn new(name: impl Into<String>, mime_type: impl Into<String>) -> Self {
        BucketFile {
            name: name.into(),
            kind: mime_type.into(),
            size: None,
        }
    }
}

crate::setters! {
    impl BucketFile {
        /// Sets the size in bytes.
        #[must_use]
        size: u64,
    }
}

crate::model! {
    /// The resource an uploaded file belongs to (`resource`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BucketResource {
        /// Resource type (`type`, e.g. `website`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Resource identifier (node-crisp-api name).
        pub id: Option<String>,
        /// Resource identifier (go-crisp-api name).
        pub identifier: Option<String>,
    }
}

impl BucketResource {
    /// A resource by type and identifier (sent as `id`).
    pub fn new(kind: impl Into<String>, id: impl Into<String>) -> Self {
        BucketResource {
            kind: Some(kind.into()),
            id: Some(id.into()),
            identifier: None,
        }
    }
}
