use crisp_rest::website::helpdesk_tree::{ListHelpdeskHistoryChanges, ListHelpdeskTree};
use crisp_types::WebsiteId;
use crisp_types::id::{ChangeId, EntityId};
use crisp_types::website::helpdesk_tree::{
    HelpdeskContentType, HelpdeskExternalImport, HelpdeskTreeMetadata, HelpdeskTreePathUpdate,
};
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

const GUIDES: HelpdeskContentType = HelpdeskContentType::Guides;
const ARTICLES: HelpdeskContentType = HelpdeskContentType::Articles;
/// A tree path of two segments, so the `{path}` of the routes spans several segments.
const PATH: &str = "getting-started/setup.md";

fn change() -> ChangeId {
    ChangeId::new("b7e2c5d9a1f04e3c8d6b2a9f7e1c3d5b0a8f6e4c")
}

fn page() -> serde_json::Value {
    json!({"entity_id": "3f1a7a0e-0c55-4d0b-b6cf-6c4f1c8a0e21", "title": "Set up the chatbox",
           "url": "https://help.example.com/en/guide/getting-started/setup/"})
}

fn entry() -> serde_json::Value {
    json!({"type": "file", "slug": "setup.md", "title": "Set up the chatbox",
           "state": {"published": true}})
}

fn history_change() -> serde_json::Value {
    json!({"change_id": "b7e2c5d9a1f04e3c8d6b2a9f7e1c3d5b0a8f6e4c", "message": "Update setup guide",
           "author": {"email": "jane@example.com", "name": "Jane Doe"},
           "edits": {"insertions": 12, "deletions": 3}, "created_at": 1_741_263_125_412_u64})
}

