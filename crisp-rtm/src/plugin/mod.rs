//! The plugin lifecycle as one component: every subscribed website and its typed
//! settings in memory, kept fresh from the realtime events, the realtime socket rebound
//! when the set of websites changes, and the check of plugin pages.
//!
//! Crisp's plugin guide asks a plugin to load, on start, every website that installed it
//! (`GET /plugin/connect/websites/all/{page}` until an empty page) and each website's
//! settings, to keep them in memory (reloading them per request "will result in your
//! daily request quota… to be over-used"), to follow `plugin:subscription:updated` and
//! `plugin:settings:saved`, and to rebind the realtime socket whenever the set of websites
//! changes: a website that installs the plugin sends no event until then, and Crisp wants
//! at least 2.5 s between two binds.
//!
//! [`Plugin`] does all of it:
//!
//! 1. [`Plugin::load`] walks the connect list to its empty page and loads each website's
//!    settings (*Get Subscription Settings* for this plugin, a few at a time), decoding
//!    them into the plugin's type `T` ([`PluginSettings<T>`]). A website whose settings do
//!    not fit `T`, or could not be loaded, stays in the cache with a typed
//!    [`SettingsError`]; it neither panics nor disappears.
//! 2. The cache is cheap to read: [`Plugin::get`] and [`Plugin::websites`] hand out
//!    `Arc`s, never a copy of the settings. [`Plugin::changes`] is a broadcast of typed
//!    [`Change`]s (added, updated, removed, rebound, failed) and [`Plugin::watch`] a
//!    version number that moves on every change.
//! 3. [`Plugin::attach`] wraps the [`RtmClient`](crate::RtmClient): the stream it returns
//!    yields every item of the client, unchanged, and applies the plugin events to the
//!    cache as they pass. Only the website concerned is reloaded (one REST call, through
//!    the client's rate limiter and quota: `crisp_rest::limit`); events for the same
//!    website that queue up are reloaded once. After a lost session
//!    ([`RtmError::Restored`](crate::RtmError::Restored)) the websites that changed during
//!    the gap are caught up on with *List Connect Websites Since*.
//! 4. When a website is added or removed, the socket is rebound ([`RtmHandle::rebind`](crate::RtmHandle::rebind)) at
//!    least [`REBIND_FLOOR`] (2.5 s) after the previous bind (the authentication, or the
//!    last rebind): several changes inside that window make one rebind, logged with the
//!    websites that caused it, and announced as [`Change::Rebound`].
//! 5. [`Plugin::verify_page`] checks the `website_id` + `token` that Crisp adds to the
//!    plugin's settings page and iFrame widget URLs, comparing the token with the website's
//!    subscription token in constant time; [`PluginPageRequest::from_query`] reads them
//!    from the query string. Tokens never appear in `Debug`, errors or logs.
//!
//! One line runs it, in place of the bare client:
//!
//! ```no_run
//! # async fn run(rest: crisp_rest::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use crisp_core::Credentials;
//! use crisp_rtm::plugin::{Plugin, PluginConfig};
//! use crisp_rtm::{RtmClient, RtmConfig};
//! use crisp_types::PluginId;
//! use crisp_types::event::{Event, EventName};
//! use futures_util::StreamExt;
//!
//! #[derive(Debug, serde::Deserialize)]
//! struct Settings {
//!     greeting: String,
//! }
//!
//! let plugin = Plugin::<Settings>::load(rest, PluginConfig::new(PluginId::new("plugin-id"))).await?;
//! let client = RtmClient::connect(
//!     RtmConfig::new(Credentials::plugin("identifier", "key")).events([EventName::MessageSend]),
//! );
//! let mut events = plugin.attach(client); // the one line
//! while let Some(item) = events.next().await {
//!     if let Ok(Event::MessageSend(message)) = item {
//!         let website = message.website_id.as_ref().and_then(|id| plugin.get(id));
//!         if let Some(Ok(settings)) = website.as_ref().map(|w| w.settings()) {
//!             println!("{}", settings.greeting);
//!         }
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! A plugin settings page (any web framework: hand it the raw query string):
//!
//! ```no_run
//! # fn page(plugin: &crisp_rtm::plugin::Plugin<serde_json::Value>, raw_query: &str) -> (u16, String) {
//! use crisp_rtm::plugin::PluginPageRequest;
//!
//! let request = match PluginPageRequest::from_query(raw_query) {
//!     Ok(request) => request,
//!     Err(error) => return (400, error.to_string()),
//! };
//! match plugin.verify_request(&request) {
//!     Ok(website) => (200, format!("settings of {}", website.website_id())),
//!     // Safe to send back: it names neither token.
//!     Err(error) => (error.status(), error.to_string()),
//! }
//! # }
//! ```
//!
//! # Logging
//! With the feature `tracing`, under the target `crisp_rtm`: `info` for the load
//! (`plugin: websites loaded`, with `websites` and `invalid`) and each rebind
//! (`plugin: rebinding the realtime socket`, with `added` and `removed`, the website ids
//! that caused it); `debug` for each refresh and coalesced rebind; `warn` for a failed
//! refresh or catch-up. Tokens and settings values are never logged.

