//! Plugin subscriptions: installing plugins on websites, their settings, usage billing,
//! provenance attestation, and pushing payloads and events.

use crisp_types::plugin::subscription::{
    PluginAttestProvenance, PluginChannelForward, PluginEventDispatch, PluginSettings,
    PluginSubscription, PluginSubscriptionSettings, PluginUsageBill, PluginUsageReport,
};
use crisp_types::{PluginId, WebsiteId};

use crate::body::field;
use crate::call::Call;
use crate::plugin::PluginApi;

impl PluginApi<'_> {
    /// *List All Active Subscriptions* — tiers: user. The active plugin subscriptions of
    /// every website the user pays for or is a member of.
    ///
    /// Resolves to a `Vec` of [`PluginSubscription`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_all_active_subscriptions(&self) -> Call<Vec<PluginSubscription>> {
        self.get("/plugins/subscription").data()
    }

    /// *List Subscriptions For A Website* — tiers: user.
    ///
    /// `website_id` is the website. Resolves to a `Vec` of [`PluginSubscription`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_subscriptions_for_website(
        &self,
        website_id: &WebsiteId,
    ) -> Call<Vec<PluginSubscription>> {
        self.get("/plugins/subscription/{website_id}")
            .param(website_id)
            .data()
    }

    /// *Get Subscription Details* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `plugin_id` the plugin. Resolves to the
    /// [`PluginSubscription`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `plugin_id` the plugin. Resolves to `()` once Crisp
    /// has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn subscribe_website_to_plugin(
        &self,
        website_id: &WebsiteId,
        plugin_id: &PluginId,
    ) -> Call<()> {
        self.post("/plugins/subscription/{website_id}")
            .param(website_id)
            .json(&field("plugin_id", plugin_id))
            .unit()
    }

    /// *Unsubscribe Plugin From Website* — tiers: user.
    ///
    /// `website_id` is the website and `plugin_id` the plugin. Resolves to `()` once Crisp
    /// has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `plugin_id` the plugin. Resolves to the
    /// [`PluginSubscriptionSettings`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `plugin_id` the plugin and `settings` a
    /// [`PluginSettings`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `plugin_id` the plugin and `settings` a
    /// [`PluginSettings`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::plugin::subscription::PluginSettings;
    /// use crisp::types::{PluginId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let plugin = PluginId::new("2f6a1b9c-3d4e-4f5a-8b6c-7d8e9f0a1b2c");
    /// let settings = PluginSettings::new().set("greeting", "Hi there!");
    /// client
    ///     .plugin()
    ///     .update_subscription_settings(&website, &plugin, &settings)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `plugin_id` the plugin. Resolves to a `Vec` of
    /// [`PluginUsageBill`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `plugin_id` the plugin and `usage` the usage to bill:
    /// name, units and price ([`PluginUsageReport`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `plugin_id` the plugin. Resolves to the
    /// [`PluginAttestProvenance`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `plugin_id` the plugin and `payload` the namespace,
    /// identifier and payload to forward ([`PluginChannelForward`]). Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `plugin_id` the plugin and `event` the event name and
    /// data ([`PluginEventDispatch`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
