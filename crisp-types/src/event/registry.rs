//! The event table: every known event, its wire name, its [`Event`] variant and its
//! payload type. [`EventName`], [`Event`] and the decoding all come from the one table
//! at the bottom of this file, so adding an event is a one-line change there.

use std::fmt;

use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

use super::*;
use crate::id::{SessionId, WebsiteId};
use crate::website::conversation::Message;

/// Generates [`EventName`], [`Event`], [`EventData`] and their methods from the table of
/// `"wire:name" => Variant(PayloadType), "One-line description.";` lines.
macro_rules! events {
    ($($wire:literal => $variant:ident($payload:ty), $doc:literal;)+) => {
        crate::string_enum! {
            /// The name of a realtime event (`message:send`, …): what a realtime subscription
            /// lists, and what [`Event::kind`] returns.
            pub enum EventName {
                $(
                    #[doc = concat!("`", $wire, "`: ", $doc)]
                    $variant = $wire,
                )+
            }
        }

        /// A realtime event (RTM or web hook) with its typed payload.
        ///
        /// Built by [`Event::decode`] (or [`Event::decode_value`]): a known name gives its
        /// typed variant, or an [`EventError`] when the payload does not fit its type; a
        /// name this version does not know gives [`Event::Unknown`].
        ///
        /// The payloads larger than a few words are boxed, so that an `Event` stays small
        /// (at most 128 bytes) and cheap to move through channels.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $(
                #[doc = concat!("`", $wire, "`: ", $doc)]
                $variant($payload),
            )+
            /// An event whose name this library does not know; kept as received.
            Unknown {
                /// The event name, as received.
                name: String,
                /// The event data, as received.
                data: Value,
            },
        }

        impl Event {
            /// Decodes an event from its name and its raw `data` JSON, borrowed from the
            /// frame or body it came in: the one decoder both transports use.
            ///
            /// A known name gives its typed variant, decoded straight from the raw text. A
            /// name this version does not know gives [`Event::Unknown`] with the data
            /// parsed as a [`Value`] (never an error).
            ///
            /// # Errors
            /// [`EventError`] when the name is known and the payload does not fit its
            /// type (a wrongly typed field, a payload that is not an object): it names the
            /// event and the JSON path of the misfit, and keeps the raw payload.
            pub fn decode(name: &str, data: &RawValue) -> Result<Event, EventError> {
                let text = data.get();
                // Serde would read an array positionally into a payload struct: only
                // objects are payloads.
                let is_object = text.trim_start().starts_with('{');
                match name {
                    $($wire if !is_object => Err(EventError::not_an_object(EventName::$variant, data)),
                    $wire => match serde_json::from_str::<$payload>(text) {
                        Ok(payload) => Ok(Event::$variant(payload)),
                        Err(error) => Err(EventError::locate::<$payload>(EventName::$variant, data, &error)),
                    },)+
                    _ => Ok(Event::unknown_raw(name, data)),
                }
            }

            /// The event name as it is written on the wire (for [`Event::Unknown`], the name
            /// as received).
            #[must_use]
            pub fn name(&self) -> &str {
                match self {
                    $(Event::$variant(_) => $wire,)+
                    Event::Unknown { name, .. } => name,
                }
            }

            /// The event name as an [`EventName`] ([`EventName::Unknown`] for
            /// [`Event::Unknown`] events).
            #[must_use]
            pub fn kind(&self) -> EventName {
                match self {
                    $(Event::$variant(_) => EventName::$variant,)+
                    Event::Unknown { name, .. } => EventName::from(name.as_str()),
                }
            }

            /// The website the event is about, when the payload says (`None` for
            /// [`Event::Unknown`]: read its `data`).
            #[must_use]
            pub fn website_id(&self) -> Option<&WebsiteId> {
                match self {
                    $(Event::$variant(payload) => Payload::website_id(payload),)+
                    Event::Unknown { .. } => None,
                }
            }

            /// The conversation the event is about, when the payload says (`None` for
            /// [`Event::Unknown`]: read its `data`).
            #[must_use]
            pub fn session_id(&self) -> Option<&SessionId> {
                match self {
                    $(Event::$variant(payload) => Payload::session_id(payload),)+
                    Event::Unknown { .. } => None,
                }
            }
        }

        impl<'de> DeserializeSeed<'de> for EventSeed<'_> {
            type Value = Event;

            fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Event, D::Error> {
                match self.name {
                    $($wire => deserializer
                        .deserialize_map(ObjectOf::<$payload>(PhantomData))
                        .map(Event::$variant),)+
                    name => Value::deserialize(deserializer).map(|data| Event::unknown(name, data)),
                }
            }
        }

        impl Serialize for EventData<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self.event {
                    $(Event::$variant(payload) => payload.serialize(serializer),)+
                    Event::Unknown { data, .. } => data.serialize(serializer),
                }
            }
        }

        /// The size of each variant's payload, for the size test.
        #[cfg(test)]
        pub(super) fn payload_sizes() -> Vec<(&'static str, usize)> {
            vec![$(($wire, std::mem::size_of::<$payload>()),)+]
        }
    };
}

