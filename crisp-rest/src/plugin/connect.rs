//! Plugin connect: the account of the plugin token, its session, the websites that
//! installed the plugin, and its realtime endpoints.

use crisp_types::plugin::connect::{
    PluginConnectAccount, PluginConnectEndpoints, PluginConnectWebsite,
};

use crate::call::{Call, RequestBuilder};
use crate::page::Page;
use crate::plugin::PluginApi;

/// Filters of *List All Connect Websites* and *List Connect Websites Since*. Both flags
/// are always sent (`1` / `0`), as the official clients do; both default to `false`.
///
/// ```
/// use crisp::rest::plugin::connect::ConnectWebsites;
/// let filters = ConnectWebsites::new().filter_configured(true).include_plan(true);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct ConnectWebsites {
    filter_configured: bool,
    include_plan: bool,
}

impl ConnectWebsites {
    /// Every website, without its plan.
    pub fn new() -> Self {
        ConnectWebsites::default()
    }

    /// Only websites that configured the plugin (`filter_configured`).
    pub fn filter_configured(mut self, filter_configured: bool) -> Self {
        self.filter_configured = filter_configured;
        self
    }

    /// Include each website's Crisp plan (`include_plan`).
    pub fn include_plan(mut self, include_plan: bool) -> Self {
        self.include_plan = include_plan;
        self
    }

    fn apply(self, endpoint: RequestBuilder) -> RequestBuilder {
        endpoint
            .query("filter_configured", self.filter_configured)
            .query("include_plan", self.include_plan)
    }
}

impl PluginApi<'_> {
    /// *Get Connect Account* — tiers: plugin. The plugin the token belongs to.
    ///
    /// Resolves to the [`PluginConnectAccount`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// let account = client.plugin().get_connect_account().await?;
    /// println!("plugin {:?}", account.plugin_id);
    /// # Ok(()) }
    /// ```
    pub fn get_connect_account(&self) -> Call<PluginConnectAccount> {
        self.get("/plugin/connect/account").data()
    }

    /// *Check Connect Session Validity* — tiers: plugin. `true` if the plugin session
    /// (token) is valid.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// if !client.plugin().check_connect_session_validity().await? {
    ///     eprintln!("the plugin token is not valid");
    /// }
    /// # Ok(()) }
    /// ```
    pub fn check_connect_session_validity(&self) -> Call<bool> {
        self.head("/plugin/connect/session").exists()
    }

    /// *List All Connect Websites* — tiers: plugin. One page (1-based) of the websites
    /// that installed the plugin.
    ///
    /// `page_number` is the page number (from 1) and `filters` a [`ConnectWebsites`] (only
    /// configured websites or all, with or without their plan). Resolves to a [`Page`] of
    /// [`PluginConnectWebsite`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::rest::plugin::connect::ConnectWebsites;
    /// use futures_util::TryStreamExt;
    ///
    /// // Every website that installed and configured the plugin, across pages.
    /// let mut websites = client
    ///     .plugin()
    ///     .list_all_connect_websites(1, ConnectWebsites::new().filter_configured(true))
    ///     .items();
    /// while let Some(website) = websites.try_next().await? {
    ///     println!("{:?}", website.website_id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_all_connect_websites(
        &self,
        page_number: u32,
        filters: ConnectWebsites,
    ) -> Call<Page<PluginConnectWebsite>> {
        let endpoint = self
            .get("/plugin/connect/websites/all/{page_number}")
            .page(page_number);
        filters.apply(endpoint).paged()
    }

    /// *List Connect Websites Since* — tiers: plugin. The websites that installed,
    /// updated or removed the plugin since `date_since` (ISO 8601 / RFC 3339, e.g.
    /// `2023-08-16T09:00:00Z`); each tells how in its `difference`.
    ///
    /// `filters` is a [`ConnectWebsites`] (only configured websites or all, with or without
    /// their plan). Resolves to a `Vec` of [`PluginConnectWebsite`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::rest::plugin::connect::ConnectWebsites;
    ///
    /// let changed = client
    ///     .plugin()
    ///     .list_connect_websites_since("2023-08-16T09:00:00Z", ConnectWebsites::new())
    ///     .await?;
    /// for website in changed {
    ///     println!("{:?}: {:?}", website.website_id, website.difference);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_connect_websites_since(
        &self,
        date_since: &str,
        filters: ConnectWebsites,
    ) -> Call<Vec<PluginConnectWebsite>> {
        let endpoint = self.get("/plugin/connect/websites/since");
        filters
            .apply(endpoint)
            .query("date_since", date_since)
            .data()
    }

    /// *Get Connect Endpoints* — tiers: plugin. The realtime (RTM) endpoints of the plugin.
    ///
    /// Resolves to the [`PluginConnectEndpoints`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// let endpoints = client.plugin().get_connect_endpoints().await?;
    /// println!("{:?}", endpoints.socket);
    /// # Ok(()) }
    /// ```
    pub fn get_connect_endpoints(&self) -> Call<PluginConnectEndpoints> {
        self.get("/plugin/connect/endpoints").data()
    }
}
