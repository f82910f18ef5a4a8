//! The 21 methods of the Campaigns API (`WebsiteCampaign`): campaigns, their templates,
//! and who they reach.

mod audience;
mod campaigns;
mod templates;