impl Event {
    /// Decodes an event from its name and its `data` as a [`Value`]: writes the value out
    /// and reads it with [`Event::decode`] (same rules). Prefer [`Event::decode`] on the
    /// raw JSON when you have it: it is faster.
    ///
    /// # Errors
    /// [`EventError`] when the name is known and the payload does not fit its type.
    pub fn decode_value(name: &str, data: Value) -> Result<Event, EventError> {
        if EventName::from(name).is_unknown() {
            return Ok(Event::unknown(name, data));
        }
        // A `Value` always writes out (its map keys are strings).
        let raw =
            serde_json::value::to_raw_value(&data).unwrap_or_else(|_| RawValue::NULL.to_owned());
        Event::decode(name, &raw)
    }

    /// The one-pass decoder of the `data` of the event `name`, to run on the deserializer
    /// that reads the frame or body (see [`EventSeed`]): the fast path both transports
    /// take before falling back to [`Event::decode`] on a failure.
    #[must_use]
    pub fn seed(name: &str) -> EventSeed<'_> {
        EventSeed { name }
    }

    /// Whether the payload is typed (`false` for [`Event::Unknown`]).
    #[must_use]
    pub fn is_typed(&self) -> bool {
        !matches!(self, Event::Unknown { .. })
    }

    /// The payload alone, to serialize: exactly the `data` object of the event.
    #[must_use]
    pub fn data(&self) -> EventData<'_> {
        EventData { event: self }
    }

    /// [`Event::Unknown`] from a name and a value.
    fn unknown(name: &str, data: Value) -> Event {
        Event::Unknown {
            name: name.to_owned(),
            data,
        }
    }

    /// [`Event::Unknown`] from a name and raw JSON. A `RawValue` always holds valid JSON,
    /// so the parse only fails past serde_json's nesting limit; the data is then `Null`.
    fn unknown_raw(name: &str, data: &RawValue) -> Event {
        let data = serde_json::from_str(data.get()).unwrap_or(Value::Null);
        Event::unknown(name, data)
    }
}

/// The one-pass event decoder: decodes an event's `data` straight from the JSON
/// deserializer reading the frame or body it came in, with no raw copy kept and no second
/// scan. Get it with [`Event::seed`].
///
/// The result is the same as [`Event::decode`]'s whenever this succeeds. A failure is only
/// a serde error, without the JSON path or the payload: keep the input, and call
/// [`Event::decode`] on the raw payload then, for the [`EventError`] (the failure path
/// only, so the usual event is scanned once).
///
/// ```
/// use crisp_types::event::{Event, EventName};
/// use serde::de::DeserializeSeed;
///
/// let text = r#"{"session_id":"session_1","email":"jane@example.com"}"#;
/// let mut deserializer = serde_json::Deserializer::from_str(text);
/// let event = Event::seed("session:set_email").deserialize(&mut deserializer)?;
/// deserializer.end()?;
/// assert_eq!(event.kind(), EventName::SessionSetEmail);
///
/// // Not an object, or a field of the wrong type: an error (decode the raw payload with
/// // `Event::decode` for the path).
/// let mut deserializer = serde_json::Deserializer::from_str(r#"{"session_id":42}"#);
/// assert!(Event::seed("session:set_email").deserialize(&mut deserializer).is_err());
/// let mut deserializer = serde_json::Deserializer::from_str("[]");
/// assert!(Event::seed("session:set_email").deserialize(&mut deserializer).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct EventSeed<'a> {
    name: &'a str,
}

impl<'a> EventSeed<'a> {
    /// The event name this seed decodes the data of.
    #[must_use]
    pub fn name(&self) -> &'a str {
        self.name
    }
}

