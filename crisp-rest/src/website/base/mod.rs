//! Website base methods: check, create, get, delete a website.

use crisp_types::WebsiteId;
use crisp_types::website::base::{NewWebsite, VerifyChallenge, Website};

use crate::body::field;
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Check If Website Exists* — tiers: user, plugin. `true` if a website exists with
    /// this domain.
    ///
    /// `domain` is the domain to look for.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_website_exists(&self, domain: &str) -> Call<bool> {
        self.head("/website").query("domain", domain).exists()
    }

    /// *Create Website* — tiers: user.
    ///
    /// `website` is the name and domain of the new website ([`NewWebsite`]). Resolves to
    /// the [`Website`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn create_website(&self, website: &NewWebsite) -> Call<Website> {
        self.post("/website").json(website).data()
    }

    /// *Get A Website* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`Website`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let details = client.website().get_website(&website).await?;
    /// println!("{:?} ({:?})", details.name, details.domain);
    /// # Ok(()) }
    /// ```
    pub fn get_website(&self, website_id: &WebsiteId) -> Call<Website> {
        self.get("/website/{website_id}").param(website_id).data()
    }

    /// *Delete A Website* — tiers: user. The deletion is scheduled, not immediate (see
    /// [`abort_website_deletion`](Self::abort_website_deletion)); `verify` proves the
    /// user's identity.
    ///
    /// `website_id` is the website and `verify` a [`VerifyChallenge`]. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_website(&self, website_id: &WebsiteId, verify: &VerifyChallenge) -> Call<()> {
        self.delete("/website/{website_id}")
            .param(website_id)
            .json(&field("verify", verify))
            .unit()
    }

    /// *Abort Website Deletion* — tiers: user.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn abort_website_deletion(&self, website_id: &WebsiteId) -> Call<()> {
        self.delete("/website/{website_id}/expunge")
            .param(website_id)
            .unit()
    }
}