mod events;
mod page;
mod website;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use crisp_rest::plugin::connect::ConnectWebsites;
use crisp_types::plugin::connect::PluginConnectWebsite;
use crisp_types::{PluginId, WebsiteId};
use futures_util::{StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;
use tokio::sync::{broadcast, watch};

pub use events::{Binder, PluginEvents};
pub use page::{Field, MAX_PAGE_QUERY, PageAuthError, PageRequestError, PluginPageRequest};
pub use website::{PluginSettings, SettingsError, Website};

use crate::trace::{debug, info};

/// Crisp's shortest time between two `socket:bind`: 2,500 ms.
pub const REBIND_FLOOR: Duration = Duration::from_millis(2_500);

/// The most pages of the connect list [`Plugin::load`] reads by default (a list that
/// has not ended by then is an error, not a silent truncation).
pub const DEFAULT_MAX_PAGES: u32 = 1_000;

/// How many settings calls [`Plugin::load`] runs at once by default.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// How the component loads and follows the websites.
///
/// ```
/// use std::time::Duration;
/// use crisp_rtm::plugin::PluginConfig;
/// use crisp_types::PluginId;
///
/// let config = PluginConfig::new(PluginId::new("plugin-id"))
///     .filter_configured(true)
///     .concurrency(8)
///     .rebind_floor(Duration::from_secs(5));
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct PluginConfig {
    plugin_id: PluginId,
    filters: ConnectWebsites,
    max_pages: u32,
    concurrency: usize,
    rebind_floor: Duration,
    changes_capacity: usize,
}

impl PluginConfig {
    /// The plugin `plugin_id` (the id of *Get Connect Account*, in the marketplace), every
    /// website that installed it, with their plans.
    pub fn new(plugin_id: PluginId) -> Self {
        PluginConfig {
            plugin_id,
            filters: ConnectWebsites::new().include_plan(true),
            max_pages: DEFAULT_MAX_PAGES,
            concurrency: DEFAULT_CONCURRENCY,
            rebind_floor: REBIND_FLOOR,
            changes_capacity: 256,
        }
    }

    /// Only the websites that configured the plugin (`filter_configured`).
    pub fn filter_configured(mut self, only_configured: bool) -> Self {
        self.filters = self.filters.filter_configured(only_configured);
        self
    }

    /// The most pages of the connect list to read (at least 1).
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.max_pages = pages.max(1);
        self
    }

    /// How many settings calls run at once while loading (at least 1).
    pub fn concurrency(mut self, calls: usize) -> Self {
        self.concurrency = calls.max(1);
        self
    }

    /// The shortest time between two binds; never below [`REBIND_FLOOR`].
    pub fn rebind_floor(mut self, floor: Duration) -> Self {
        self.rebind_floor = floor.max(REBIND_FLOOR);
        self
    }

    /// How many [`Change`]s a slow [`Plugin::changes`] receiver may fall behind before it
    /// misses some (it is told how many: `RecvError::Lagged`). At least 1.
    pub fn changes_capacity(mut self, capacity: usize) -> Self {
        self.changes_capacity = capacity.clamp(1, usize::MAX / 2);
        self
    }

    /// The plugin.
    pub fn plugin_id(&self) -> &PluginId {
        &self.plugin_id
    }
}

/// Why [`Plugin::load`] (or a catch-up) failed.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum PluginError {
    /// A page of the connect list could not be read.
    List(Arc<crisp_core::Error>),
    /// The connect list did not end (no empty page) within
    /// [`PluginConfig::max_pages`] pages.
    TooManyPages {
        /// The limit.
        max_pages: u32,
    },
    /// A website could not be reloaded.
    Refresh {
        /// The website.
        website_id: WebsiteId,
        /// The error of the REST call.
        error: Arc<crisp_core::Error>,
    },
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PluginError::List(error) => {
                write!(f, "the websites of the plugin could not be listed: {error}")
            }
            PluginError::TooManyPages { max_pages } => write!(
                f,
                "the websites of the plugin did not end within {max_pages} pages"
            ),
            PluginError::Refresh { website_id, error } => {
                write!(f, "website {website_id} could not be reloaded: {error}")
            }
        }
    }
}

