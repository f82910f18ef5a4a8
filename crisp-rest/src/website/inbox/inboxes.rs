//! Listing, ordering, creating, saving and deleting inboxes.

use crisp_types::website::inbox::{Inbox, InboxNew, InboxOrders, InboxSave};
use crisp_types::{InboxId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Inboxes* — tiers: user, plugin.
    pub fn list_inboxes(&self, website_id: &WebsiteId, page_number: u32) -> Call<Page<Inbox>> {
        self.get("/website/{website_id}/inboxes/list/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Batch Order Inboxes* — tiers: user. Moves each listed inbox to its new position.
    pub fn batch_order_inboxes(&self, website_id: &WebsiteId, orders: &InboxOrders) -> Call<()> {
        self.patch("/website/{website_id}/inboxes/batch/order")
            .param(website_id)
            .json(orders)
            .unit()
    }

    /// *Create A New Inbox* — tiers: user. Returns the new inbox id.
    pub fn create_new_inbox(&self, website_id: &WebsiteId, inbox: &InboxSave) -> Call<InboxNew> {
        self.post("/website/{website_id}/inbox")
            .param(website_id)
            .json(inbox)
            .data()
    }

    /// *Check If Inbox Exists* — tiers: user, plugin. `true` if it exists.
    pub fn check_inbox_exists(&self, website_id: &WebsiteId, inbox_id: &InboxId) -> Call<bool> {
        self.head("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .exists()
    }

    /// *Get Inbox* — tiers: user, plugin.
    pub fn get_inbox(&self, website_id: &WebsiteId, inbox_id: &InboxId) -> Call<Inbox> {
        self.get("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .data()
    }

    /// *Save Inbox* — tiers: user. Replaces the inbox with `inbox`.
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
    pub fn delete_inbox(&self, website_id: &WebsiteId, inbox_id: &InboxId) -> Call<()> {
        self.delete("/website/{website_id}/inbox/{inbox_id}")
            .param(website_id)
            .param(inbox_id)
            .unit()
    }
}
