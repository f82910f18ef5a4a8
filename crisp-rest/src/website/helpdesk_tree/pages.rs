//! Public pages of the helpdesk, and the content refresh.

use crisp_types::WebsiteId;
use crisp_types::id::EntityId;
use crisp_types::website::helpdesk_tree::{HelpdeskContentType, HelpdeskPage};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Pages* — tiers: not documented. The publicly visible pages of a
    /// locale and content type.
    pub fn list_helpdesk_pages(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        page_number: u32,
    ) -> Call<Page<HelpdeskPage>> {
        self.get("/website/{website_id}/helpdesk/page/list/{locale}/{content_type}/{page_number}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .page(page_number)
            .paged()
    }

    /// *Resolve Helpdesk Page Entity* — tiers: not documented. The public page of an
    /// entity.
    pub fn resolve_helpdesk_page_entity(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        entity_id: &EntityId,
    ) -> Call<HelpdeskPage> {
        self.get("/website/{website_id}/helpdesk/page/entity/{locale}/{content_type}/{entity_id}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .param(entity_id)
            .data()
    }

    /// *Request Helpdesk Content Refresh* — tiers: not documented. Queues a full refresh
    /// of the content of a locale and content type; it runs asynchronously.
    pub fn request_helpdesk_content_refresh(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/refresh/{locale}/{content_type}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .unit()
    }
}