impl std::error::Error for PluginError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PluginError::List(error) | PluginError::Refresh { error, .. } => Some(error.as_ref()),
            PluginError::TooManyPages { .. } => None,
        }
    }
}

/// A change of the cache (or of the socket), broadcast by [`Plugin::changes`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Change<T> {
    /// A website subscribed (or was seen for the first time).
    Added(Arc<Website<T>>),
    /// A website's settings (or token) were reloaded.
    Updated {
        /// The entry before.
        old: Arc<Website<T>>,
        /// The entry now.
        new: Arc<Website<T>>,
    },
    /// A website unsubscribed.
    Removed(Arc<Website<T>>),
    /// The realtime socket was rebound because these websites were added or removed.
    Rebound {
        /// The websites added since the previous bind.
        added: Vec<WebsiteId>,
        /// The websites removed since the previous bind.
        removed: Vec<WebsiteId>,
    },
    /// A website could not be reloaded after an event; the cache keeps its entry.
    Failed {
        /// The website.
        website_id: WebsiteId,
        /// What failed.
        error: PluginError,
    },
}

impl<T> Clone for Change<T> {
    fn clone(&self) -> Self {
        match self {
            Change::Added(website) => Change::Added(Arc::clone(website)),
            Change::Updated { old, new } => Change::Updated {
                old: Arc::clone(old),
                new: Arc::clone(new),
            },
            Change::Removed(website) => Change::Removed(Arc::clone(website)),
            Change::Rebound { added, removed } => Change::Rebound {
                added: added.clone(),
                removed: removed.clone(),
            },
            Change::Failed { website_id, error } => Change::Failed {
                website_id: website_id.clone(),
                error: error.clone(),
            },
        }
    }
}

impl<T> Change<T> {
    /// The website concerned (none for [`Change::Rebound`]).
    pub fn website_id(&self) -> Option<&WebsiteId> {
        match self {
            Change::Added(website) | Change::Removed(website) => Some(website.website_id()),
            Change::Updated { new, .. } => Some(new.website_id()),
            Change::Failed { website_id, .. } => Some(website_id),
            Change::Rebound { .. } => None,
        }
    }
}

/// A snapshot of the cache: every website by id.
pub type Websites<T> = BTreeMap<WebsiteId, Arc<Website<T>>>;

/// The plugin's websites and their typed settings, in memory. Cheap to clone (an `Arc`):
/// hand a clone to every task that needs it. See [the module](self).
pub struct Plugin<T> {
    shared: Arc<Shared<T>>,
}

impl<T> Clone for Plugin<T> {
    fn clone(&self) -> Self {
        Plugin {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<T> fmt::Debug for Plugin<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Plugin")
            .field("plugin_id", &self.shared.config.plugin_id)
            .field("websites", &self.snapshot().len())
            .finish_non_exhaustive()
    }
}

struct Shared<T> {
    rest: crisp_rest::Client,
    config: PluginConfig,
    websites: RwLock<Arc<Websites<T>>>,
    changes: broadcast::Sender<Change<T>>,
    version: watch::Sender<u64>,
}

/// What a refresh did to the set of websites (for the rebind).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum SetChange {
    None,
    Added,
    Removed,
}

