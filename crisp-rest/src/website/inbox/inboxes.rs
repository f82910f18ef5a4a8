//! Listing, ordering, creating, saving and deleting inboxes.

use crisp_types::website::inbox::{Inbox, InboxNew, InboxOrders, InboxSave};
use crisp_types::{InboxId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Inboxes* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`Inbox`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_inboxes(&self, website_id: &WebsiteId, page_number: u32) -> Call<Page<Inbox>> {
        self.get("/website/{website_id}/inboxes/list/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Batch Order Inboxes* — tiers: user. Moves each listed inbox to its new position.
    ///
    /// `website_id` is the website and `orders` the new position of each inbox
    /// ([`InboxOrders`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_order_inboxes(&self, website_id: &WebsiteId, orders: &InboxOrders) -> Call<()> {
        self.patch("/website/{website_id}/inboxes/batch/order")
            .param(website_id)
            .json(orders)
            .unit()
    }

    /// *Create A New Inbox* — tiers: user. Returns the new inbox id.
    ///
    /// `website_id` is the website and `inbox` the inbox: name, emoji, operators and
    /// conditions ([`InboxSave`]). Resolves to an [`InboxNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn create_new_inbox(&self, website_id: &WebsiteId, inbox: &InboxSave) -> Call<InboxNew> {
        self.post("/website/{website_id}/inbox")
            .param(website_id)
            .json(inbox)
            .data()
    }

    /// *Check If Inbox Exists* — tiers: user, plugin. `true` if it exists.
    ///
    /// `website_id` is the website and `inbox_id` the inbox.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_inbox_exists(&self, website_id: &WebsiteId, inbox_id: &InboxId) -> Call<bool> {
        self.head("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .exists()
    }

    /// *Get Inbox* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `inbox_id` the inbox. Resolves to the [`Inbox`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_inbox(&self, website_id: &WebsiteId, inbox_id: &InboxId) -> Call<Inbox> {
        self.get("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .data()
    }

    /// *Save Inbox* — tiers: user. Replaces the inbox with `inbox`.
    ///
    /// `website_id` is the website, `inbox_id` the inbox and `inbox` an [`InboxSave`].
    /// Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_inbox(
        &self,
        website_id: &WebsiteId,
        inbox_id: &InboxId,
        inbox: &InboxSave,
    ) -> Call<()> {
        self.put("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .json(inbox)
            .unit()
    }

    /// *Delete Inbox* — tiers: user.
    ///
    /// `website_id` is the website and `inbox_id` the inbox. Resolves to `()` once Crisp
    /// has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_inbox(&self, website_id: &WebsiteId, inbox_id: &InboxId) -> Call<()> {
        self.delete("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .unit()
    }
}
