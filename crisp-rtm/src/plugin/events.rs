//! The event flow: [`PluginEvents`] wraps the realtime stream, hands the plugin events to
//! a background task that reloads the websites concerned, and that task rebinds the
//! socket when the set of websites changed, no sooner than the rebind floor after the
//! previous bind.

use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crisp_types::event::{Event, EventName};
use crisp_types::plugin::connect::WebsiteDifference;
use crisp_types::{PluginId, WebsiteId};
use futures_core::Stream;
use serde::de::DeserializeOwned;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;

use super::{Plugin, PluginError, SetChange};
use crate::client::{RtmClient, RtmHandle};
use crate::error::RtmError;
use crate::state::ConnectionState;
use crate::trace::{debug, info, warn};

/// What the component rebinds and watches: the realtime client's [`RtmHandle`], or a
/// double of it (to drive the component from another event source, or in tests).
pub trait Binder: Send + Sync + 'static {
    /// Sends `socket:bind` (see [`RtmHandle::rebind`]).
    ///
    /// # Errors
    /// [`RtmError::Closed`] when the client is gone; the component stops then.
    fn rebind(&self) -> Result<(), RtmError>;

    /// The connection state, watched: each move to [`ConnectionState::Active`] is a bind
    /// (the authentication binds afresh).
    fn watch_state(&self) -> watch::Receiver<ConnectionState>;
}

impl Binder for RtmHandle {
    fn rebind(&self) -> Result<(), RtmError> {
        RtmHandle::rebind(self)
    }

    fn watch_state(&self) -> watch::Receiver<ConnectionState> {
        RtmHandle::watch_state(self)
    }
}

/// What an event asks of a website.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hint {
    /// Reload it (its settings, or whether it is still subscribed).
    Reload,
    /// It unsubscribed (`bound: false`): remove it, no call needed.
    Remove,
}

/// Work handed from the stream to the background task: bounded by the number of distinct
/// websites (events for a website already waiting are merged).
#[derive(Debug, Default)]
struct Pending {
    websites: BTreeMap<WebsiteId, Hint>,
    /// Catch up on the changes since then (after a lost session).
    catch_up: Option<SystemTime>,
}

#[derive(Debug)]
struct Queue {
    pending: Mutex<Pending>,
    notify: Notify,
}

impl Queue {
    fn put(&self, f: impl FnOnce(&mut Pending)) {
        f(&mut self.pending.lock().unwrap_or_else(PoisonError::into_inner));
        self.notify.notify_one();
    }

    fn take(&self) -> Pending {
        std::mem::take(&mut *self.pending.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// The realtime stream with the plugin component on it: yields every item of the inner
/// stream unchanged (plugin events included), and applies the plugin events to the cache
/// in a background task as they pass. Get it from [`Plugin::attach`].
///
/// The cache is only kept fresh while this stream is read. Dropping it stops the
/// background task (the cache stays readable, frozen).
pub struct PluginEvents<S = RtmClient> {
    inner: S,
    plugin_id: PluginId,
    queue: Arc<Queue>,
    worker: tokio::task::JoinHandle<()>,
}

impl<S> std::fmt::Debug for PluginEvents<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginEvents")
            .field("plugin_id", &self.plugin_id)
            .finish_non_exhaustive()
    }
}

impl<S> PluginEvents<S> {
    /// The wrapped stream (e.g. the [`RtmClient`], for its handle).
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    fn inspect(&self, item: &Result<Event, RtmError>) {
        match item {
            Ok(Event::PluginSubscriptionUpdated(payload))
                if self.ours(payload.plugin_id.as_ref()) =>
            {
                if let Some(website_id) = &payload.website_id {
                    let hint = if payload.bound == Some(false) {
                        Hint::Remove
                    } else {
                        Hint::Reload
                    };
                    let website_id = website_id.clone();
                    self.queue.put(|pending| {
                        pending.websites.insert(website_id, hint);
                    });
                }
            }
            Ok(Event::PluginSettingsSaved(payload)) if self.ours(payload.plugin_id.as_ref()) => {
                if let Some(website_id) = &payload.website_id {
                    let website_id = website_id.clone();
                    self.queue.put(|pending| {
                        pending.websites.insert(website_id, Hint::Reload);
                    });
                }
            }
            Err(RtmError::Restored {
                lost_at,
                last_event_at,
                ..
            }) => {
                let since = last_event_at.unwrap_or(*lost_at);
                self.queue.put(|pending| {
                    pending.catch_up = Some(pending.catch_up.map_or(since, |at| at.min(since)));
                });
            }
            _ => {}
        }
    }

