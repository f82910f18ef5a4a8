//! The content tree: paths, file content, metadata and public page of each path.

use crisp_types::WebsiteId;
use crisp_types::website::helpdesk_tree::{
    HelpdeskContentType, HelpdeskTreeContent, HelpdeskTreeEntry, HelpdeskTreeMetadata,
    HelpdeskTreePage, HelpdeskTreePathUpdate,
};

use super::ListHelpdeskTree;
use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Tree* — tiers: not documented. One page (1-based) of the tree of a
    /// locale and content type, filtered by `options`.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]), `page_number`
    /// the page number (from 1) and `options` a [`ListHelpdeskTree`]. Resolves to a
    /// [`Page`] of [`HelpdeskTreeEntry`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_helpdesk_tree(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        page_number: u32,
        options: ListHelpdeskTree,
    ) -> Call<Page<HelpdeskTreeEntry>> {
        let endpoint = self
            .get("/website/{website_id}/helpdesk/tree/list/{locale}/{content_type}/{page_number}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .page(page_number);
        options.apply(endpoint).paged()
    }

    /// *Create Helpdesk Tree Path* — tiers: not documented. Creates an empty entry at
    /// `path` (e.g. `guides/setup.md`).
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `content_type` the kind of content ([`HelpdeskContentType`]). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn create_helpdesk_tree_path(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .unit()
    }

    /// *Resolve Helpdesk Tree Path* — tiers: not documented.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `path` the
    /// tree path (e.g. `guides/setup.md`). Resolves to the [`HelpdeskTreeEntry`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn resolve_helpdesk_tree_path(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
    ) -> Call<HelpdeskTreeEntry> {
        self.get("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .data()
    }

    /// *Update Helpdesk Tree Path* — tiers: not documented. Moves the path or changes its
    /// display order.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]), `path` the tree
    /// path (e.g. `guides/setup.md`) and `update` the new path or display order
    /// ([`HelpdeskTreePathUpdate`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn update_helpdesk_tree_path(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
        update: &HelpdeskTreePathUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .json(update)
            .unit()
    }

    /// *Delete Helpdesk Tree Path* — tiers: not documented. Deletes the path and
    /// everything below it.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `path` the
    /// tree path (e.g. `guides/setup.md`). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn delete_helpdesk_tree_path(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .unit()
    }

    /// *Resolve Helpdesk Tree Content* — tiers: not documented. The body of a file.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `path` the
    /// tree path (e.g. `guides/setup.md`). Resolves to the [`HelpdeskTreeContent`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn resolve_helpdesk_tree_content(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
    ) -> Call<HelpdeskTreeContent> {
        self.get("/website/{website_id}/helpdesk/tree/content/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .data()
    }

    /// *Save Helpdesk Tree Content* — tiers: not documented. Replaces the body of a file.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]), `path` the tree
    /// path (e.g. `guides/setup.md`) and `content` the new file body (Markdown text).
    /// Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn save_helpdesk_tree_content(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
        content: &str,
    ) -> Call<()> {
        self.put("/website/{website_id}/helpdesk/tree/content/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .json(&field("content", content))
            .unit()
    }

    /// *Resolve Helpdesk Tree Metadata* — tiers: not documented.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `path` the
    /// tree path (e.g. `guides/setup.md`). Resolves to the [`HelpdeskTreeMetadata`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn resolve_helpdesk_tree_metadata(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
    ) -> Call<HelpdeskTreeMetadata> {
        self.get("/website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .data()
    }

    /// *Update Helpdesk Tree Metadata* — tiers: not documented. Only the fields set are
    /// sent.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]), `path` the tree
    /// path (e.g. `guides/setup.md`) and `metadata` the metadata fields to set
    /// ([`HelpdeskTreeMetadata`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn update_helpdesk_tree_metadata(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
        metadata: &HelpdeskTreeMetadata,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .json(metadata)
            .unit()
    }

    /// *Resolve Helpdesk Tree Page* — tiers: not documented. The public page of a file.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `path` the
    /// tree path (e.g. `guides/setup.md`). Resolves to the [`HelpdeskTreePage`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api). An empty, `.` or `..` segment in
    /// `path` is an [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument);
    /// nothing is sent.
    pub fn resolve_helpdesk_tree_page(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        path: &str,
    ) -> Call<HelpdeskTreePage> {
        self.get("/website/{website_id}/helpdesk/tree/page/{locale}/{content_type}/{path}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .tree_path(path)
            .data()
    }
}
