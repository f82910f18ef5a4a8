//! Plugin subscriptions: installing plugins on websites, their settings, usage billing,
//! provenance attestation, and pushing payloads and events.

use crisp_types::plugin::subscription::{
    PluginAttestProvenance, PluginChannelForward, PluginEventDispatch, PluginSettings,
    PluginSubscription, PluginSubscriptionSettings, PluginUsageBill, PluginUsageReport,
};
use crisp_types::{PluginId, WebsiteId};
use serde_json::json;

use crate::call::Call;
use crate::plugin::PluginApi;

impl PluginApi<'_> {
    /// *List All Active Subscriptions* — tiers: user. The active plugin subscriptions of
    /// every website the user pays for or is a member of.
    pub fn list_all_active_subscriptions(&self) -> Call<Vec<PluginSubscription>> {
        self.get("/plugins/subscription").data()
    }

    /// *List Subscriptions For A Website* — tiers: user.
    pub fn list_subscriptions_for_website(
        &self,
        website_id: &WebsiteId,
    ) -> Call<Vec<PluginSubscription>> {
        self.get("/plugins/subscription/{website_id}")
            .param(website_id)
            .data()
    }

    /// *Get Subscription Details* — tiers: user, plugin.
    pub fn get_subscription_details(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<PluginSubscription> {
        self.get("/plugins/subscription/{website_id}/{plugin_id}")
            .param(website_id)
            .param(plugin_id)
            .data()
    }

    /// *Subscribe Website To Plugin* — tiers: user.
    pub fn subscribe_website_to_plugin(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<()> {
        self.post("/plugins/subscription/{website_id}")
            .param(website_id)
            .json(&json!({ "plugin_id": plugin_id }))
            .unit()
    }

    /// *Unsubscribe Plugin From Website* — tiers: user.
    pub fn unsubscribe_plugin_from_website(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<()> {
        self.delete("/plugins/subscription/{website_id}/{plugin_id}")
            .param(website_id)
            .param(plugin_id)
            .unit()
    }

    /// *Get Subscription Settings* — tiers: user, plugin.
    pub fn get_subscription_settings(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<PluginSubscriptionSettings> {
        self.get("/plugins/subscription/{website_id}/{plugin_id}/settings")
            .param(website_id)
            .param(plugin_id)
            .data()
    }

    /// *Save Subscription Settings* — tiers: user, plugin. Replaces the settings with
    /// `settings`.
    pub fn save_subscription_settings(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
        settings: &PluginSettings,
    ) -> Call<()> {
        self.put("/plugins/subscription/{website_id}/{plugin_id}/settings")
            .param(website_id)
            .param(plugin_id)
            .json(settings)
            .unit()
    }

    /// *Update Subscription Settings* — tiers: user, plugin. Merges `settings` into the
    /// saved settings.
    pub fn update_subscription_settings(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
        settings: &PluginSettings,
    ) -> Call<()> {
        self.patch("/plugins/subscription/{website_id}/{plugin_id}/settings")
            .param(website_id)
            .param(plugin_id)
            .json(settings)
            .unit()
    }

    /// *Get Plugin Usage Bills* — tiers: user, plugin. The usage bills not settled yet.
    pub fn get_plugin_usage_bills(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<Vec<PluginUsageBill>> {
        self.get("/plugins/subscription/{website_id}/{plugin_id}/bill/usage")
            .param(website_id)
            .param(plugin_id)
            .data()
    }

    /// *Report Plugin Usage To Bill* — tiers: plugin.
    pub fn report_plugin_usage_to_bill(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
        usage: &PluginUsageReport,
    ) -> Call<()> {
        self.post("/plugins/subscription/{website_id}/{plugin_id}/bill/usage")
            .param(website_id)
            .param(plugin_id)
            .json(usage)
            .unit()
    }

    /// *Get Plugin Attest Provenance* — tiers: user, plugin. Who uses the plugin on the
    /// website, signed with the plugin's signature secret.
    pub fn get_plugin_attest_provenance(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<PluginAttestProvenance> {
        self.get("/plugins/subscription/{website_id}/{plugin_id}/attest/provenance")
            .param(website_id)
            .param(plugin_id)
            .data()
    }

    /// *Forward Plugin Payload To Channel* — tiers: user, plugin. Delivered as a
    /// `plugin:channel` event.
    pub fn forward_plugin_payload_to_channel(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
        payload: &PluginChannelForward,
    ) -> Call<()> {
        self.post("/plugins/subscription/{website_id}/{plugin_id}/channel")
            .param(website_id)
            .param(plugin_id)
            .json(payload)
            .unit()
    }

    /// *Dispatch Plugin Event* — tiers: user, plugin. Delivered as a `plugin:event` event.
    pub fn dispatch_plugin_event(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
        event: &PluginEventDispatch,
    ) -> Call<()> {
        self.post("/plugins/subscription/{website_id}/{plugin_id}/event")
            .param(website_id)
            .param(plugin_id)
            .json(event)
            .unit()
    }
}
