//! The body of the external import route that moved under `/{locale}/{content_type}` in
//! node client 11.3. The feedback routes that moved with it answer with the same models as
//! their older routes: [`HelpdeskLocaleFeedbackRatings`] and [`HelpdeskLocaleFeedback`].
//!
//! [`HelpdeskLocaleFeedbackRatings`]: crate::website::helpdesk::HelpdeskLocaleFeedbackRatings
//! [`HelpdeskLocaleFeedback`]: crate::website::helpdesk::HelpdeskLocaleFeedback

use serde::{Deserialize, Serialize};

/// Body of "import external helpdesk to locale" (content-type route):
/// `{helpdesk_url, detect_locales?, other_locales?}`.
///
/// ```
/// use crisp_types::website::helpdesk_tree::HelpdeskExternalImport;
/// let import = HelpdeskExternalImport::new("https://help.example.com/").detect_locales(true);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskExternalImport {
    /// URL of the helpdesk to import.
    pub helpdesk_url: String,
    /// Whether to detect the other locales of the imported helpdesk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detect_locales: Option<bool>,
    /// Other locales to import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_locales: Option<Vec<String>>,
}

impl HelpdeskExternalImport {
    /// Imports the helpdesk at `helpdesk_url`.
    pub fn new(helpdesk_url: impl Into<String>) -> Self {
        HelpdeskExternalImport {
            helpdesk_url: helpdesk_url.into(),
            detect_locales: None,
            other_locales: None,
        }
    }

    /// Sets the other locales to import.
    #[must_use]
    pub fn other_locales(mut self, locales: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.other_locales = Some(locales.into_iter().map(Into::into).collect());
        self
    }
}

crate::setters! {
    impl HelpdeskExternalImport {
        /// Sets whether to detect other locales.
        #[must_use]
        detect_locales: bool,
    }
}
