//! The routes of the helpdesk: locales, articles, categories, sections, redirections, settings, domain and the helpdesk tree.

use crisp_types::website::helpdesk::Helpdesk;
use crisp_types::website::helpdesk::HelpdeskDomain;
use crisp_types::website::helpdesk::HelpdeskDomainSetupFlow;
use crisp_types::website::helpdesk::HelpdeskLocale;
use crisp_types::website::helpdesk::HelpdeskLocaleArticle;
use crisp_types::website::helpdesk::HelpdeskLocaleArticleAlternate;
use crisp_types::website::helpdesk::HelpdeskLocaleArticleCategory;
use crisp_types::website::helpdesk::HelpdeskLocaleArticleNew;
use crisp_types::website::helpdesk::HelpdeskLocaleArticlePage;
use crisp_types::website::helpdesk::HelpdeskLocaleArticlePublish;
use crisp_types::website::helpdesk::HelpdeskLocaleArticleUpdate;
use crisp_types::website::helpdesk::HelpdeskLocaleCategory;
use crisp_types::website::helpdesk::HelpdeskLocaleCategoryNew;
use crisp_types::website::helpdesk::HelpdeskLocaleCategoryUpdate;
use crisp_types::website::helpdesk::HelpdeskLocaleFeedback;
use crisp_types::website::helpdesk::HelpdeskLocaleFeedbackRatings;
use crisp_types::website::helpdesk::HelpdeskLocaleSection;
use crisp_types::website::helpdesk::HelpdeskLocaleSectionNew;
use crisp_types::website::helpdesk::HelpdeskLocaleSectionUpdate;
use crisp_types::website::helpdesk::HelpdeskRedirection;
use crisp_types::website::helpdesk::HelpdeskRedirectionNew;
use crisp_types::website::helpdesk::HelpdeskSettings;
use crisp_types::website::helpdesk_tree::HelpdeskExternalImport;
use crisp_types::website::helpdesk_tree::HelpdeskHistoryChange;
use crisp_types::website::helpdesk_tree::HelpdeskPage;
use crisp_types::website::helpdesk_tree::HelpdeskTreeContent;
use crisp_types::website::helpdesk_tree::HelpdeskTreeEntry;
use crisp_types::website::helpdesk_tree::HelpdeskTreeMetadata;
use crisp_types::website::helpdesk_tree::HelpdeskTreePage;
use crisp_types::website::helpdesk_tree::HelpdeskTreePathUpdate;

use super::{Collection, Op, Route};

/// Helpdesk articles, per locale.
pub(super) static ARTICLES: Collection = Collection {
    name: "helpdesk_articles",
    id: "article_id",
    singleton: false,
    template: r#"{"title":"","status":"draft","visibility":"visible","featured":false,"order":0,"created_at":0,"updated_at":0}"#,
    missing: "article_not_found",
};

/// Helpdesk categories, per locale.
pub(super) static CATEGORIES: Collection = Collection {
    name: "helpdesk_categories",
    id: "category_id",
    singleton: false,
    template: r#"{"name":"","order":0,"created_at":0,"updated_at":0}"#,
    missing: "category_not_found",
};

/// Helpdesk sections, per locale and category.
pub(super) static SECTIONS: Collection = Collection {
    name: "helpdesk_sections",
    id: "section_id",
    singleton: false,
    template: r#"{"name":"","order":0,"created_at":0,"updated_at":0}"#,
    missing: "section_not_found",
};

/// Helpdesk redirections.
pub(super) static REDIRECTIONS: Collection = Collection {
    name: "helpdesk_redirections",
    id: "redirection_id",
    singleton: false,
    template: r#"{}"#,
    missing: "redirection_not_found",
};

