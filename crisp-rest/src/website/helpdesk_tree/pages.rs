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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and
    /// `page_number` the page number (from 1). Resolves to a [`Page`] of [`HelpdeskPage`]
    /// (empty past the end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `entity_id`
    /// the entity. Resolves to the [`HelpdeskPage`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `content_type` the kind of content ([`HelpdeskContentType`]). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
