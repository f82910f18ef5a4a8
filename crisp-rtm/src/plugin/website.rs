//! A website of the cache: its id, its subscription token, its typed settings.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use crisp_types::WebsiteId;
use crisp_types::plugin::connect::PluginConnectWebsitePlan;
use crisp_types::plugin::subscription::PluginSettings as RawSettings;
use serde::de::DeserializeOwned;
use serde_json::{Number, Value};

/// The settings of the plugin on one website, decoded into the plugin's own type `T`,
/// with the JSON they were decoded from.
///
/// It dereferences to `T`:
///
/// ```
/// use crisp_rtm::plugin::PluginSettings;
/// use serde_json::json;
///
/// #[derive(serde::Deserialize)]
/// struct Settings { api_key: String }
///
/// let raw = json!({"api_key": "k", "extra": 1}).as_object().unwrap().clone();
/// let settings = PluginSettings::<Settings>::decode(raw.into()).unwrap();
/// assert_eq!(settings.api_key, "k");
/// assert_eq!(settings.raw().get("extra"), Some(&json!(1)));
/// ```
///
/// Its `Debug` shows `T`'s `Debug` and the names of the raw keys, not their values
/// (settings often hold the website's API keys for the plugin's service).
#[derive(Clone, PartialEq)]
pub struct PluginSettings<T> {
    value: T,
    raw: RawSettings,
}

impl<T: DeserializeOwned> PluginSettings<T> {
    /// Decodes `raw` into `T`.
    ///
    /// # Errors
    /// The serde error (with its line, column and message) when `raw` does not fit `T`.
    pub fn decode(raw: RawSettings) -> Result<Self, serde_json::Error> {
        let value = T::deserialize(Value::Object(raw.as_map().clone()))?;
        Ok(PluginSettings { value, raw })
    }
}

impl<T> PluginSettings<T> {
    /// The decoded settings.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The settings as Crisp sent them (keys `T` does not know included).
    pub fn raw(&self) -> &RawSettings {
        &self.raw
    }

    /// The decoded settings, owned.
    pub fn into_value(self) -> T {
        self.value
    }
}

impl<T: fmt::Debug> fmt::Debug for PluginSettings<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PluginSettings")
            .field("value", &self.value)
            .field("raw_keys", &self.raw.as_map().keys().collect::<Vec<_>>())
            .finish()
    }
}

impl<T> std::ops::Deref for PluginSettings<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// Why the settings of one website are not available as `T`. The website stays in the
/// cache (its page can still be verified, its raw settings read); the other websites are
/// not affected.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum SettingsError {
    /// The saved settings do not fit the plugin's settings type (a field missing, of
    /// another type…). Fixed when the website saves settings that fit.
    Decode {
        /// The website.
        website_id: WebsiteId,
        /// What serde said (the field and the problem; never the values).
        error: Arc<serde_json::Error>,
    },
    /// The settings could not be loaded (the REST call failed); the cache keeps the
    /// website and retries on its next `plugin:settings:saved` or subscription event.
    Load {
        /// The website.
        website_id: WebsiteId,
        /// The error of the REST call.
        error: Arc<crisp_core::Error>,
    },
}

impl SettingsError {
    /// The website concerned.
    pub fn website_id(&self) -> &WebsiteId {
        match self {
            SettingsError::Decode { website_id, .. } | SettingsError::Load { website_id, .. } => {
                website_id
            }
        }
    }
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::Decode { website_id, error } => write!(
                f,
                "the plugin settings of website {website_id} do not fit the settings type: {error}"
            ),
            SettingsError::Load { website_id, error } => write!(
                f,
                "the plugin settings of website {website_id} could not be loaded: {error}"
            ),
        }
    }
}

impl std::error::Error for SettingsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SettingsError::Decode { error, .. } => Some(error.as_ref()),
            SettingsError::Load { error, .. } => Some(error.as_ref()),
        }
    }
}

/// A website subscribed to the plugin, as the cache holds it: shared as an
/// `Arc<Website<T>>`, never changed in place (a refresh replaces it).
///
/// Its `Debug` shows whether it has a token, never the token.
pub struct Website<T> {
    pub(crate) website_id: WebsiteId,
    pub(crate) token: Option<String>,
    pub(crate) raw: RawSettings,
    pub(crate) settings: Result<PluginSettings<T>, SettingsError>,
    pub(crate) plan: Option<PluginConnectWebsitePlan>,
    pub(crate) price: Option<Number>,
    pub(crate) loaded_at: SystemTime,
}

impl<T: DeserializeOwned> Website<T> {
    /// A website whose settings are `raw`, decoded into `T` (a misfit is kept as
    /// [`SettingsError::Decode`]).
    pub(crate) fn new(website_id: WebsiteId, token: Option<String>, raw: RawSettings) -> Self {
        let settings = PluginSettings::decode(raw.clone()).map_err(|error| SettingsError::Decode {
            website_id: website_id.clone(),
            error: Arc::new(error),
        });
        Website {
            website_id,
            token,
            raw,
            settings,
            plan: None,
            price: None,
            loaded_at: SystemTime::now(),
        }
    }

    /// A website whose settings could not be loaded.
    pub(crate) fn unloaded(
        website_id: WebsiteId,
        token: Option<String>,
        raw: RawSettings,
        error: crisp_core::Error,
    ) -> Self {
        Website {
            settings: Err(SettingsError::Load {
                website_id: website_id.clone(),
                error: Arc::new(error),
            }),
            website_id,
            token,
            raw,
            plan: None,
            price: None,
            loaded_at: SystemTime::now(),
        }
    }
}

impl<T> Website<T> {
    /// The website.
    pub fn website_id(&self) -> &WebsiteId {
        &self.website_id
    }

    /// The typed settings, or why there are none.
    ///
    /// # Errors
    /// The [`SettingsError`] of this website.
    pub fn settings(&self) -> Result<&PluginSettings<T>, &SettingsError> {
        self.settings.as_ref()
    }

    /// The settings as Crisp sent them (also when they do not fit `T`; empty when they
    /// could not be loaded).
    pub fn raw_settings(&self) -> &RawSettings {
        &self.raw
    }

    /// Whether the website has a subscription token to verify its pages with.
    pub fn has_token(&self) -> bool {
        self.token.as_deref().is_some_and(|token| !token.is_empty())
    }

    /// The website's Crisp plan, when the connect list was asked to include it.
    pub fn plan(&self) -> Option<&PluginConnectWebsitePlan> {
        self.plan.as_ref()
    }

    /// The price the website pays for the plugin, as the connect list sent it.
    pub fn price(&self) -> Option<&Number> {
        self.price.as_ref()
    }

    /// When this entry was loaded.
    pub fn loaded_at(&self) -> SystemTime {
        self.loaded_at
    }

    pub(crate) fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }
}

impl<T: fmt::Debug> fmt::Debug for Website<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Website")
            .field("website_id", &self.website_id)
            .field(
                "token",
                &if self.has_token() {
                    "<redacted>"
                } else {
                    "<none>"
                },
            )
            .field("settings", &self.settings)
            .field("raw_keys", &self.raw.as_map().keys().collect::<Vec<_>>())
            .field("plan", &self.plan)
            .field("price", &self.price)
            .field("loaded_at", &self.loaded_at)
            .finish()
    }
}