#[allow(clippy::too_many_lines)]
pub(super) fn routes() -> Vec<Route> {
    vec![
        // check_helpdesk_exists
        Route::head("/website/{website_id}/helpdesk")
            .done(),
        // resolve_helpdesk
        Route::get("/website/{website_id}/helpdesk")
            .answer::<Helpdesk>(r#"{"name":"Acme Helpdesk","url":"https://acme.crisp.help/"}"#),
        // initialize_helpdesk
        Route::post("/website/{website_id}/helpdesk")
            .fields(&["domain_basic", "name"])
            .done(),
        // delete_helpdesk
        Route::delete("/website/{website_id}/helpdesk")
            .fields(&["verify"])
            .done(),
        // list_helpdesk_locales
        Route::get("/website/{website_id}/helpdesk/locales/{page_number}")
            .list::<HelpdeskLocale>(r#"[{"articles":12,"categories":3,"locale":"en","locale_id":"6a1e8a5f-2f4c-4d09-a2a1-0e4c8f1d2b3a"}]"#),
        // add_helpdesk_locale
        Route::post("/website/{website_id}/helpdesk/locale")
            .fields(&["locale"])
            .done(),
        // check_helpdesk_locale_exists
        Route::head("/website/{website_id}/helpdesk/locale/{locale}")
            .done(),
        // resolve_helpdesk_locale
        Route::get("/website/{website_id}/helpdesk/locale/{locale}")
            .answer::<HelpdeskLocale>(r#"{"locale":"en","url":"https://acme.crisp.help/en/"}"#),
        // delete_helpdesk_locale
        Route::delete("/website/{website_id}/helpdesk/locale/{locale}")
            .done(),
        // list_helpdesk_locale_articles
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/articles/{page_number}")
            .query(&["*"])
            .crud_as::<HelpdeskLocaleArticle>(&ARTICLES, Op::List, r#"[{"article_id":"fd036d68-c619-4c63-9deb-e2ce91733dd6","status":"published","title":"Install the chatbox"}]"#),
        // add_new_helpdesk_locale_article
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/article")
            .fields(&["title"])
            .crud_as::<HelpdeskLocaleArticleNew>(&ARTICLES, Op::Create, r#"{"article_id":"fd036d68-c619-4c63-9deb-e2ce91733dd6"}"#),
        // check_helpdesk_locale_article_exists
        Route::head("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .crud(&ARTICLES, Op::Exists),
        // resolve_helpdesk_locale_article
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .crud_as::<HelpdeskLocaleArticle>(&ARTICLES, Op::Get, r#"{"article_id":"fd036d68-c619-4c63-9deb-e2ce91733dd6","content":"Paste the **snippet**.","description":null,"featured":false,"order":1,"status":"draft","title":"Install the chatbox","visibility":"visible"}"#),
        // save_helpdesk_locale_article
        Route::put("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .body::<HelpdeskLocaleArticleUpdate>()
            .crud(&ARTICLES, Op::Save),
        // update_helpdesk_locale_article
        Route::patch("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .body::<HelpdeskLocaleArticleUpdate>()
            .crud(&ARTICLES, Op::Update),
        // delete_helpdesk_locale_article
        Route::delete("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .crud(&ARTICLES, Op::Delete),
        // resolve_helpdesk_locale_article_page
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/page")
            .answer::<HelpdeskLocaleArticlePage>(r#"{"title":"Install the chatbox","url":"https://acme.crisp.help/en/article/install-the-chatbox-1ab2cd3/"}"#),
        // resolve_helpdesk_locale_article_category
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/category")
            .answer::<HelpdeskLocaleArticleCategory>(r#"{"category_id":"33bc73b7-b7db-40a9-80fc-fcba8ebd1067","section_id":"14886b8c-faf6-4967-af0a-2d90b3419263"}"#),
        // update_helpdesk_locale_article_category
        Route::patch("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/category")
            .fields(&["category_id", "section_id?"])
            .done(),
        // list_helpdesk_locale_article_alternates
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternates")
            .answer::<Vec<HelpdeskLocaleArticleAlternate>>(r#"[{"article_id":"9dc0e823-56b0-43ca-9ca3-47e25a8eb543","locale":"fr"}]"#),
        // check_helpdesk_locale_article_alternate_exists
        Route::head("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}")
            .done(),
        // resolve_helpdesk_locale_article_alternate
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}")
            .answer::<HelpdeskLocaleArticleAlternate>(r#"{"article_id":"9dc0e823-56b0-43ca-9ca3-47e25a8eb543","locale":"fr"}"#),
        // save_helpdesk_locale_article_alternate
        Route::put("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}")
            .fields(&["article_id"])
            .done(),
        // delete_helpdesk_locale_article_alternate
        Route::delete("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}")
            .done(),
        // publish_helpdesk_locale_article
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/publish")
            .answer::<HelpdeskLocaleArticlePublish>(r#"{"url":"https://acme.crisp.help/en/article/install-the-chatbox-1ab2cd3/"}"#),
        // unpublish_helpdesk_locale_article
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/unpublish")
            .done(),
        // list_helpdesk_locale_categories
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/categories/{page_number}")
            .crud_as::<HelpdeskLocaleCategory>(&CATEGORIES, Op::List, r##"[{"category_id":"33bc73b7-b7db-40a9-80fc-fcba8ebd1067","color":"#377FEA","name":"Chatbox","order":1}]"##),
        // add_helpdesk_locale_category
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/category")
            .fields(&["name"])
            .crud_as::<HelpdeskLocaleCategoryNew>(&CATEGORIES, Op::Create, r#"{"category_id":"33bc73b7-b7db-40a9-80fc-fcba8ebd1067"}"#),
        // check_helpdesk_locale_category_exists
        Route::head("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .crud(&CATEGORIES, Op::Exists),
        // resolve_helpdesk_locale_category
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .crud_as::<HelpdeskLocaleCategory>(&CATEGORIES, Op::Get, r#"{"category_id":"33bc73b7-b7db-40a9-80fc-fcba8ebd1067","image":null,"name":"Chatbox"}"#),
        // save_helpdesk_locale_category
        Route::put("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .body::<HelpdeskLocaleCategoryUpdate>()
            .crud(&CATEGORIES, Op::Save),
        // update_helpdesk_locale_category
        Route::patch("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .body::<HelpdeskLocaleCategoryUpdate>()
            .crud(&CATEGORIES, Op::Update),
        // delete_helpdesk_locale_category
        Route::delete("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .crud(&CATEGORIES, Op::Delete),
        // list_helpdesk_locale_sections
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/sections/{page_number}")
            .crud_as::<HelpdeskLocaleSection>(&SECTIONS, Op::List, r#"[{"name":"Integrate with our SDKs","order":1,"section_id":"14886b8c-faf6-4967-af0a-2d90b3419263"}]"#),
        // add_helpdesk_locale_section
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section")
            .fields(&["name"])
            .crud_as::<HelpdeskLocaleSectionNew>(&SECTIONS, Op::Create, r#"{"section_id":"14886b8c-faf6-4967-af0a-2d90b3419263"}"#),
        // check_helpdesk_locale_section_exists
        Route::head("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}")
            .crud(&SECTIONS, Op::Exists),
        // resolve_helpdesk_locale_section
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}")
            .crud_as::<HelpdeskLocaleSection>(&SECTIONS, Op::Get, r#"{"name":"Integrate with our SDKs","section_id":"14886b8c-faf6-4967-af0a-2d90b3419263"}"#),
        // save_helpdesk_locale_section
        Route::put("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}")
            .body::<HelpdeskLocaleSectionUpdate>()
            .crud(&SECTIONS, Op::Save),
        // update_helpdesk_locale_section
        Route::patch("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}")
            .body::<HelpdeskLocaleSectionUpdate>()
            .crud(&SECTIONS, Op::Update),
        // delete_helpdesk_locale_section
        Route::delete("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}")
            .crud(&SECTIONS, Op::Delete),
        // map_helpdesk_locale_feedback_ratings
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/feedback/ratings")
            .query(&["filter_date_start", "filter_date_end"])
            .answer::<HelpdeskLocaleFeedbackRatings>(r#"{"ratings":{"helpful":42,"unhelpful":5}}"#),
        // list_helpdesk_locale_feedbacks
        Route::get("/website/{website_id}/helpdesk/locale/{locale}/feedback/list/{page_number}")
            .query(&["filter_date_start", "filter_date_end"])
            .list::<HelpdeskLocaleFeedback>(r#"[{"article":{"article_id":"fd036d68-c619-4c63-9deb-e2ce91733dd6"},"comment":"Clear, thanks!","rating":"helpful"}]"#),
        // import_external_helpdesk_to_locale
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/import")
            .fields(&["helpdesk_url"])
            .done(),
        // export_helpdesk_locale_articles
        Route::post("/website/{website_id}/helpdesk/locale/{locale}/export")
            .done(),
        // list_helpdesk_redirections
        Route::get("/website/{website_id}/helpdesk/redirections/{page_number}")
            .crud_as::<HelpdeskRedirection>(&REDIRECTIONS, Op::List, r#"[{"path":"/en/article/old/","redirection_id":"7ebf2e39-1780-45c9-aa81-fa7a7078cb25","target":"/en/article/new/"}]"#),
        // add_helpdesk_redirection
        Route::post("/website/{website_id}/helpdesk/redirection")
            .fields(&["path", "target"])
            .crud_as::<HelpdeskRedirectionNew>(&REDIRECTIONS, Op::Create, r#"{"redirection_id":"7ebf2e39-1780-45c9-aa81-fa7a7078cb25"}"#),
        // check_helpdesk_redirection_exists
        Route::head("/website/{website_id}/helpdesk/redirection/{redirection_id}")
            .crud(&REDIRECTIONS, Op::Exists),
        // resolve_helpdesk_redirection
        Route::get("/website/{website_id}/helpdesk/redirection/{redirection_id}")
            .crud_as::<HelpdeskRedirection>(&REDIRECTIONS, Op::Get, r#"{"path":"/en/article/old/","redirection_id":"7ebf2e39-1780-45c9-aa81-fa7a7078cb25","target":"/en/article/new/"}"#),
        // delete_helpdesk_redirection
        Route::delete("/website/{website_id}/helpdesk/redirection/{redirection_id}")
            .crud(&REDIRECTIONS, Op::Delete),
        // resolve_helpdesk_settings
        Route::get("/website/{website_id}/helpdesk/settings")
            .answer::<HelpdeskSettings>(r#"{"access":{"password":null},"appearance":{"banner":null,"logos":{"footer":null,"header":null}},"behavior":{"show_chatbox":true},"name":"Acme Helpdesk"}"#),
        // save_helpdesk_settings
        Route::patch("/website/{website_id}/helpdesk/settings")
            .body::<HelpdeskSettings>()
            .done(),
        // resolve_helpdesk_domain
        Route::get("/website/{website_id}/helpdesk/domain")
            .answer::<HelpdeskDomain>(r#"{"basic":"acme","custom":"help.acme.com","root":"crisp.help","verified":true}"#),
        // request_helpdesk_domain_change
        Route::patch("/website/{website_id}/helpdesk/domain")
            .fields(&["basic?", "custom?"])
            .done(),
        // generate_helpdesk_domain_setup_flow
        Route::get("/website/{website_id}/helpdesk/domain/setup")
            .query(&["custom"])
            .answer::<HelpdeskDomainSetupFlow>(r#"{"custom":"help.acme.com","setup":{"records":[{"name":"help","query":"help.acme.com","type":"CNAME","value":"acme.crisp.help"}]}}"#),
        // list_helpdesk_pages
        Route::get("/website/{website_id}/helpdesk/page/list/{locale}/{content_type}/{page_number}")
            .list::<HelpdeskPage>(r#"[{"entity_id":"3f1a7a0e-0c55-4d0b-b6cf-6c4f1c8a0e21","title":"Set up the chatbox","url":"https://help.example.com/en/guide/getting-started/setup/"}]"#),
        // resolve_helpdesk_page_entity
        Route::get("/website/{website_id}/helpdesk/page/entity/{locale}/{content_type}/{entity_id}")
            .answer::<HelpdeskPage>(r#"{"entity_id":"3f1a7a0e-0c55-4d0b-b6cf-6c4f1c8a0e21","title":"Set up the chatbox","url":"https://help.example.com/en/guide/getting-started/setup/"}"#),
        // list_helpdesk_tree
        Route::get("/website/{website_id}/helpdesk/tree/list/{locale}/{content_type}/{page_number}")
            .query(&["sub_path", "search_title", "filter_date_start", "filter_date_end"])
            .list::<HelpdeskTreeEntry>(r#"[{"children":[{"slug":"setup.md","state":{"published":true},"title":"Set up the chatbox","type":"file"}],"slug":"getting-started","type":"directory"}]"#),
        // create_helpdesk_tree_path
        Route::post("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .done(),
        // resolve_helpdesk_tree_path
        Route::get("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .answer::<HelpdeskTreeEntry>(r#"{"slug":"setup.md","state":{"published":true},"title":"Set up the chatbox","type":"file"}"#),
        // update_helpdesk_tree_path
        Route::patch("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .body::<HelpdeskTreePathUpdate>()
            .done(),
        // delete_helpdesk_tree_path
        Route::delete("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}")
            .done(),
        // resolve_helpdesk_tree_content
        Route::get("/website/{website_id}/helpdesk/tree/content/{locale}/{content_type}/{path}")
            .answer::<HelpdeskTreeContent>(r##"{"content":"# Set up the chatbox\n"}"##),
        // save_helpdesk_tree_content
        Route::put("/website/{website_id}/helpdesk/tree/content/{locale}/{content_type}/{path}")
            .fields(&["content"])
            .done(),
        // resolve_helpdesk_tree_metadata
        Route::get("/website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{path}")
            .answer::<HelpdeskTreeMetadata>(r#"{"author":{"user_id":"a4c32c68"},"format":"markdown","state":{"published":true},"title":"Set up the chatbox"}"#),
        // update_helpdesk_tree_metadata
        Route::patch("/website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{path}")
            .body::<HelpdeskTreeMetadata>()
            .done(),
        // resolve_helpdesk_tree_page
        Route::get("/website/{website_id}/helpdesk/tree/page/{locale}/{content_type}/{path}")
            .answer::<HelpdeskTreePage>(r#"{"title":"Set up the chatbox","url":"https://help.example.com/en/guide/getting-started/setup/"}"#),
        // list_helpdesk_history_changes
        Route::get("/website/{website_id}/helpdesk/history/changes/{page_number}")
            .query(&["filter_locale", "filter_type", "filter_tree_path"])
            .list::<HelpdeskHistoryChange>(r#"[{"author":{"email":"jane@example.com","name":"Jane Doe"},"change_id":"b7e2c5d9a1f04e3c8d6b2a9f7e1c3d5b0a8f6e4c","created_at":1741263125412,"edits":{"deletions":3,"insertions":12},"message":"Update setup guide"}]"#),
        // resolve_helpdesk_history_change
        Route::get("/website/{website_id}/helpdesk/history/change/{change_id}")
            .answer::<HelpdeskHistoryChange>(r#"{"author":{"email":"jane@example.com","name":"Jane Doe"},"change_id":"b7e2c5d9a1f04e3c8d6b2a9f7e1c3d5b0a8f6e4c","created_at":1741263125412,"edits":{"deletions":3,"insertions":12},"message":"Update setup guide"}"#),
        // cancel_helpdesk_history_change
        Route::delete("/website/{website_id}/helpdesk/history/change/{change_id}")
            .fields(&["action"])
            .done(),
        // request_helpdesk_content_refresh
        Route::post("/website/{website_id}/helpdesk/refresh/{locale}/{content_type}")
            .done(),
        // map_helpdesk_locale_feedback_ratings
        Route::get("/website/{website_id}/helpdesk/feedback/ratings/{locale}/{content_type}")
            .query(&["filter_date_start", "filter_date_end"])
            .answer::<HelpdeskLocaleFeedbackRatings>(r#"{"ratings":{"helpful":42,"unhelpful":5}}"#),
        // list_helpdesk_locale_feedbacks
        Route::get("/website/{website_id}/helpdesk/feedback/list/{locale}/{content_type}/{page_number}")
            .query(&["filter_date_start", "filter_date_end"])
            .list::<HelpdeskLocaleFeedback>(r#"[{"article":{"article_id":"fd036d68-c619-4c63-9deb-e2ce91733dd6"},"comment":"Clear, thanks!","rating":"helpful"}]"#),
        // import_external_helpdesk_to_locale
        Route::post("/website/{website_id}/helpdesk/import/{locale}/{content_type}")
            .body::<HelpdeskExternalImport>()
            .done(),
        // export_helpdesk_locale_articles
        Route::post("/website/{website_id}/helpdesk/export/{locale}/{content_type}")
            .done(),
    ]
}
