//! Campaigns: the list excerpt, the full campaign, and the bodies that create and change
//! one.

use serde::{Deserialize, Serialize};

use super::filter::CampaignFilter;
use crate::id::{CampaignId, PeopleId, UserId};

crate::string_enum! {
    /// Kind of campaign (`type`).
    pub enum CampaignType {
        /// Sent once, to the recipients chosen when it is dispatched.
        OneShot = "one-shot",
        /// Sent to each profile on a launch event, after optional checks and delays.
        Automated = "automated",
    }
}

crate::string_enum! {
    /// Format of a campaign message or template (`format`).
    pub enum CampaignFormat {
        /// Markdown text.
        Markdown = "markdown",
        /// HTML document.
        Html = "html",
    }
}

crate::string_enum! {
    /// How campaign recipients are chosen (`recipients.type`).
    pub enum CampaignRecipientsType {
        /// Every people profile.
        All = "all",
        /// Profiles in the listed segments.
        Segment = "segment",
        /// The listed profiles.
        People = "people",
        /// Profiles matching the filters.
        Filter = "filter",
    }
}

crate::model! {
    /// A campaign as listed by *List Campaigns*.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignExcerpt {
        /// Campaign identifier.
        pub campaign_id: Option<CampaignId>,
        /// Kind of campaign (`type`).
        #[serde(rename = "type")]
        pub kind: Option<CampaignType>,
        /// Message format.
        pub format: Option<CampaignFormat>,
        /// Campaign name.
        pub name: Option<String>,
        /// Email subject.
        pub subject: Option<String>,
        /// Tag used to group campaigns.
        pub tag: Option<String>,
        /// Whether the campaign is configured and can be dispatched.
        pub ready: Option<bool>,
        /// Whether the campaign was dispatched.
        pub dispatched: Option<bool>,
        /// Whether the campaign is running (not paused).
        pub running: Option<bool>,
        /// Sending progress, in percent.
        pub progress: Option<u8>,
        /// Number of profiles targeted.
        pub targets: Option<u32>,
        /// Number of profiles reached so far.
        pub reached: Option<u32>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
        /// Dispatch time, in epoch milliseconds.
        pub dispatched_at: Option<u64>,
    }
}

crate::model! {
    /// A campaign with its content and settings (*Get A Campaign*): the fields of its list
    /// excerpt, read through `Deref` (`campaign.name`, `campaign.ready`), then its content.
    ///
    /// ```
    /// use crisp_types::website::campaign::Campaign;
    /// let campaign: Campaign =
    ///     serde_json::from_str(r#"{"name":"Welcome","ready":true,"message":"Hey"}"#).unwrap();
    /// assert_eq!(campaign.name.as_deref(), Some("Welcome"));
    /// assert_eq!(campaign.message.as_deref(), Some("Hey"));
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Campaign {
        /// The fields *List Campaigns* gives too (same keys, at the top level).
        #[serde(flatten)]
        pub excerpt: CampaignExcerpt,
        /// Operator the campaign is sent as.
        pub sender: Option<CampaignSender>,
        /// Who receives the campaign.
        pub recipients: Option<CampaignRecipients>,
        /// When an automated campaign is sent.
        pub flow: Option<CampaignFlow>,
        /// Message content, in [`format`](CampaignExcerpt::format).
        pub message: Option<String>,
        /// Delivery options.
        pub options: Option<CampaignOptions>,
        /// Engagement counters.
        pub statistics: Option<CampaignStatisticsSummary>,
    }
}

crate::extends!(Campaign => excerpt: CampaignExcerpt);

crate::model! {
    /// The operator a campaign is sent as (`sender`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignSender {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
    }
}

impl CampaignSender {
    /// The given operator.
    pub fn new(user_id: impl Into<UserId>) -> Self {
        CampaignSender {
            user_id: Some(user_id.into()),
        }
    }
}

crate::model! {
    /// Who receives a campaign (`recipients`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignRecipients {
        /// How recipients are chosen (`type`).
        #[serde(rename = "type")]
        pub kind: Option<CampaignRecipientsType>,
        /// Segments, for [`CampaignRecipientsType::Segment`].
        pub segments: Vec<String>,
        /// People profiles, for [`CampaignRecipientsType::People`].
        pub people: Vec<PeopleId>,
        /// Profile filters, for [`CampaignRecipientsType::Filter`].
        pub filter: Vec<CampaignFilter>,
    }
}

