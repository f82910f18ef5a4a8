//! What request bodies share: the keys a body type has no field for.
//!
//! Every update body (`CampaignUpdate`, `PeopleProfileUpdate`, `InboxSave`, …, the list is
//! in [`ExtraKeys`]) ends with a flattened `extra: Extra` map:
//!
//! - **sending a key Crisp added later**: put it in `extra` (or call
//!   [`ExtraKeys::with_extra`]); it is written after the typed fields, in key order. An empty
//!   map writes nothing, so the bytes of a body that does not use it are unchanged. A key
//!   that is also a field of the type would be written twice: set the field instead.
//! - **sending `null`**: a field Crisp clears with `null` is an `Option<Option<T>>`
//!   (`None`: left out, `Some(None)`: `null`, `Some(Some(v))`: the value), as the campaign
//!   options are; for any other key, `extra` takes `Value::Null`.
//! - **decoding a body** (a sandbox, a proxy, a test): keys the type has no field for land
//!   in `extra` instead of being dropped, so a decoded body re-encodes to every key it came
//!   with. This is chosen over `#[serde(deny_unknown_fields)]`, which would make a body
//!   from a newer client (or Crisp's own) fail to decode at all.
//!
//! ```
//! use crisp_types::body::ExtraKeys;
//! use crisp_types::website::campaign::CampaignUpdate;
//!
//! let update = CampaignUpdate::new().name("Spring").with_extra("priority", 2);
//! assert_eq!(
//!     serde_json::to_string(&update).unwrap(),
//!     r#"{"name":"Spring","priority":2}"#
//! );
//! let read: CampaignUpdate = serde_json::from_str(r#"{"name":"Spring","priority":2}"#).unwrap();
//! assert_eq!(read, update);
//! ```

use serde_json::Value;

/// Keys of a request body that its type has no field for (a `serde_json::Map`: written in
/// key order, unless serde_json's `preserve_order` feature keeps the order given).
pub type Extra = serde_json::Map<String, Value>;

/// A request body with an [`Extra`] map: builder access to it.
pub trait ExtraKeys: Sized {
    /// The keys the type has no field for.
    fn extra_mut(&mut self) -> &mut Extra;

    /// Adds (or replaces) a key the type has no field for; `Value::Null` sends `null`.
    #[must_use]
    fn with_extra(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra_mut().insert(key.into(), value.into());
        self
    }
}

/// Implements [`ExtraKeys`] for body types whose map is the field `extra`.
macro_rules! extra_keys {
    ($($(#[$meta:meta])* $ty:ty),+ $(,)?) => {
        $(
            $(#[$meta])*
            impl $crate::body::ExtraKeys for $ty {
                fn extra_mut(&mut self) -> &mut $crate::body::Extra {
                    &mut self.extra
                }
            }
        )+
    };
}

extra_keys!(
    #[cfg(feature = "campaign")]
    crate::website::campaign::CampaignUpdate,
    #[cfg(feature = "campaign")]
    crate::website::campaign::CampaignOptions,
    #[cfg(feature = "campaign")]
    crate::website::campaign::CampaignTemplateUpdate,
    #[cfg(feature = "conversation")]
    crate::website::conversation::ConversationMetaUpdate,
    #[cfg(feature = "verify")]
    crate::website::verify::VerifySettingsUpdate,
    #[cfg(feature = "inbox")]
    crate::website::inbox::InboxSave,
    #[cfg(feature = "helpdesk")]
    crate::website::helpdesk::HelpdeskLocaleSectionUpdate,
    #[cfg(feature = "helpdesk")]
    crate::website::helpdesk::HelpdeskLocaleArticleUpdate,
    #[cfg(feature = "helpdesk")]
    crate::website::helpdesk::HelpdeskLocaleCategoryUpdate,
    #[cfg(feature = "people")]
    crate::website::people::PeopleProfileUpdate,
    #[cfg(feature = "people")]
    crate::website::people::PeopleSubscriptionUpdate,
    #[cfg(feature = "team")]
    crate::website::team::TeamSave,
    #[cfg(feature = "helpdesk-tree")]
    crate::website::helpdesk_tree::HelpdeskTreePathUpdate,
);

/// `WebsiteSettingsUpdate` had its map, named `other`, before the others.
#[cfg(feature = "settings")]
impl ExtraKeys for crate::website::settings::WebsiteSettingsUpdate {
    fn extra_mut(&mut self) -> &mut Extra {
        &mut self.other
    }
}