/// Reads a payload type from a JSON object only (serde would read an array positionally
/// into a struct), handing the object to the type's own decoder.
struct ObjectOf<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOf<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map))
    }
}

/// A known event whose payload does not fit its type: which event, where in the payload
/// (the JSON path), what serde said, and the payload as received.
///
/// ```
/// use crisp_types::event::{Event, EventName};
/// use serde_json::value::RawValue;
///
/// let data = RawValue::from_string(r#"{"session_id":42,"type":"text"}"#.to_owned()).unwrap();
/// let error = Event::decode("message:send", &data).unwrap_err();
/// assert_eq!(error.kind(), EventName::MessageSend);
/// assert_eq!(error.path(), "session_id");
/// assert_eq!(error.raw().get(), data.get());
/// assert!(error.to_string().starts_with("`message:send` payload does not fit its type at `session_id`: invalid type"));
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct EventError {
    kind: EventName,
    path: String,
    message: String,
    raw: Box<RawValue>,
}

impl EventError {
    /// The error of decoding `raw` as `T`, with the path found by decoding again through
    /// the path tracker (the failure path only).
    #[cold]
    fn locate<T: DeserializeOwned>(
        kind: EventName,
        raw: &RawValue,
        error: &serde_json::Error,
    ) -> EventError {
        let path = super::path::Path::default();
        let mut deserializer = serde_json::Deserializer::from_str(raw.get());
        // Same input and types as the first pass: this fails the same way (the error
        // already in hand is the one reported).
        let _ = super::path::deserialize::<T, _>(&mut deserializer, &path);
        EventError {
            kind,
            path: path.render(),
            message: error.to_string(),
            raw: raw.to_owned(),
        }
    }

    /// The error for a payload that is not a JSON object.
    #[cold]
    fn not_an_object(kind: EventName, raw: &RawValue) -> EventError {
        let found = match raw.get().trim_start().as_bytes().first() {
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b'n') => "null",
            Some(b't' | b'f') => "a boolean",
            _ => "a number",
        };
        EventError {
            kind,
            path: String::new(),
            message: format!("invalid type: {found}, expected a JSON object"),
            raw: raw.to_owned(),
        }
    }

    /// The event name, as on the wire (`message:send`).
    #[must_use]
    pub fn name(&self) -> &str {
        self.kind.as_str()
    }

    /// The event, as an [`EventName`].
    #[must_use]
    pub fn kind(&self) -> EventName {
        self.kind.clone()
    }

    /// The JSON path of the value that does not fit, from the payload: `session_id`,
    /// `content.text`, `participants[1].type`; empty when the payload itself does not
    /// fit (not an object).
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What the JSON decoder said, with the line and column in the payload.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The payload as received.
    #[must_use]
    pub fn raw(&self) -> &RawValue {
        &self.raw
    }

    /// The payload as received, owned.
    #[must_use]
    pub fn into_raw(self) -> Box<RawValue> {
        self.raw
    }
}

impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(
                f,
                "`{}` payload does not fit its type: {}",
                self.kind, self.message
            )
        } else {
            write!(
                f,
                "`{}` payload does not fit its type at `{}`: {}",
                self.kind, self.path, self.message
            )
        }
    }
}

/// Leaves the payload out (it may hold message text): only its size.
impl fmt::Debug for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventError")
            .field("event", &self.kind.as_str())
            .field("path", &self.path)
            .field("message", &self.message)
            .field("raw_bytes", &self.raw.get().len())
            .finish()
    }
}

impl PartialEq for EventError {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && self.path == other.path
            && self.message == other.message
            && self.raw.get() == other.raw.get()
    }
}

impl Eq for EventError {}

impl std::error::Error for EventError {}

impl<T: Payload + ?Sized> Payload for Box<T> {
    fn website_id(&self) -> Option<&WebsiteId> {
        T::website_id(self)
    }

    fn session_id(&self) -> Option<&SessionId> {
        T::session_id(self)
    }
}

/// The payload of an [`Event`], for serialization: writes exactly the event's `data`
/// object (for [`Event::Unknown`], the value as received). Get it with [`Event::data`].
#[derive(Clone, Copy, Debug)]
pub struct EventData<'a> {
    event: &'a Event,
}

impl<'a> EventData<'a> {
    /// The event this payload belongs to.
    #[must_use]
    pub fn event(&self) -> &'a Event {
        self.event
    }
}