impl CampaignRecipients {
    /// Every people profile.
    #[must_use]
    pub fn all() -> Self {
        CampaignRecipients {
            kind: Some(CampaignRecipientsType::All),
            ..CampaignRecipients::default()
        }
    }

    /// Profiles in any of `segments`.
    pub fn segments(segments: impl IntoIterator<Item = impl Into<String>>) -> Self {
        CampaignRecipients {
            kind: Some(CampaignRecipientsType::Segment),
            segments: segments.into_iter().map(Into::into).collect(),
            ..CampaignRecipients::default()
        }
    }

    /// The listed profiles.
    pub fn people(people: impl IntoIterator<Item = impl Into<PeopleId>>) -> Self {
        CampaignRecipients {
            kind: Some(CampaignRecipientsType::People),
            people: people.into_iter().map(Into::into).collect(),
            ..CampaignRecipients::default()
        }
    }

    /// Profiles matching `filter`.
    #[must_use]
    pub fn filter(filter: Vec<CampaignFilter>) -> Self {
        CampaignRecipients {
            kind: Some(CampaignRecipientsType::Filter),
            filter,
            ..CampaignRecipients::default()
        }
    }
}

crate::model! {
    /// When an automated campaign is sent to a profile (`flow`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignFlow {
        /// Event that starts the flow for a profile (a people event name).
        pub launch_event: Option<String>,
        /// Filters the profile must still match when the message is due.
        pub assert_filter: Vec<CampaignFilter>,
        /// Delay before checking `assert_filter`.
        pub assert_delay: Option<u32>,
        /// Whether a profile receives the campaign at most once.
        pub deliver_once: Option<bool>,
        /// Delay before delivering.
        pub deliver_delay: Option<u32>,
    }
}

crate::model! {
    /// Delivery options of a campaign (`options`).
    ///
    /// Crisp clears an option sent as `null`, so each option is an `Option<Option<bool>>`:
    /// `None` leaves it out of the body (unchanged), `Some(None)` sends `null` (cleared),
    /// `Some(Some(value))` sends the value. The setters take the inner `Option`:
    ///
    /// ```
    /// use crisp_types::website::campaign::CampaignOptions;
    ///
    /// let options = CampaignOptions::new().tracking(Some(true)).sender_email_reply(None);
    /// assert_eq!(
    ///     serde_json::to_string(&options).unwrap(),
    ///     r#"{"sender_email_reply":null,"tracking":true}"#
    /// );
    /// // A decoded `null` is kept, and re-encoded as sent.
    /// let read: CampaignOptions = serde_json::from_str(r#"{"sender_email_reply":null}"#).unwrap();
    /// assert_eq!(read.sender_email_reply, Some(None));
    /// ```
    ///
    /// Options this version does not know go in [`extra`](Self::extra).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct CampaignOptions {
        /// Deliver the message in the chatbox.
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub deliver_to_chatbox: Option<Option<bool>>,
        /// Deliver the message by email.
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub deliver_to_email: Option<Option<bool>>,
        /// Use the website name as the sender name (instead of the operator's).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub sender_name_website: Option<Option<bool>>,
        /// Let replies go to the sender's email address.
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub sender_email_reply: Option<Option<bool>>,
        /// Track opens and clicks.
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub tracking: Option<Option<bool>>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl CampaignOptions {
    /// No option set (an empty `options` object).
    pub fn new() -> Self {
        CampaignOptions::default()
    }
}

crate::setters! {
    impl CampaignOptions {
        /// Sets `deliver_to_chatbox` (`None`: sent as `null`).
        deliver_to_chatbox: Option<bool>,
        /// Sets `deliver_to_email` (`None`: sent as `null`).
        deliver_to_email: Option<bool>,
        /// Sets `sender_name_website` (`None`: sent as `null`).
        sender_name_website: Option<bool>,
        /// Sets `sender_email_reply` (`None`: sent as `null`).
        sender_email_reply: Option<bool>,
        /// Sets `tracking` (`None`: sent as `null`).
        tracking: Option<bool>,
    }
}

crate::model! {
    /// Engagement counters of a campaign (`statistics`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignStatisticsSummary {
        /// Number of opens.
        pub opened: Option<u64>,
        /// Number of clicks.
        pub clicked: Option<u64>,
        /// Number of unsubscriptions.
        pub unsubscribed: Option<u64>,
    }
}

