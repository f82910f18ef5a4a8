//! The content tree: paths, file content, metadata and public page of each path.

use crisp_types::WebsiteId;
use crisp_types::website::helpdesk_tree::{
    HelpdeskContentType, HelpdeskTreeContent, HelpdeskTreeEntry, HelpdeskTreeMetadata,
    HelpdeskTreePage, HelpdeskTreePathUpdate,
};
use serde_json::json;

use super::ListHelpdeskTree;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Tree* — tiers: not documented. One page (1-based) of the tree of a
    /// locale and content type, filtered by `options`.
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
            .json(&json!({ "content": content }))
            .unit()
    }

    /// *Resolve Helpdesk Tree Metadata* — tiers: not documented.
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