// One line per event: "wire:name" => Variant(PayloadType), "Description.";
// Shared payloads: MessageAcknowledge (4), MessageNotifyUnread (2), BucketUrlGenerated (7),
// and Message (message:send, message:received).
#[rustfmt::skip]
events! {
    // session
    "session:update_availability" => SessionUpdateAvailability(SessionUpdateAvailability), "The visitor went online or offline.";
    "session:update_verify" => SessionUpdateVerify(Box<SessionUpdateVerify>), "The visitor identity verification status changed.";
    "session:request:initiated" => SessionRequestInitiated(SessionRequestInitiated), "A visitor was asked to chat (MagicMap's \"request to chat\"); not \"a chat started\": a new conversation shows as its first `message:send`.";
    "session:set_email" => SessionSetEmail(SessionSetEmail), "The visitor email was set.";
    "session:set_phone" => SessionSetPhone(SessionSetPhone), "The visitor phone number was set.";
    "session:set_address" => SessionSetAddress(SessionSetAddress), "The visitor postal address was set.";
    "session:set_subject" => SessionSetSubject(SessionSetSubject), "The conversation subject was set.";
    "session:set_avatar" => SessionSetAvatar(SessionSetAvatar), "The visitor avatar was set.";
    "session:set_nickname" => SessionSetNickname(SessionSetNickname), "The visitor name was set.";
    "session:set_origin" => SessionSetOrigin(SessionSetOrigin), "The conversation origin was set.";
    "session:set_data" => SessionSetData(Box<SessionSetData>), "The conversation custom data was set.";
    "session:sync:pages" => SessionSyncPages(SessionSyncPages), "The visitor browsed pages.";
    "session:sync:events" => SessionSyncEvents(SessionSyncEvents), "Custom events were pushed for the visitor.";
    "session:sync:capabilities" => SessionSyncCapabilities(Box<SessionSyncCapabilities>), "The visitor device capabilities were synced.";
    "session:sync:geolocation" => SessionSyncGeolocation(Box<SessionSyncGeolocation>), "The visitor location was synced.";
    "session:sync:system" => SessionSyncSystem(Box<SessionSyncSystem>), "The visitor system was synced.";
    "session:sync:network" => SessionSyncNetwork(Box<SessionSyncNetwork>), "The visitor network was synced.";
    "session:sync:timezone" => SessionSyncTimezone(SessionSyncTimezone), "The visitor time zone was synced.";
    "session:sync:locales" => SessionSyncLocales(SessionSyncLocales), "The visitor locales were synced.";
    "session:sync:rating" => SessionSyncRating(Box<SessionSyncRating>), "The visitor rated the conversation.";
    "session:sync:topic" => SessionSyncTopic(SessionSyncTopic), "The conversation topic was set.";
    "session:set_state" => SessionSetState(SessionSetState), "The conversation state changed.";
    "session:set_block" => SessionSetBlock(SessionSetBlock), "Incoming messages were blocked or unblocked.";
    "session:set_segments" => SessionSetSegments(SessionSetSegments), "The conversation segments were set.";
    "session:set_opened" => SessionSetOpened(Box<SessionSetOpened>), "An operator opened the conversation.";
    "session:set_closed" => SessionSetClosed(Box<SessionSetClosed>), "An operator closed the conversation.";
    "session:set_participants" => SessionSetParticipants(SessionSetParticipants), "The conversation participants were set.";
    "session:set_mentions" => SessionSetMentions(SessionSetMentions), "Operators were mentioned in the conversation.";
    "session:set_routing" => SessionSetRouting(Box<SessionSetRouting>), "The conversation routing changed.";
    "session:set_inbox" => SessionSetInbox(SessionSetInbox), "The conversation moved to another inbox.";
    "session:removed" => SessionRemoved(SessionRemoved), "The conversation was removed.";
    "session:error" => SessionError(Box<SessionError>), "A conversation update was refused.";

    // message
    "message:updated" => MessageUpdated(Box<MessageUpdated>), "A message was edited.";
    "message:send" => MessageSend(Box<Message>), "The visitor sent a message: what a bot answers.";
    "message:received" => MessageReceived(Box<Message>), "An operator, a bot or a plugin sent a message (the visitor received it): a bot's own answers too, never to be answered.";
    "message:removed" => MessageRemoved(MessageRemoved), "A message was removed.";
    "message:compose:send" => MessageComposeSend(Box<MessageComposeSend>), "The visitor is typing, or stopped.";
    "message:compose:receive" => MessageComposeReceive(Box<MessageComposeReceive>), "An operator is typing, or stopped.";
    "message:acknowledge:read:send" => MessageAcknowledgeReadSend(Box<MessageAcknowledge>), "The visitor read messages.";
    "message:acknowledge:read:received" => MessageAcknowledgeReadReceived(Box<MessageAcknowledge>), "An operator read messages.";
    "message:acknowledge:unread:send" => MessageAcknowledgeUnreadSend(Box<MessageAcknowledge>), "Messages were marked unread for the visitor.";
    "message:acknowledge:delivered" => MessageAcknowledgeDelivered(Box<MessageAcknowledge>), "Messages were delivered.";
    "message:acknowledge:ignored" => MessageAcknowledgeIgnored(Box<MessageAcknowledgeIgnored>), "Messages were not delivered.";
    "message:notify:unread:send" => MessageNotifyUnreadSend(MessageNotifyUnread), "Unread messages are waiting for the visitor.";
    "message:notify:unread:received" => MessageNotifyUnreadReceived(MessageNotifyUnread), "Unread messages are waiting for the operators.";

    // spam
    "spam:message" => SpamMessage(Box<SpamMessage>), "A conversation was held as spam.";
    "spam:decision" => SpamDecision(SpamDecision), "A decision was made on a conversation held as spam.";

    // people
    "people:profile:created" => PeopleProfileCreated(PeopleProfileCreated), "A contact profile was created.";
    "people:profile:updated" => PeopleProfileUpdated(Box<PeopleProfileUpdated>), "A contact profile was updated.";
    "people:profile:removed" => PeopleProfileRemoved(PeopleProfileRemoved), "A contact profile was removed.";
    "people:bind:session" => PeopleBindSession(PeopleBindSession), "A conversation was linked to a contact profile.";
    "people:sync:profile" => PeopleSyncProfile(Box<PeopleSyncProfile>), "A contact profile was enriched.";
    "people:import:progress" => PeopleImportProgress(Box<PeopleImportProgress>), "A contact import progressed.";
    "people:import:done" => PeopleImportDone(PeopleImportDone), "A contact import finished.";

    // campaign
    "campaign:progress" => CampaignProgress(CampaignProgress), "A campaign is being sent.";
    "campaign:dispatched" => CampaignDispatched(CampaignDispatched), "A campaign was sent.";
    "campaign:running" => CampaignRunning(CampaignRunning), "A campaign was started or paused.";

    // browsing
    "browsing:request:initiated" => BrowsingRequestInitiated(Box<BrowsingRequestInitiated>), "The visitor accepted a co-browsing request.";
    "browsing:request:rejected" => BrowsingRequestRejected(BrowsingRequestRejected), "The visitor rejected a co-browsing request.";

    // call
    "call:request:initiated" => CallRequestInitiated(CallRequestInitiated), "The visitor accepted a call.";
    "call:request:rejected" => CallRequestRejected(CallRequestRejected), "The visitor rejected a call.";

    // identity
    "identity:verify:request" => IdentityVerifyRequest(Box<IdentityVerifyRequest>), "A plugin is asked to deliver an identity verification code.";

    // status
    "status:health:changed" => StatusHealthChanged(StatusHealthChanged), "The status page health changed.";

    // website
    "website:update_visitors_count" => WebsiteUpdateVisitorsCount(WebsiteUpdateVisitorsCount), "The number of visitors changed.";
    "website:update_operators_availability" => WebsiteUpdateOperatorsAvailability(WebsiteUpdateOperatorsAvailability), "An operator went online or offline.";
    "website:users:available" => WebsiteUsersAvailable(WebsiteUsersAvailable), "Whether an operator is available changed.";

    // bucket
    "bucket:url:upload:generated" => BucketUrlUploadGenerated(Box<BucketUrlGenerated>), "A file upload URL was generated.";
    "bucket:url:avatar:generated" => BucketUrlAvatarGenerated(Box<BucketUrlGenerated>), "An avatar upload URL was generated.";
    "bucket:url:website:generated" => BucketUrlWebsiteGenerated(Box<BucketUrlGenerated>), "A website icon upload URL was generated.";
    "bucket:url:campaign:generated" => BucketUrlCampaignGenerated(Box<BucketUrlGenerated>), "A campaign file upload URL was generated.";
    "bucket:url:helpdesk:generated" => BucketUrlHelpdeskGenerated(Box<BucketUrlGenerated>), "A helpdesk file upload URL was generated.";
    "bucket:url:status:generated" => BucketUrlStatusGenerated(Box<BucketUrlGenerated>), "A status page file upload URL was generated.";
    "bucket:url:processing:generated" => BucketUrlProcessingGenerated(Box<BucketUrlGenerated>), "A processing upload URL was generated.";

    // media
    "media:animation:listed" => MediaAnimationListed(MediaAnimationListed), "Animations (GIFs) were found.";

    // email
    "email:subscribe" => EmailSubscribe(EmailSubscribe), "An email address subscribed or unsubscribed.";
    "email:track:view" => EmailTrackView(EmailTrackView), "An email was opened.";

    // plugin
    "plugin:channel" => PluginChannel(Box<PluginChannel>), "A message on a plugin channel.";
    "plugin:event" => PluginEvent(Box<PluginEvent>), "A plugin pushed a custom event.";
    "plugin:subscription:updated" => PluginSubscriptionUpdated(PluginSubscriptionUpdated), "A plugin was installed or removed.";
    "plugin:settings:saved" => PluginSettingsSaved(PluginSettingsSaved), "Plugin settings were saved.";

    // plan
    "plan:subscription:updated" => PlanSubscriptionUpdated(PlanSubscriptionUpdated), "The website plan changed.";

    // widget
    "widget:action:processed" => WidgetActionProcessed(Box<WidgetActionProcessed>), "A plugin processed a widget action.";
}