#[allow(clippy::too_many_lines)]
pub(crate) fn samples() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_helpdesk_pages",
            run!(|c| c.website().list_helpdesk_pages(&w(), "en", &GUIDES, 1)),
        )
        .data(json!([page()])),
        Sample::website(
            "resolve_helpdesk_page_entity",
            run!(|c| c.website().resolve_helpdesk_page_entity(
                &w(),
                "en",
                &ARTICLES,
                &EntityId::new("3f1a7a0e-0c55-4d0b-b6cf-6c4f1c8a0e21")
            )),
        )
        .data(page()),
        Sample::website(
            "list_helpdesk_tree",
            run!(|c| c.website().list_helpdesk_tree(
                &w(),
                "en",
                &GUIDES,
                1,
                ListHelpdeskTree::new()
                    .sub_path("getting-started")
                    .search_title("set up")
                    .filter_date_start("2025-01-01T00:00:00.000Z")
                    .filter_date_end("2025-03-01T00:00:00.000Z")
            )),
        )
        .query("sub_path=getting-started&search_title=set%20up&filter_date_start=2025-01-01T00%3A00%3A00.000Z&filter_date_end=2025-03-01T00%3A00%3A00.000Z")
        .data(json!([{"type": "directory", "slug": "getting-started", "children": [entry()]}])),
        Sample::website(
            "list_helpdesk_tree",
            run!(|c| c.website().list_helpdesk_tree(
                &w(),
                "en",
                &GUIDES,
                2,
                ListHelpdeskTree::new()
            )),
        )
        .query("")
        .data(json!([])),
        Sample::website(
            "create_helpdesk_tree_path",
            run!(|c| c
                .website()
                .create_helpdesk_tree_path(&w(), "en", &GUIDES, PATH)),
        )
        .body(json!({})),
        Sample::website(
            "resolve_helpdesk_tree_path",
            run!(|c| c
                .website()
                .resolve_helpdesk_tree_path(&w(), "en", &GUIDES, PATH)),
        )
        .data(entry()),
        Sample::website(
            "update_helpdesk_tree_path",
            run!(|c| c.website().update_helpdesk_tree_path(
                &w(),
                "en",
                &GUIDES,
                PATH,
                &HelpdeskTreePathUpdate::new("move")
                    .to("getting-started/install/setup.md")
                    .position(2)
            )),
        )
        .body(json!({"action": "move", "path": {"to": "getting-started/install/setup.md"}, "position": 2})),
        Sample::website(
            "delete_helpdesk_tree_path",
            run!(|c| c
                .website()
                .delete_helpdesk_tree_path(&w(), "en", &GUIDES, PATH)),
        ),
        Sample::website(
            "resolve_helpdesk_tree_content",
            run!(|c| c
                .website()
                .resolve_helpdesk_tree_content(&w(), "en", &GUIDES, PATH)),
        )
        .data(json!({"content": "# Set up the chatbox\n"})),
        Sample::website(
            "save_helpdesk_tree_content",
            run!(|c| c.website().save_helpdesk_tree_content(
                &w(),
                "en",
                &GUIDES,
                PATH,
                "# Set up the chatbox\n"
            )),
        )
        .body(json!({"content": "# Set up the chatbox\n"})),
        Sample::website(
            "resolve_helpdesk_tree_metadata",
            run!(|c| c
                .website()
                .resolve_helpdesk_tree_metadata(&w(), "en", &GUIDES, PATH)),
        )
        .data(json!({"format": "markdown", "title": "Set up the chatbox",
                     "state": {"published": true}, "author": {"user_id": "a4c32c68"}})),
        Sample::website(
            "update_helpdesk_tree_metadata",
            run!(|c| c.website().update_helpdesk_tree_metadata(
                &w(),
                "en",
                &GUIDES,
                PATH,
                &HelpdeskTreeMetadata::new()
                    .title("Set up the chatbox")
                    .featured(true)
            )),
        )
        .body(json!({"title": "Set up the chatbox", "state": {"featured": true}})),
        Sample::website(
            "resolve_helpdesk_tree_page",
            run!(|c| c
                .website()
                .resolve_helpdesk_tree_page(&w(), "en", &GUIDES, PATH)),
        )
        .data(json!({"title": "Set up the chatbox", "url": "https://help.example.com/en/guide/getting-started/setup/"})),
        Sample::website(
            "list_helpdesk_history_changes",
            run!(|c| c.website().list_helpdesk_history_changes(
                &w(),
                1,
                ListHelpdeskHistoryChanges::new()
                    .filter_locale("en")
                    .filter_type(HelpdeskContentType::Guides)
                    .filter_tree_path(PATH)
            )),
        )
        .query("filter_locale=en&filter_type=guides&filter_tree_path=getting-started%2Fsetup.md")
        .data(json!([history_change()])),
        Sample::website(
            "resolve_helpdesk_history_change",
            run!(|c| c.website().resolve_helpdesk_history_change(&w(), &change())),
        )
        .data(history_change()),
        Sample::website(
            "cancel_helpdesk_history_change",
            run!(|c| c
                .website()
                .cancel_helpdesk_history_change(&w(), &change(), "revert")),
        )
        .body(json!({"action": "revert"})),
        Sample::website(
            "request_helpdesk_content_refresh",
            run!(|c| c
                .website()
                .request_helpdesk_content_refresh(&w(), "en", &GUIDES)),
        )
        .body(json!({})),
        Sample::website(
            "map_helpdesk_feedback_ratings_by_content_type",
            run!(|c| c.website().map_helpdesk_feedback_ratings_by_content_type(
                &w(),
                "en",
                &ARTICLES,
                Some("2025-01-01T00:00:00.000Z"),
                Some("2025-03-01T00:00:00.000Z")
            )),
        )
        .query("filter_date_start=2025-01-01T00%3A00%3A00.000Z&filter_date_end=2025-03-01T00%3A00%3A00.000Z")
        .data(json!({"ratings": {"helpful": 128, "unhelpful": 9}})),
        Sample::website(
            "map_helpdesk_feedback_ratings_by_content_type",
            run!(|c| c.website().map_helpdesk_feedback_ratings_by_content_type(
                &w(),
                "en",
                &ARTICLES,
                None,
                Some("")
            )),
        )
        .query(""),
        Sample::website(
            "list_helpdesk_feedbacks_by_content_type",
            run!(|c| c.website().list_helpdesk_feedbacks_by_content_type(
                &w(),
                "en",
                &ARTICLES,
                1,
                Some("2025-01-01T00:00:00.000Z"),
                Some("2025-03-01T00:00:00.000Z")
            )),
        )
        .query("filter_date_start=2025-01-01T00%3A00%3A00.000Z&filter_date_end=2025-03-01T00%3A00%3A00.000Z")
        .data(json!([{"rating": "helpful", "comment": "Clear, thanks",
                      "article": {"article_id": "3f1a7a0e-0c55-4d0b-b6cf-6c4f1c8a0e21", "title": "Set up"},
                      "session": {"session_id": "session_700c65e1", "assigned": {"user_id": "a4c32c68"}},
                      "created_at": 1_741_263_125_412_u64}])),
        Sample::website(
            "import_external_helpdesk_by_content_type",
            run!(|c| c.website().import_external_helpdesk_by_content_type(
                &w(),
                "en",
                &ARTICLES,
                &HelpdeskExternalImport::new("https://support.example.com/hc/en-us")
                    .detect_locales(false)
                    .other_locales(["fr", "de"])
            )),
        )
        .body(json!({"helpdesk_url": "https://support.example.com/hc/en-us",
                     "detect_locales": false, "other_locales": ["fr", "de"]})),
        Sample::website(
            "export_helpdesk_by_content_type",
            run!(|c| c
                .website()
                .export_helpdesk_by_content_type(&w(), "en", &ARTICLES)),
        )
        .body(json!({})),
    ]
}