crate::model! {
    /// Response of *Create A New Campaign*.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignNew {
        /// Identifier of the new campaign.
        pub campaign_id: Option<CampaignId>,
    }
}

/// Body of *Create A New Campaign*: `{type, name}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignCreate {
    /// Kind of campaign (`type`).
    #[serde(rename = "type")]
    pub kind: CampaignType,
    /// Campaign name.
    pub name: String,
}

impl CampaignCreate {
    /// A campaign of `kind` named `name`.
    pub fn new(kind: CampaignType, name: impl Into<String>) -> Self {
        CampaignCreate {
            kind,
            name: name.into(),
        }
    }
}

crate::model! {
    /// Body of *Save A Campaign* (the whole campaign, replacing it) and *Update A Campaign*
    /// (only the fields set are changed). Read-only fields (identifier, progress, counters,
    /// times) are not part of it.
    ///
    /// ```
    /// use crisp_types::website::campaign::{CampaignFormat, CampaignRecipients, CampaignUpdate};
    /// let update = CampaignUpdate::new()
    ///     .format(CampaignFormat::Markdown)
    ///     .message("*Hey there*, welcome!")
    ///     .recipients(CampaignRecipients::all());
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct CampaignUpdate {
        /// Kind of campaign (`type`).
        #[serde(rename = "type")]
        pub kind: Option<CampaignType>,
        /// Message format.
        pub format: Option<CampaignFormat>,
        /// Campaign name.
        pub name: Option<String>,
        /// Email subject.
        pub subject: Option<String>,
        /// Tag used to group campaigns.
        pub tag: Option<String>,
        /// Operator the campaign is sent as.
        pub sender: Option<CampaignSender>,
        /// Who receives the campaign.
        pub recipients: Option<CampaignRecipients>,
        /// When an automated campaign is sent.
        pub flow: Option<CampaignFlow>,
        /// Message content, in [`format`](Self::format).
        pub message: Option<String>,
        /// Delivery options.
        pub options: Option<CampaignOptions>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl CampaignUpdate {
    /// An empty body (nothing changed until setters are called).
    pub fn new() -> Self {
        CampaignUpdate::default()
    }

    /// Sets the operator the campaign is sent as.
    pub fn sender(mut self, user_id: impl Into<UserId>) -> Self {
        self.sender = Some(CampaignSender::new(user_id));
        self
    }
}

crate::setters! {
    impl CampaignUpdate {
        /// Sets the kind of campaign.
        kind: CampaignType,
        /// Sets the message format.
        format: CampaignFormat,
        /// Sets the campaign name.
        name: impl Into<String>,
        /// Sets the email subject.
        subject: impl Into<String>,
        /// Sets the tag.
        tag: impl Into<String>,
        /// Sets who receives the campaign.
        recipients: CampaignRecipients,
        /// Sets the flow of an automated campaign.
        flow: CampaignFlow,
        /// Sets the message content.
        message: impl Into<String>,
        /// Sets the delivery options.
        options: CampaignOptions,
    }
}

impl From<Campaign> for CampaignUpdate {
    /// The writable fields of a campaign read with *Get A Campaign*, to save it back.
    fn from(campaign: Campaign) -> Self {
        CampaignUpdate {
            kind: campaign.excerpt.kind,
            format: campaign.excerpt.format,
            name: campaign.excerpt.name,
            subject: campaign.excerpt.subject,
            tag: campaign.excerpt.tag,
            sender: campaign.sender,
            recipients: campaign.recipients,
            flow: campaign.flow,
            message: campaign.message,
            options: campaign.options,
            extra: crate::body::Extra::new(),
        }
    }
}
