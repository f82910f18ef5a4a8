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

/// A campaign as listed by *List Campaigns*.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignExcerpt {
    /// Campaign identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<CampaignId>,
    /// Kind of campaign (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CampaignType>,
    /// Message format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<CampaignFormat>,
    /// Campaign name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Tag used to group campaigns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Whether the campaign is configured and can be dispatched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    /// Whether the campaign was dispatched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatched: Option<bool>,
    /// Whether the campaign is running (not paused).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running: Option<bool>,
    /// Sending progress, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<u8>,
    /// Number of profiles targeted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<u32>,
    /// Number of profiles reached so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<u32>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
    /// Dispatch time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatched_at: Option<u64>,
}

/// A campaign with its content and settings (*Get A Campaign*).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    /// Campaign identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<CampaignId>,
    /// Kind of campaign (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CampaignType>,
    /// Message format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<CampaignFormat>,
    /// Campaign name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Tag used to group campaigns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Whether the campaign is configured and can be dispatched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    /// Whether the campaign was dispatched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatched: Option<bool>,
    /// Whether the campaign is running (not paused).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running: Option<bool>,
    /// Sending progress, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<u8>,
    /// Number of profiles targeted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<u32>,
    /// Number of profiles reached so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<u32>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
    /// Dispatch time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatched_at: Option<u64>,
    /// Operator the campaign is sent as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<CampaignSender>,
    /// Who receives the campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<CampaignRecipients>,
    /// When an automated campaign is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<CampaignFlow>,
    /// Message content, in [`format`](Self::format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Delivery options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<CampaignOptions>,
    /// Engagement counters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<CampaignStatisticsSummary>,
}

/// The operator a campaign is sent as (`sender`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignSender {
    /// Operator user identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
}

impl CampaignSender {
    /// The given operator.
    pub fn new(user_id: impl Into<UserId>) -> Self {
        CampaignSender {
            user_id: Some(user_id.into()),
        }
    }
}

/// Who receives a campaign (`recipients`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignRecipients {
    /// How recipients are chosen (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CampaignRecipientsType>,
    /// Segments, for [`CampaignRecipientsType::Segment`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<String>,
    /// People profiles, for [`CampaignRecipientsType::People`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PeopleId>,
    /// Profile filters, for [`CampaignRecipientsType::Filter`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filter: Vec<CampaignFilter>,
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

/// When an automated campaign is sent to a profile (`flow`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignFlow {
    /// Event that starts the flow for a profile (a people event name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_event: Option<String>,
    /// Filters the profile must still match when the message is due.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assert_filter: Vec<CampaignFilter>,
    /// Delay before checking `assert_filter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assert_delay: Option<u32>,
    /// Whether a profile receives the campaign at most once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliver_once: Option<bool>,
    /// Delay before delivering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliver_delay: Option<u32>,
}

/// Delivery options of a campaign (`options`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignOptions {
    /// Deliver the message in the chatbox.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliver_to_chatbox: Option<bool>,
    /// Deliver the message by email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliver_to_email: Option<bool>,
    /// Use the website name as the sender name (instead of the operator's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_name_website: Option<bool>,
    /// Let replies go to the sender's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_email_reply: Option<bool>,
    /// Track opens and clicks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<bool>,
}

/// Engagement counters of a campaign (`statistics`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignStatisticsSummary {
    /// Number of opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<u64>,
    /// Number of clicks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicked: Option<u64>,
    /// Number of unsubscriptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsubscribed: Option<u64>,
}

/// Response of *Create A New Campaign*.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignNew {
    /// Identifier of the new campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<CampaignId>,
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
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CampaignType>,
    /// Message format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<CampaignFormat>,
    /// Campaign name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Tag used to group campaigns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Operator the campaign is sent as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<CampaignSender>,
    /// Who receives the campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<CampaignRecipients>,
    /// When an automated campaign is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<CampaignFlow>,
    /// Message content, in [`format`](Self::format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Delivery options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<CampaignOptions>,
}

impl CampaignUpdate {
    /// An empty body (nothing changed until setters are called).
    pub fn new() -> Self {
        CampaignUpdate::default()
    }

    /// Sets the kind of campaign.
    pub fn kind(mut self, kind: CampaignType) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets the message format.
    pub fn format(mut self, format: CampaignFormat) -> Self {
        self.format = Some(format);
        self
    }

    /// Sets the campaign name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the email subject.
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// Sets the tag.
    pub fn tag(mut self, tag: impl Into<String>) -> Self {
        self.tag = Some(tag.into());
        self
    }

    /// Sets the operator the campaign is sent as.
    pub fn sender(mut self, user_id: impl Into<UserId>) -> Self {
        self.sender = Some(CampaignSender::new(user_id));
        self
    }

    /// Sets who receives the campaign.
    pub fn recipients(mut self, recipients: CampaignRecipients) -> Self {
        self.recipients = Some(recipients);
        self
    }

    /// Sets the flow of an automated campaign.
    pub fn flow(mut self, flow: CampaignFlow) -> Self {
        self.flow = Some(flow);
        self
    }

    /// Sets the message content.
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Sets the delivery options.
    pub fn options(mut self, options: CampaignOptions) -> Self {
        self.options = Some(options);
        self
    }
}

impl From<Campaign> for CampaignUpdate {
    /// The writable fields of a campaign read with *Get A Campaign*, to save it back.
    fn from(campaign: Campaign) -> Self {
        CampaignUpdate {
            kind: campaign.kind,
            format: campaign.format,
            name: campaign.name,
            subject: campaign.subject,
            tag: campaign.tag,
            sender: campaign.sender,
            recipients: campaign.recipients,
            flow: campaign.flow,
            message: campaign.message,
            options: campaign.options,
        }
    }
}
