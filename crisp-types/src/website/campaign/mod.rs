//! Campaigns and campaign templates: one-shot and automated messages sent to people
//! profiles, their templates, recipients and per-recipient statistics.

mod details;
mod filter;
mod recipient;
mod statistics;
mod template;

pub use details::{
    Campaign, CampaignCreate, CampaignExcerpt, CampaignFlow, CampaignFormat, CampaignNew,
    CampaignOptions, CampaignRecipients, CampaignRecipientsType, CampaignSender,
    CampaignStatisticsSummary, CampaignType, CampaignUpdate,
};
pub use filter::CampaignFilter;

pub use super::FilterOperator;
pub use recipient::{CampaignRecipient, CampaignRecipientPerson};
pub use statistics::{
    CampaignStatistic, CampaignStatisticAction, CampaignStatisticPerson, CampaignStatisticProfile,
};
pub use template::{
    CampaignTemplate, CampaignTemplateCreate, CampaignTemplateExcerpt, CampaignTemplateNew,
    CampaignTemplateType, CampaignTemplateUpdate,
};