    /// An event of this plugin (or one that does not say).
    fn ours(&self, plugin_id: Option<&PluginId>) -> bool {
        plugin_id.is_none_or(|id| *id == self.plugin_id)
    }
}

impl<S> Drop for PluginEvents<S> {
    fn drop(&mut self) {
        self.worker.abort();
    }
}

impl<S: Stream<Item = Result<Event, RtmError>> + Unpin> Stream for PluginEvents<S> {
    type Item = Result<Event, RtmError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let item = Pin::new(&mut self.inner).poll_next(cx);
        if let Poll::Ready(Some(item)) = &item {
            self.inspect(item);
        }
        item
    }
}

impl<T: DeserializeOwned + Send + Sync + 'static> Plugin<T> {
    /// Runs the component on a realtime client: subscribes it to
    /// `plugin:subscription:updated` and `plugin:settings:saved` (`socket:bind:push`, kept
    /// across reconnections) and returns the client's stream with the component on it.
    /// Read it as you would read the client. Needs a tokio runtime.
    pub fn attach(&self, client: RtmClient) -> PluginEvents<RtmClient> {
        let handle = client.handle();
        // A closed client yields nothing: there is nothing to subscribe then.
        let _ = handle.push([
            EventName::PluginSubscriptionUpdated,
            EventName::PluginSettingsSaved,
        ]);
        self.attach_to(client, handle)
    }

    /// Runs the component on any stream of realtime items, rebinding through `binder`.
    /// The stream must carry `plugin:subscription:updated` and `plugin:settings:saved`.
    /// Needs a tokio runtime.
    pub fn attach_to<S, B: Binder>(&self, events: S, binder: B) -> PluginEvents<S> {
        let queue = Arc::new(Queue {
            pending: Mutex::new(Pending::default()),
            notify: Notify::new(),
        });
        let worker = tokio::spawn(run(self.clone(), binder, Arc::clone(&queue)));
        PluginEvents {
            inner: events,
            plugin_id: self.plugin_id().clone(),
            queue,
            worker,
        }
    }

    /// Catches up on what changed since `since` (a lost session): *List Connect Websites
    /// Since*, then each website concerned reloaded or removed. The re-authentication that
    /// ended the gap bound afresh, so this asks for no rebind.
    async fn catch_up(&self, since: SystemTime) {
        // A minute of margin for clocks that differ.
        let since = since
            .checked_sub(Duration::from_secs(60))
            .unwrap_or(UNIX_EPOCH);
        let changed = self
            .rest()
            .plugin()
            .list_connect_websites_since(&rfc3339(since), self.filters())
            .await;
        let changed = match changed {
            Ok(changed) => changed,
            Err(_error) => {
                warn!(error = %_error, "plugin: the catch-up after a lost session failed");
                return;
            }
        };
        debug!(
            websites = changed.len(),
            "plugin: catching up after a lost session"
        );
        // The list says what happened in the window, not what holds now: a website can
        // be in it twice (removed, then subscribed again). Each website named is reloaded
        // once and its present state decides (a 404 removes it); one that was only
        // removed and is not in the cache is left alone.
        let mut named: BTreeMap<WebsiteId, bool> = BTreeMap::new();
        for entry in changed {
            let Some(website_id) = entry.website_id else {
                continue;
            };
            let removed = entry.difference == Some(WebsiteDifference::Removed);
            *named.entry(website_id).or_insert(true) &= removed;
        }
        for (website_id, only_removed) in named {
            if only_removed && self.get(&website_id).is_none() {
                continue;
            }
            let _ = self.refresh_inner(&website_id).await;
        }
    }
}