impl<T: DeserializeOwned + Send + Sync + 'static> Plugin<T> {
    /// Loads every website subscribed to the plugin and its settings (see [the
    /// module](self)). `rest` is a client with the plugin's token (its rate limiter counts
    /// every call against the daily quota).
    ///
    /// # Errors
    /// [`PluginError::List`] when a page of the connect list fails,
    /// [`PluginError::TooManyPages`] when it does not end. A website whose settings fail
    /// is not an error: it is in the cache with its [`SettingsError`].
    pub async fn load(rest: crisp_rest::Client, config: PluginConfig) -> Result<Self, PluginError> {
        let mut pages = rest
            .plugin()
            .list_all_connect_websites(1, config.filters)
            .pages()
            .max_pages(config.max_pages);
        let mut listed: Vec<PluginConnectWebsite> = Vec::new();
        let mut read = 0u32;
        let mut ended = false;
        while let Some(page) = pages
            .try_next()
            .await
            .map_err(|e| PluginError::List(Arc::new(e)))?
        {
            read += 1;
            if page.is_empty() {
                ended = true;
                break;
            }
            listed.extend(page.into_items());
        }
        // The stream also ends at a page repeated byte for byte (the end, on routes that
        // answer the last page again), or at the limit.
        if !ended && read >= config.max_pages {
            return Err(PluginError::TooManyPages {
                max_pages: config.max_pages,
            });
        }
        let plugin_id = config.plugin_id.clone();
        let loaded: Vec<Website<T>> = futures_util::stream::iter(
            listed
                .into_iter()
                .filter(|entry| entry.website_id.is_some()),
        )
        .map(|entry| {
            let rest = rest.clone();
            let plugin_id = plugin_id.clone();
            async move {
                let website_id = entry.website_id.clone().unwrap_or_default();
                let answer = rest
                    .plugin()
                    .get_subscription_settings(&website_id, &plugin_id)
                    .await;
                let mut website = match answer {
                    Ok(settings) => Website::new(
                        website_id,
                        settings.token.or_else(|| entry.token.clone()),
                        settings.settings,
                    ),
                    Err(error) => Website::unloaded(
                        website_id,
                        entry.token.clone(),
                        entry.settings.clone(),
                        error,
                    ),
                };
                website.plan = entry.plan;
                website.price = entry.price;
                website
            }
        })
        .buffer_unordered(config.concurrency)
        .collect()
        .await;
        let websites: Websites<T> = loaded
            .into_iter()
            .map(|website| (website.website_id.clone(), Arc::new(website)))
            .collect();
        info!(
            websites = websites.len(),
            invalid = websites.values().filter(|w| w.settings().is_err()).count(),
            "plugin: websites loaded"
        );
        let (changes, _) = broadcast::channel(config.changes_capacity);
        let (version, _) = watch::channel(0);
        Ok(Plugin {
            shared: Arc::new(Shared {
                rest,
                config,
                websites: RwLock::new(Arc::new(websites)),
                changes,
                version,
            }),
        })
    }

    /// Reloads the settings of one website (one REST call) and applies the result: the
    /// website is added or updated, or removed when Crisp answers 404 (not subscribed).
    /// [`attach`](Plugin::attach) calls it on the plugin events; call it yourself to
    /// follow another source (web hooks).
    ///
    /// # Errors
    /// [`PluginError::Refresh`] when the call fails otherwise; the cache is unchanged and a
    /// [`Change::Failed`] is broadcast.
    pub async fn refresh(&self, website_id: &WebsiteId) -> Result<Option<Change<T>>, PluginError> {
        self.refresh_inner(website_id)
            .await
            .map(|(change, _)| change)
    }

    pub(crate) async fn refresh_inner(
        &self,
        website_id: &WebsiteId,
    ) -> Result<(Option<Change<T>>, SetChange), PluginError> {
        debug!(website_id = %website_id, "plugin: reloading a website");
        let answer = self
            .shared
            .rest
            .plugin()
            .get_subscription_settings(website_id, &self.shared.config.plugin_id)
            .await;
        match answer {
            Ok(settings) => {
                let old = self.get(website_id);
                let token = settings
                    .token
                    .or_else(|| old.as_ref().and_then(|w| w.token.clone()));
                let mut website = Website::new(website_id.clone(), token, settings.settings);
                if let Some(old) = &old {
                    website.plan.clone_from(&old.plan);
                    website.price.clone_from(&old.price);
                }
                let (change, set) = self.insert(website);
                Ok((Some(change), set))
            }
            Err(error) if error.status().map(|s| s.as_u16()) == Some(404) => {
                let removed = self.remove(website_id);
                let set = if removed.is_some() {
                    SetChange::Removed
                } else {
                    SetChange::None
                };
                Ok((removed, set))
            }
            Err(error) => {
                crate::trace::warn!(website_id = %website_id, error = %error, "plugin: a website could not be reloaded");
                let error = PluginError::Refresh {
                    website_id: website_id.clone(),
                    error: Arc::new(error),
                };
                self.publish(Change::Failed {
                    website_id: website_id.clone(),
                    error: error.clone(),
                });
                Err(error)
            }
        }
    }

    /// Adds or replaces a website; answers the change and what it did to the set.
    fn insert(&self, website: Website<T>) -> (Change<T>, SetChange) {
        let website = Arc::new(website);
        let old = self.update(|map| map.insert(website.website_id.clone(), Arc::clone(&website)));
        let (change, set) = match old {
            Some(old) => (Change::Updated { old, new: website }, SetChange::None),
            None => (Change::Added(website), SetChange::Added),
        };
        self.publish(change.clone());
        (change, set)
    }

    /// Removes a website (no REST call); answers the change if it was there.
    pub(crate) fn remove(&self, website_id: &WebsiteId) -> Option<Change<T>> {
        let old = self.update(|map| map.remove(website_id))?;
        let change = Change::Removed(old);
        self.publish(change.clone());
        Some(change)
    }
}

