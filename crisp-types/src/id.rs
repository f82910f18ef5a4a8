//! Identifier newtypes. Each Crisp identifier has its own type, so arguments cannot be
//! swapped by mistake: `get_conversation(&session_id, &website_id)` does not compile.

use serde::{Deserialize, Serialize};

crate::id!(
    /// A website (`website_id`), the root of almost every REST route.
    WebsiteId
);
crate::id!(
    /// A conversation session (`session_id`, `session_…`).
    SessionId
);
crate::id!(
    /// A people (contact) profile (`people_id`).
    PeopleId
);
crate::id!(
    /// A Crisp user: an operator of a website (`user_id`).
    UserId
);
crate::id!(
    /// A Marketplace plugin (`plugin_id`).
    PluginId
);
crate::id!(
    /// A conversation inbox (`inbox_id`).
    InboxId
);
crate::id!(
    /// A campaign (`campaign_id`).
    CampaignId
);
crate::id!(
    /// A campaign template (`template_id`).
    TemplateId
);
crate::id!(
    /// A spam conversation (`spam_id`).
    SpamId
);
crate::id!(
    /// An original (raw, e.g. email) message (`original_id`).
    OriginalId
);
crate::id!(
    /// A co-browsing session (`browsing_id`).
    BrowsingId
);
crate::id!(
    /// A call session (`call_id`).
    CallId
);
crate::id!(
    /// A helpdesk article (`article_id`).
    ArticleId
);
crate::id!(
    /// A helpdesk category (`category_id`).
    CategoryId
);
crate::id!(
    /// A helpdesk section (`section_id`).
    SectionId
);
crate::id!(
    /// A helpdesk redirection (`redirection_id`).
    RedirectionId
);
crate::id!(
    /// A website verification token (`token_id`).
    TokenId
);

crate::id!(
    /// A team of operators (`team_id`).
    TeamId
);
crate::id!(
    /// A change in the helpdesk history (`change_id`).
    ChangeId
);
crate::id!(
    /// A helpdesk page entity (`entity_id`).
    EntityId
);

/// An operator is a Crisp user; both names refer to the same identifier.
pub type OperatorId = UserId;

/// The fingerprint of a message: a number Crisp uses to address a message within a
/// conversation (`fingerprint`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Fingerprint(pub u64);

impl Fingerprint {
    /// The fingerprint as a number.
    #[must_use]
    pub const fn get(self) -> u64 {
        self.0
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl From<u64> for Fingerprint {
    fn from(value: u64) -> Self {
        Fingerprint(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_transparent_strings() {
        let id: WebsiteId =
            serde_json::from_str("\"8c842203-7ed8-4e29-a608-7cf78a7d2fcc\"").unwrap();
        assert_eq!(id.as_str(), "8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            "\"8c842203-7ed8-4e29-a608-7cf78a7d2fcc\""
        );
        assert_eq!(id.to_string(), id.as_str());
    }

    #[test]
    fn fingerprint_is_a_number() {
        let f: Fingerprint = serde_json::from_str("163408807614693").unwrap();
        assert_eq!(f.get(), 163_408_807_614_693);
        assert_eq!(serde_json::to_string(&f).unwrap(), "163408807614693");
    }
}
