//! Campaign templates: reusable layouts campaign messages are rendered into.

use serde::{Deserialize, Serialize};

use super::details::CampaignFormat;
use crate::id::TemplateId;

crate::string_enum! {
    /// Origin of a campaign template (`type`).
    pub enum CampaignTemplateType {
        /// A template provided by Crisp.
        Static = "static",
        /// A template made for the website.
        Custom = "custom",
    }
}

crate::model! {
    /// A campaign template as listed by *List Campaign Templates*.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignTemplateExcerpt {
        /// Template identifier.
        pub template_id: Option<TemplateId>,
        /// Origin of the template (`type`).
        #[serde(rename = "type")]
        pub kind: Option<CampaignTemplateType>,
        /// Template name.
        pub name: Option<String>,
        /// Template format.
        pub format: Option<CampaignFormat>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// A campaign template with its content (*Get A Campaign Template*): the fields of its
    /// list excerpt, read through `Deref` (`template.name`), then its content.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignTemplate {
        /// The fields *List Campaign Templates* gives too (same keys, at the top level).
        #[serde(flatten)]
        pub excerpt: CampaignTemplateExcerpt,
        /// Template content, in [`format`](CampaignTemplateExcerpt::format) (placeholders such as
        /// `{{url.unsubscribe}}` are filled when sending).
        pub content: Option<String>,
    }
}

crate::extends!(CampaignTemplate => excerpt: CampaignTemplateExcerpt);

crate::model! {
    /// Response of *Create A New Campaign Template*.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignTemplateNew {
        /// Identifier of the new template.
        pub template_id: Option<TemplateId>,
    }
}

/// Body of *Create A New Campaign Template*: `{format, name}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignTemplateCreate {
    /// Template format.
    pub format: CampaignFormat,
    /// Template name.
    pub name: String,
}

impl CampaignTemplateCreate {
    /// A template in `format` named `name`.
    pub fn new(format: CampaignFormat, name: impl Into<String>) -> Self {
        CampaignTemplateCreate {
            format,
            name: name.into(),
        }
    }
}

crate::model! {
    /// Body of *Save A Campaign Template* (the whole template, replacing it) and *Update A
    /// Campaign Template* (only the fields set are changed).
    ///
    /// ```
    /// use crisp_types::website::campaign::{CampaignFormat, CampaignTemplateUpdate};
    /// let save = CampaignTemplateUpdate::new()
    ///     .name("HTML Template")
    ///     .format(CampaignFormat::Html)
    ///     .content("<html><body><a href=\"{{url.unsubscribe}}\"></a></body></html>");
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct CampaignTemplateUpdate {
        /// Template name.
        pub name: Option<String>,
        /// Template format.
        pub format: Option<CampaignFormat>,
        /// Template content.
        pub content: Option<String>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl CampaignTemplateUpdate {
    /// An empty body (nothing changed until setters are called).
    pub fn new() -> Self {
        CampaignTemplateUpdate::default()
    }
}

crate::setters! {
    impl CampaignTemplateUpdate {
        /// Sets the template name.
        name: impl Into<String>,
        /// Sets the template format.
        format: CampaignFormat,
        /// Sets the template content.
        content: impl Into<String>,
    }
}

impl From<CampaignTemplate> for CampaignTemplateUpdate {
    /// The writable fields of a template read with *Get A Campaign Template*.
    fn from(template: CampaignTemplate) -> Self {
        CampaignTemplateUpdate {
            name: template.excerpt.name,
            format: template.excerpt.format,
            content: template.content,
            extra: crate::body::Extra::new(),
        }
    }
}