impl<T> Plugin<T> {
    /// The website `website_id`, if it is subscribed (a `WebsiteId` or a `&str`).
    pub fn get(&self, website_id: impl AsRef<str>) -> Option<Arc<Website<T>>> {
        self.snapshot().get(website_id.as_ref()).cloned()
    }

    /// Every website now, by id: a snapshot (an `Arc` of the map, not a copy) that later
    /// changes do not alter.
    pub fn websites(&self) -> Arc<Websites<T>> {
        self.snapshot()
    }

    /// How many websites are subscribed.
    pub fn len(&self) -> usize {
        self.snapshot().len()
    }

    /// Whether no website is subscribed.
    pub fn is_empty(&self) -> bool {
        self.snapshot().is_empty()
    }

    /// The websites whose settings are not available as `T`, with why.
    pub fn invalid(&self) -> Vec<SettingsError> {
        self.snapshot()
            .values()
            .filter_map(|website| website.settings().err().cloned())
            .collect()
    }

    /// The plugin.
    pub fn plugin_id(&self) -> &PluginId {
        &self.shared.config.plugin_id
    }

    /// A receiver of every change from now on.
    pub fn changes(&self) -> broadcast::Receiver<Change<T>> {
        self.shared.changes.subscribe()
    }

    /// A version number that moves on every change (`changed().await`, then read the
    /// cache).
    pub fn watch(&self) -> watch::Receiver<u64> {
        self.shared.version.subscribe()
    }

    /// Checks the `website_id` + `token` of a plugin page: the website must be subscribed
    /// and the token must be its subscription token. The tokens are compared in constant
    /// time (every byte, whatever the first difference; only a different length is told
    /// early); neither appears in the error.
    ///
    /// # Errors
    /// A [`PageAuthError`]; its [`status`](PageAuthError::status) is the HTTP status to
    /// answer.
    pub fn verify_page(
        &self,
        website_id: impl AsRef<str>,
        token: &str,
    ) -> Result<Arc<Website<T>>, PageAuthError> {
        let website_id = website_id.as_ref();
        let Some(website) = self.get(website_id) else {
            return Err(PageAuthError::UnknownWebsite {
                website_id: WebsiteId::new(website_id),
            });
        };
        if token.is_empty() {
            return Err(PageAuthError::MissingToken);
        }
        let Some(expected) = website.token().filter(|token| !token.is_empty()) else {
            return Err(PageAuthError::NoTokenOnFile {
                website_id: website.website_id.clone(),
            });
        };
        if page::constant_time_eq(token.as_bytes(), expected.as_bytes()) {
            Ok(website)
        } else {
            Err(PageAuthError::BadToken {
                website_id: website.website_id.clone(),
            })
        }
    }

    /// [`verify_page`](Plugin::verify_page) for a [`PluginPageRequest`].
    ///
    /// # Errors
    /// A [`PageAuthError`].
    pub fn verify_request(
        &self,
        request: &PluginPageRequest,
    ) -> Result<Arc<Website<T>>, PageAuthError> {
        self.verify_page(&request.website_id, request.token())
    }

    fn snapshot(&self) -> Arc<Websites<T>> {
        Arc::clone(
            &self
                .shared
                .websites
                .read()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    /// Changes the map (copy on write: readers keep their snapshot).
    fn update<R>(&self, f: impl FnOnce(&mut Websites<T>) -> R) -> R {
        let mut guard = self
            .shared
            .websites
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let mut map = Websites::clone(&guard);
        let result = f(&mut map);
        *guard = Arc::new(map);
        result
    }

    fn publish(&self, change: Change<T>) {
        // No receiver is not an error.
        let _ = self.shared.changes.send(change);
        self.shared.version.send_modify(|version| *version += 1);
    }

    pub(crate) fn rebind_floor(&self) -> Duration {
        self.shared.config.rebind_floor
    }

    pub(crate) fn rest(&self) -> &crisp_rest::Client {
        &self.shared.rest
    }

    pub(crate) fn filters(&self) -> ConnectWebsites {
        self.shared.config.filters
    }

    pub(crate) fn announce_rebind(&self, added: Vec<WebsiteId>, removed: Vec<WebsiteId>) {
        self.publish(Change::Rebound { added, removed });
    }
}