/// When the next rebind may go, and why it is wanted.
#[derive(Debug)]
struct Gate {
    floor: Duration,
    /// The previous bind (authentication or rebind); `None` while not active.
    last_bind: Option<Instant>,
    /// When the wanted rebind goes.
    due: Option<Instant>,
    added: Vec<WebsiteId>,
    removed: Vec<WebsiteId>,
}

impl Gate {
    /// The socket was bound at `at`: what was wanted is covered.
    fn bound(&mut self, at: Instant) {
        self.last_bind = Some(at);
        self.due = None;
        self.added.clear();
        self.removed.clear();
    }

    /// Not bound: the next authentication binds afresh.
    fn unbound(&mut self) {
        self.last_bind = None;
        self.due = None;
        self.added.clear();
        self.removed.clear();
    }

    /// The set of websites changed at `now`.
    fn want(&mut self, now: Instant, website_id: WebsiteId, set: &SetChange) {
        let Some(last) = self.last_bind else {
            debug!(website_id = %website_id, "plugin: websites changed while not bound; the authentication will bind afresh");
            return;
        };
        match set {
            SetChange::Added => self.added.push(website_id),
            SetChange::Removed => self.removed.push(website_id),
            SetChange::None => return,
        }
        if self.due.is_none() {
            let due = now.max(last + self.floor);
            if due > now {
                debug!(
                    wait_ms = crate::trace::millis(due - now),
                    "plugin: rebind coalesced, sent when the floor has passed"
                );
            }
            self.due = Some(due);
        }
    }
}

/// The background task: reloads what the stream queued, rebinds when the set changed.
async fn run<T, B>(plugin: Plugin<T>, binder: B, queue: Arc<Queue>)
where
    T: DeserializeOwned + Send + Sync + 'static,
    B: Binder,
{
    let mut state = binder.watch_state();
    let mut gate = Gate {
        floor: plugin.rebind_floor(),
        last_bind: None,
        due: None,
        added: Vec::new(),
        removed: Vec::new(),
    };
    // Already active when attached: the bind happened at some unknown time; count from
    // now (never too early).
    if matches!(*state.borrow_and_update(), ConnectionState::Active) {
        gate.bound(Instant::now());
    }
    loop {
        tokio::select! {
            () = queue.notify.notified() => {
                let work = queue.take();
                if let Some(since) = work.catch_up {
                    plugin.catch_up(since).await;
                }
                for (website_id, hint) in work.websites {
                    let set = match hint {
                        Hint::Remove => {
                            if plugin.remove(&website_id).is_some() { SetChange::Removed } else { SetChange::None }
                        }
                        Hint::Reload => match plugin.refresh_inner(&website_id).await {
                            Ok((_, set)) => set,
                            Err(PluginError::Refresh { .. }) => SetChange::None,
                            Err(_) => SetChange::None,
                        },
                    };
                    gate.want(Instant::now(), website_id, &set);
                }
            }
            () = sleep_until(gate.due), if gate.due.is_some() => {
                let added = std::mem::take(&mut gate.added);
                let removed = std::mem::take(&mut gate.removed);
                info!(
                    added = %ids(&added),
                    removed = %ids(&removed),
                    "plugin: rebinding the realtime socket"
                );
                if binder.rebind().is_err() {
                    return;
                }
                gate.bound(Instant::now());
                plugin.announce_rebind(added, removed);
            }
            changed = state.changed() => {
                if changed.is_err() {
                    return;
                }
                let now = state.borrow_and_update().clone();
                match now {
                    ConnectionState::Active => gate.bound(Instant::now()),
                    ref terminal if terminal.is_terminal() => return,
                    _ => gate.unbound(),
                }
            }
        }
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// The ids, comma-separated.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
fn ids(ids: &[WebsiteId]) -> String {
    let ids: Vec<&str> = ids.iter().map(WebsiteId::as_str).collect();
    ids.join(",")
}

/// `time` as RFC 3339 in UTC, to the second (`2023-11-14T22:13:20Z`).
fn rfc3339(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 2));
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_rfc3339() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let at = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(rfc3339(at), "2023-11-14T22:13:20Z");
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(rfc3339(leap), "2000-02-29T00:00:00Z");
    }
}