#[cfg(test)]
mod tests {
    use serde_json::value::RawValue;

    use super::{Event, EventError, EventName, payload_sizes};

    fn raw(json: &str) -> Box<RawValue> {
        RawValue::from_string(json.to_owned()).unwrap()
    }

    fn misfit(name: &str, json: &str) -> EventError {
        Event::decode(name, &raw(json)).unwrap_err()
    }

    /// One-pass decode through [`Event::seed`], as the transports run it.
    fn seeded(name: &str, json: &str) -> Option<Event> {
        use serde::de::DeserializeSeed;
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let event = Event::seed(name).deserialize(&mut deserializer).ok()?;
        deserializer.end().ok()?;
        Some(event)
    }

    /// Every event's fixture decodes in one pass, to what `Event::decode` gives; and over
    /// random mutations of them, whenever the one pass succeeds, `Event::decode` agrees.
    #[test]
    fn the_one_pass_seed_agrees_with_decode() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events");
        const ALPHABET: &[u8] = b"{}[]\":,0a1 -";
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % bound as u64).unwrap()
        };
        let (mut agreed, mut misfits) = (0, 0);
        for (name, _) in payload_sizes() {
            let path = dir.join(format!("{}.json", name.replace(':', "_")));
            let text = std::fs::read_to_string(&path).unwrap();
            let fast = seeded(name, &text).unwrap_or_else(|| panic!("{name}: one pass failed"));
            assert_eq!(
                Ok(&fast),
                Event::decode(name, &raw(&text)).as_ref(),
                "{name}"
            );
            assert!(fast.is_typed(), "{name}");
            for _ in 0..200 {
                let mut bytes = text.clone().into_bytes();
                for _ in 0..=next(2) {
                    let at = next(bytes.len());
                    bytes[at] = ALPHABET[next(ALPHABET.len())];
                }
                let Ok(mutated) = String::from_utf8(bytes) else {
                    continue;
                };
                let Ok(data) = RawValue::from_string(mutated.clone()) else {
                    continue;
                };
                match (seeded(name, &mutated), Event::decode(name, &data)) {
                    (Some(fast), careful) => {
                        assert_eq!(Ok(&fast), careful.as_ref(), "{name}: {mutated}");
                        agreed += 1;
                    }
                    (None, Err(_)) => misfits += 1,
                    (None, Ok(_)) => panic!("{name}: only the careful path decodes {mutated}"),
                }
            }
        }
        assert!(
            agreed > 1_000 && misfits > 0,
            "{agreed} agreed, {misfits} misfits"
        );
    }

    #[test]
    fn the_seed_takes_objects_only_for_known_events() {
        for json in ["[1,2]", "\"text\"", "42", "null"] {
            assert_eq!(seeded("session:set_state", json), None, "{json}");
            assert!(
                matches!(seeded("brand:new", json), Some(Event::Unknown { .. })),
                "{json}"
            );
        }
        let Some(Event::Unknown { name, data }) = seeded("brand:new", r#"{"a":[1]}"#) else {
            panic!("unknown");
        };
        assert_eq!(
            (name.as_str(), data),
            ("brand:new", serde_json::json!({"a": [1]}))
        );
        assert_eq!(Event::seed("message:send").name(), "message:send");
    }

    #[test]
    fn an_event_stays_small() {
        let large: Vec<_> = payload_sizes()
            .into_iter()
            .filter(|(_, size)| *size > 120)
            .collect();
        assert!(large.is_empty(), "payloads to box: {large:?}");
        assert!(
            std::mem::size_of::<Event>() <= 128,
            "{}",
            std::mem::size_of::<Event>()
        );
    }

    #[test]
    fn a_wrongly_typed_top_level_field_names_its_path() {
        let json = r#"{"website_id":"w","session_id":42,"type":"text","content":"Hi"}"#;
        let error = misfit("message:send", json);
        assert_eq!(error.kind(), EventName::MessageSend);
        assert_eq!(error.name(), "message:send");
        assert_eq!(error.path(), "session_id");
        assert!(
            error.message().contains("invalid type"),
            "{}",
            error.message()
        );
        assert_eq!(error.raw().get(), json);
        let shown = error.to_string();
        assert!(
            shown.starts_with("`message:send` payload does not fit its type at `session_id`: "),
            "{shown}"
        );
        // The payload stays out of `Debug` (it may hold message text).
        assert!(!format!("{error:?}").contains("Hi"), "{error:?}");
    }

    #[test]
    fn a_wrongly_typed_nested_field_names_its_path() {
        let error = misfit(
            "message:send",
            r#"{"type":"text","content":"Hi","user":{"user_id":"u","nickname":5}}"#,
        );
        assert_eq!(error.path(), "user.nickname", "{error}");
        let error = misfit(
            "session:set_participants",
            r#"{"session_id":"s","participants":[{"type":"email","target":"a@b.c"},{"type":"email","target":5}]}"#,
        );
        assert_eq!(error.path(), "participants[1].target", "{error}");
        let error = misfit("session:set_email", r#"{"session_id":"s","email":["x"]}"#);
        assert_eq!(error.path(), "email", "{error}");
    }

    #[test]
    fn a_payload_that_is_not_an_object_is_an_error_at_the_root() {
        for json in ["[1,2]", "\"text\"", "42", "null"] {
            let error = misfit("session:set_state", json);
            assert_eq!(error.path(), "", "{json}: {error}");
            assert_eq!(error.raw().get(), json);
            assert!(
                error
                    .to_string()
                    .starts_with("`session:set_state` payload does not fit its type: "),
                "{error}"
            );
        }
    }

    #[test]
    fn unknown_names_are_unknown_events_whatever_their_data() {
        for json in [r#"{"session_id":42}"#, "[true,3]", "null"] {
            let event = Event::decode("future:event", &raw(json)).unwrap();
            let Event::Unknown { name, data } = &event else {
                panic!("{event:?}");
            };
            assert_eq!(name, "future:event");
            assert_eq!(
                data,
                &serde_json::from_str::<serde_json::Value>(json).unwrap()
            );
            assert_eq!(event.kind(), EventName::Unknown("future:event".into()));
            assert_eq!(event.session_id(), None);
        }
    }

    #[test]
    fn accessors_are_typed() {
        let event = Event::decode(
            "message:send",
            &raw(r#"{"website_id":"w1","session_id":"session_1","type":"text","content":"Hi"}"#),
        )
        .unwrap();
        assert_eq!(event.website_id(), Some(&crate::WebsiteId::new("w1")));
        assert_eq!(
            event.session_id(),
            Some(&crate::SessionId::new("session_1"))
        );
    }

    #[test]
    fn decode_value_has_the_same_rules() {
        let good = serde_json::json!({"session_id": "s", "email": "a@b.c"});
        assert_eq!(
            Event::decode_value("session:set_email", good.clone()).unwrap(),
            Event::decode("session:set_email", &raw(&good.to_string())).unwrap()
        );
        let bad = serde_json::json!({"session_id": 42});
        let error = Event::decode_value("session:set_email", bad).unwrap_err();
        assert_eq!(error.path(), "session_id");
        let unknown = Event::decode_value("x:y", serde_json::json!([1])).unwrap();
        assert!(!unknown.is_typed());
    }
}
