//! The event table: every known event, its wire name, its [`Event`] variant and its
//! payload type. [`EventName`], [`Event`] and the decoding all come from the one table
//! at the bottom of this file, so adding an event is a one-line change there.

use serde::{Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

use super::*;
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
        /// Built by [`Event::from_raw`] or [`Event::from_value`], which never fail: see
        /// [`Event::Unknown`].
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $(
                #[doc = concat!("`", $wire, "`: ", $doc)]
                $variant($payload),
            )+
            /// An event this library does not know, or a known event whose payload does not
            /// have the expected shape; kept as received.
            Unknown {
                /// The event name, as received.
                name: String,
                /// The event data, as received.
                data: Value,
            },
        }

        impl Event {
            /// Decodes an event from its name and its raw `data` JSON.
            ///
            /// Never fails and never panics: a known name whose payload decodes gives the
            /// typed variant; an unknown name, or a payload that does not decode into its
            /// type, gives [`Event::Unknown`] with the data parsed as a [`Value`]. Typed
            /// payloads are decoded straight from the raw text.
            #[must_use]
            pub fn from_raw(name: &str, data: &RawValue) -> Event {
                let decoded = match name {
                    $($wire => serde_json::from_str::<$payload>(data.get()).map(Event::$variant),)+
                    _ => return Event::unknown_raw(name, data),
                };
                decoded.unwrap_or_else(|_| Event::unknown_raw(name, data))
            }

            /// Decodes the payload of event `name` straight from `deserializer`, in one
            /// pass (no intermediate raw copy). Unknown names decode into
            /// [`Event::Unknown`]. Unlike [`Event::from_raw`], a payload that does not fit
            /// its type is an error, because a deserializer cannot rewind: callers wanting
            /// the never-failing behaviour retry with `from_raw` (see [`EventSeed`]).
            ///
            /// # Errors
            /// The deserializer's error when the payload does not fit its type.
            pub fn deserialize_payload<'de, D: serde::Deserializer<'de>>(name: &str, deserializer: D) -> Result<Event, D::Error> {
                match name {
                    $($wire => <$payload as serde::Deserialize>::deserialize(deserializer).map(Event::$variant),)+
                    _ => <Value as serde::Deserialize>::deserialize(deserializer).map(|data| Event::unknown(name, data)),
                }
            }

            /// Decodes an event from its name and its `data` value; same rules as
            /// [`Event::from_raw`].
            #[must_use]
            pub fn from_value(name: &str, data: Value) -> Event {
                let decoded = match name {
                    $($wire => <$payload as serde::Deserialize>::deserialize(&data).map(Event::$variant),)+
                    _ => return Event::unknown(name, data),
                };
                decoded.unwrap_or_else(|_| Event::unknown(name, data))
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

            /// The event name as an [`EventName`]. For [`Event::Unknown`] this is
            /// [`EventName::Unknown`] for a name this library does not know, and the known
            /// name when the name is known but the payload did not decode.
            #[must_use]
            pub fn kind(&self) -> EventName {
                match self {
                    $(Event::$variant(_) => EventName::$variant,)+
                    Event::Unknown { name, .. } => EventName::from(name.as_str()),
                }
            }

            /// The website the event is about, when the payload says (for
            /// [`Event::Unknown`], `data.website_id` when it is a string).
            #[must_use]
            pub fn website_id(&self) -> Option<&str> {
                match self {
                    $(Event::$variant(payload) => Payload::website_id(payload),)+
                    Event::Unknown { data, .. } => data.get("website_id").and_then(Value::as_str),
                }
            }

            /// The conversation the event is about, when the payload says (for
            /// [`Event::Unknown`], `data.session_id` when it is a string).
            #[must_use]
            pub fn session_id(&self) -> Option<&str> {
                match self {
                    $(Event::$variant(payload) => Payload::session_id(payload),)+
                    Event::Unknown { data, .. } => data.get("session_id").and_then(Value::as_str),
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
    };
}

impl Event {
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

/// Decodes an event payload whose name is already known, as a
/// [`DeserializeSeed`](serde::de::DeserializeSeed): one pass over the input. Only JSON
/// objects are accepted. See [`Event::deserialize_payload`] for the error behaviour.
#[derive(Clone, Copy, Debug)]
pub struct EventSeed<'a> {
    name: &'a str,
}

impl<'a> EventSeed<'a> {
    /// A seed for the payload of event `name`.
    #[must_use]
    pub fn new(name: &'a str) -> Self {
        EventSeed { name }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for EventSeed<'_> {
    type Value = Event;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Event, D::Error> {
        deserializer.deserialize_map(ObjectOnly(self.name))
    }
}

/// Accepts a JSON object only, then hands its entries to the payload decoder.
struct ObjectOnly<'a>(&'a str);

impl<'de> serde::de::Visitor<'de> for ObjectOnly<'_> {
    type Value = Event;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the payload object of `{}`", self.0)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Event, A::Error> {
        Event::deserialize_payload(self.0, serde::de::value::MapAccessDeserializer::new(map))
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
    "session:update_verify" => SessionUpdateVerify(SessionUpdateVerify), "The visitor identity verification status changed.";
    "session:request:initiated" => SessionRequestInitiated(SessionRequestInitiated), "A conversation was started.";
    "session:set_email" => SessionSetEmail(SessionSetEmail), "The visitor email was set.";
    "session:set_phone" => SessionSetPhone(SessionSetPhone), "The visitor phone number was set.";
    "session:set_address" => SessionSetAddress(SessionSetAddress), "The visitor postal address was set.";
    "session:set_subject" => SessionSetSubject(SessionSetSubject), "The conversation subject was set.";
    "session:set_avatar" => SessionSetAvatar(SessionSetAvatar), "The visitor avatar was set.";
    "session:set_nickname" => SessionSetNickname(SessionSetNickname), "The visitor name was set.";
    "session:set_origin" => SessionSetOrigin(SessionSetOrigin), "The conversation origin was set.";
    "session:set_data" => SessionSetData(SessionSetData), "The conversation custom data was set.";
    "session:sync:pages" => SessionSyncPages(SessionSyncPages), "The visitor browsed pages.";
    "session:sync:events" => SessionSyncEvents(SessionSyncEvents), "Custom events were pushed for the visitor.";
    "session:sync:capabilities" => SessionSyncCapabilities(SessionSyncCapabilities), "The visitor device capabilities were synced.";
    "session:sync:geolocation" => SessionSyncGeolocation(SessionSyncGeolocation), "The visitor location was synced.";
    "session:sync:system" => SessionSyncSystem(SessionSyncSystem), "The visitor system was synced.";
    "session:sync:network" => SessionSyncNetwork(SessionSyncNetwork), "The visitor network was synced.";
    "session:sync:timezone" => SessionSyncTimezone(SessionSyncTimezone), "The visitor time zone was synced.";
    "session:sync:locales" => SessionSyncLocales(SessionSyncLocales), "The visitor locales were synced.";
    "session:sync:rating" => SessionSyncRating(SessionSyncRating), "The visitor rated the conversation.";
    "session:sync:topic" => SessionSyncTopic(SessionSyncTopic), "The conversation topic was set.";
    "session:set_state" => SessionSetState(SessionSetState), "The conversation state changed.";
    "session:set_block" => SessionSetBlock(SessionSetBlock), "Incoming messages were blocked or unblocked.";
    "session:set_segments" => SessionSetSegments(SessionSetSegments), "The conversation segments were set.";
    "session:set_opened" => SessionSetOpened(SessionSetOpened), "An operator opened the conversation.";
    "session:set_closed" => SessionSetClosed(SessionSetClosed), "An operator closed the conversation.";
    "session:set_participants" => SessionSetParticipants(SessionSetParticipants), "The conversation participants were set.";
    "session:set_mentions" => SessionSetMentions(SessionSetMentions), "Operators were mentioned in the conversation.";
    "session:set_routing" => SessionSetRouting(SessionSetRouting), "The conversation routing changed.";
    "session:set_inbox" => SessionSetInbox(SessionSetInbox), "The conversation moved to another inbox.";
    "session:removed" => SessionRemoved(SessionRemoved), "The conversation was removed.";
    "session:error" => SessionError(SessionError), "A conversation update was refused.";

    // message
    "message:updated" => MessageUpdated(MessageUpdated), "A message was edited.";
    "message:send" => MessageSend(Message), "The visitor sent a message.";
    "message:received" => MessageReceived(Message), "An operator sent a message.";
    "message:removed" => MessageRemoved(MessageRemoved), "A message was removed.";
    "message:compose:send" => MessageComposeSend(MessageComposeSend), "The visitor is typing, or stopped.";
    "message:compose:receive" => MessageComposeReceive(MessageComposeReceive), "An operator is typing, or stopped.";
    "message:acknowledge:read:send" => MessageAcknowledgeReadSend(MessageAcknowledge), "The visitor read messages.";
    "message:acknowledge:read:received" => MessageAcknowledgeReadReceived(MessageAcknowledge), "An operator read messages.";
    "message:acknowledge:unread:send" => MessageAcknowledgeUnreadSend(MessageAcknowledge), "Messages were marked unread for the visitor.";
    "message:acknowledge:delivered" => MessageAcknowledgeDelivered(MessageAcknowledge), "Messages were delivered.";
    "message:acknowledge:ignored" => MessageAcknowledgeIgnored(MessageAcknowledgeIgnored), "Messages were not delivered.";
    "message:notify:unread:send" => MessageNotifyUnreadSend(MessageNotifyUnread), "Unread messages are waiting for the visitor.";
    "message:notify:unread:received" => MessageNotifyUnreadReceived(MessageNotifyUnread), "Unread messages are waiting for the operators.";

    // spam
    "spam:message" => SpamMessage(SpamMessage), "A conversation was held as spam.";
    "spam:decision" => SpamDecision(SpamDecision), "A decision was made on a conversation held as spam.";

    // people
    "people:profile:created" => PeopleProfileCreated(PeopleProfileCreated), "A contact profile was created.";
    "people:profile:updated" => PeopleProfileUpdated(PeopleProfileUpdated), "A contact profile was updated.";
    "people:profile:removed" => PeopleProfileRemoved(PeopleProfileRemoved), "A contact profile was removed.";
    "people:bind:session" => PeopleBindSession(PeopleBindSession), "A conversation was linked to a contact profile.";
    "people:sync:profile" => PeopleSyncProfile(PeopleSyncProfile), "A contact profile was enriched.";
    "people:import:progress" => PeopleImportProgress(PeopleImportProgress), "A contact import progressed.";
    "people:import:done" => PeopleImportDone(PeopleImportDone), "A contact import finished.";

    // campaign
    "campaign:progress" => CampaignProgress(CampaignProgress), "A campaign is being sent.";
    "campaign:dispatched" => CampaignDispatched(CampaignDispatched), "A campaign was sent.";
    "campaign:running" => CampaignRunning(CampaignRunning), "A campaign was started or paused.";

    // browsing
    "browsing:request:initiated" => BrowsingRequestInitiated(BrowsingRequestInitiated), "The visitor accepted a co-browsing request.";
    "browsing:request:rejected" => BrowsingRequestRejected(BrowsingRequestRejected), "The visitor rejected a co-browsing request.";

    // call
    "call:request:initiated" => CallRequestInitiated(CallRequestInitiated), "The visitor accepted a call.";
    "call:request:rejected" => CallRequestRejected(CallRequestRejected), "The visitor rejected a call.";

    // identity
    "identity:verify:request" => IdentityVerifyRequest(IdentityVerifyRequest), "A plugin is asked to deliver an identity verification code.";

    // status
    "status:health:changed" => StatusHealthChanged(StatusHealthChanged), "The status page health changed.";

    // website
    "website:update_visitors_count" => WebsiteUpdateVisitorsCount(WebsiteUpdateVisitorsCount), "The number of visitors changed.";
    "website:update_operators_availability" => WebsiteUpdateOperatorsAvailability(WebsiteUpdateOperatorsAvailability), "An operator went online or offline.";
    "website:users:available" => WebsiteUsersAvailable(WebsiteUsersAvailable), "Whether an operator is available changed.";

    // bucket
    "bucket:url:upload:generated" => BucketUrlUploadGenerated(BucketUrlGenerated), "A file upload URL was generated.";
    "bucket:url:avatar:generated" => BucketUrlAvatarGenerated(BucketUrlGenerated), "An avatar upload URL was generated.";
    "bucket:url:website:generated" => BucketUrlWebsiteGenerated(BucketUrlGenerated), "A website icon upload URL was generated.";
    "bucket:url:campaign:generated" => BucketUrlCampaignGenerated(BucketUrlGenerated), "A campaign file upload URL was generated.";
    "bucket:url:helpdesk:generated" => BucketUrlHelpdeskGenerated(BucketUrlGenerated), "A helpdesk file upload URL was generated.";
    "bucket:url:status:generated" => BucketUrlStatusGenerated(BucketUrlGenerated), "A status page file upload URL was generated.";
    "bucket:url:processing:generated" => BucketUrlProcessingGenerated(BucketUrlGenerated), "A processing upload URL was generated.";

    // media
    "media:animation:listed" => MediaAnimationListed(MediaAnimationListed), "Animations (GIFs) were found.";

    // email
    "email:subscribe" => EmailSubscribe(EmailSubscribe), "An email address subscribed or unsubscribed.";
    "email:track:view" => EmailTrackView(EmailTrackView), "An email was opened.";

    // plugin
    "plugin:channel" => PluginChannel(PluginChannel), "A message on a plugin channel.";
    "plugin:event" => PluginEvent(PluginEvent), "A plugin pushed a custom event.";
    "plugin:subscription:updated" => PluginSubscriptionUpdated(PluginSubscriptionUpdated), "A plugin was installed or removed.";
    "plugin:settings:saved" => PluginSettingsSaved(PluginSettingsSaved), "Plugin settings were saved.";

    // plan
    "plan:subscription:updated" => PlanSubscriptionUpdated(PlanSubscriptionUpdated), "The website plan changed.";

    // widget
    "widget:action:processed" => WidgetActionProcessed(WidgetActionProcessed), "A plugin processed a widget action.";
}

#[cfg(test)]
mod seed_tests {
    use serde::de::DeserializeSeed;

    use super::{Event, EventSeed};

    fn seed(name: &str, json: &str) -> Result<Event, serde_json::Error> {
        EventSeed::new(name).deserialize(&mut serde_json::Deserializer::from_str(json))
    }

    #[test]
    fn one_pass_decoding_agrees_with_from_raw() {
        let json = r#"{"website_id":"w","session_id":"s","type":"text","from":"user","origin":"chat","content":"Hi","fingerprint":1,"timestamp":2}"#;
        let raw = serde_json::value::RawValue::from_string(json.to_owned()).unwrap();
        assert_eq!(
            seed("message:send", json).unwrap(),
            Event::from_raw("message:send", &raw)
        );
        let unknown = seed("future:event", r#"{"a":[1,2]}"#).unwrap();
        assert!(!unknown.is_typed());
        assert_eq!(unknown.name(), "future:event");
    }

    #[test]
    fn one_pass_decoding_rejects_non_objects_and_misfits() {
        assert!(seed("message:send", "[]").is_err());
        assert!(seed("future:event", r#""text""#).is_err());
        assert!(seed("message:send", r#"{"fingerprint":"not a number"}"#).is_err());
    }
}
