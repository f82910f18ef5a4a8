//! Samples of the Helpdesk API (`WebsiteHelpdesk`).

use crisp_rest::website::helpdesk::ListHelpdeskLocaleArticles;
use crisp_types::website::base::VerifyChallenge;
use crisp_types::website::helpdesk::*;
use crisp_types::*;
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn a() -> ArticleId {
    ArticleId::new("fd036d68-c619-4c63-9deb-e2ce91733dd6")
}

fn a_fr() -> ArticleId {
    ArticleId::new("9dc0e823-56b0-43ca-9ca3-47e25a8eb543")
}

fn cat() -> CategoryId {
    CategoryId::new("33bc73b7-b7db-40a9-80fc-fcba8ebd1067")
}

fn sec() -> SectionId {
    SectionId::new("14886b8c-faf6-4967-af0a-2d90b3419263")
}

fn red() -> RedirectionId {
    RedirectionId::new("7ebf2e39-1780-45c9-aa81-fa7a7078cb25")
}

pub(crate) fn samples() -> Vec<Sample> {
    let mut samples = base();
    samples.extend(locales());
    samples.extend(articles());
    samples.extend(categories());
    samples.extend(sections());
    samples.extend(feedback());
    samples.extend(settings());
    samples
}

fn base() -> Vec<Sample> {
    vec![
        Sample::website(
            "check_helpdesk_exists",
            run!(|c| c.website().check_helpdesk_exists(&w())),
        ),
        Sample::website(
            "resolve_helpdesk",
            run!(|c| c.website().resolve_helpdesk(&w())),
        )
        .data(json!({"name": "Acme Helpdesk", "url": "https://acme.crisp.help/"})),
        Sample::website(
            "initialize_helpdesk",
            run!(|c| c
                .website()
                .initialize_helpdesk(&w(), "Acme Helpdesk", "acme")),
        )
        .body(json!({"name": "Acme Helpdesk", "domain_basic": "acme"})),
        Sample::website(
            "delete_helpdesk",
            run!(|c| c
                .website()
                .delete_helpdesk(&w(), &VerifyChallenge::password("hunter2"))),
        )
        .body(json!({"verify": {"method": "password", "secret": "hunter2"}})),
    ]
}

fn locales() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_helpdesk_locales",
            run!(|c| c.website().list_helpdesk_locales(&w(), 1)),
        )
        .data(json!([{"locale_id": "6a1e8a5f-2f4c-4d09-a2a1-0e4c8f1d2b3a", "locale": "en", "articles": 12, "categories": 3}])),
        Sample::website(
            "add_helpdesk_locale",
            run!(|c| c.website().add_helpdesk_locale(&w(), "fr")),
        )
        .body(json!({"locale": "fr"})),
        Sample::website(
            "check_helpdesk_locale_exists",
            run!(|c| c.website().check_helpdesk_locale_exists(&w(), "en")),
        ),
        Sample::website(
            "resolve_helpdesk_locale",
            run!(|c| c.website().resolve_helpdesk_locale(&w(), "en")),
        )
        .data(json!({"locale": "en", "url": "https://acme.crisp.help/en/"})),
        Sample::website(
            "delete_helpdesk_locale",
            run!(|c| c.website().delete_helpdesk_locale(&w(), "fr")),
        ),
        Sample::website(
            "import_external_helpdesk_to_locale",
            run!(|c| c.website().import_external_helpdesk_to_locale(
                &w(),
                "en",
                "https://docs.acme.com/"
            )),
        )
        .body(json!({"helpdesk_url": "https://docs.acme.com/"})),
        Sample::website(
            "export_helpdesk_locale_articles",
            run!(|c| c.website().export_helpdesk_locale_articles(&w(), "en")),
        )
        .body(json!({})),
    ]
}

fn articles() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_helpdesk_locale_articles",
            run!(|c| c.website().list_helpdesk_locale_articles(
                &w(),
                "en",
                1,
                ListHelpdeskLocaleArticles::new()
            )),
        )
        .data(json!([{"article_id": a(), "title": "Install the chatbox", "status": "published"}]))
        .query(""),
        Sample::website(
            "list_helpdesk_locale_articles",
            run!(|c| c.website().list_helpdesk_locale_articles(
                &w(),
                "en",
                2,
                ListHelpdeskLocaleArticles::new()
                    .search_title("chatbox")
                    .filter_category_id(cat())
                    .filter_section_id(sec())
                    .filter_status_published(true)
                    .filter_status_draft(false)
                    .filter_visibility_visible(true)
                    .filter_visibility_hidden(false)
                    .order_visits(true)
                    .other("per_page", "30")
            )),
        )
        .data(json!([]))
        .query(
            "search_title=chatbox&filter_category_id=33bc73b7-b7db-40a9-80fc-fcba8ebd1067\
             &filter_section_id=14886b8c-faf6-4967-af0a-2d90b3419263&filter_status_published=1\
             &filter_status_draft=0&filter_visibility_visible=1&filter_visibility_hidden=0\
             &order_visits=1&per_page=30",
        ),
        Sample::website(
            "add_new_helpdesk_locale_article",
            run!(|c| c.website().add_new_helpdesk_locale_article(
                &w(),
                "en",
                "How to use $crisp JavaScript SDK?"
            )),
        )
        .body(json!({"title": "How to use $crisp JavaScript SDK?"}))
        .data(json!({"article_id": a()})),
        Sample::website(
            "check_helpdesk_locale_article_exists",
            run!(|c| c
                .website()
                .check_helpdesk_locale_article_exists(&w(), "en", &a())),
        ),
        Sample::website(
            "resolve_helpdesk_locale_article",
            run!(|c| c
                .website()
                .resolve_helpdesk_locale_article(&w(), "en", &a())),
        )
        .data(json!({
            "article_id": a(),
            "title": "Install the chatbox",
            "description": null,
            "content": "Paste the **snippet**.",
            "status": "draft",
            "visibility": "visible",
            "featured": false,
            "order": 1
        })),
        Sample::website(
            "save_helpdesk_locale_article",
            run!(|c| c.website().save_helpdesk_locale_article(
                &w(),
                "en",
                &a(),
                &HelpdeskLocaleArticleUpdate::new("Install the chatbox", "Paste the **snippet**.")
                    .description(None)
                    .featured(false)
                    .order(1)
            )),
        )
        .body(json!({
            "title": "Install the chatbox",
            "description": null,
            "content": "Paste the **snippet**.",
            "featured": false,
            "order": 1
        })),
        Sample::website(
            "update_helpdesk_locale_article",
            run!(|c| c.website().update_helpdesk_locale_article(
                &w(),
                "en",
                &a(),
                &HelpdeskLocaleArticleUpdate::default().content("New content.")
            )),
        )
        .body(json!({"content": "New content."})),
        Sample::website(
            "delete_helpdesk_locale_article",
            run!(|c| c.website().delete_helpdesk_locale_article(&w(), "en", &a())),
        ),
        Sample::website(
            "resolve_helpdesk_locale_article_page",
            run!(|c| c
                .website()
                .resolve_helpdesk_locale_article_page(&w(), "en", &a())),
        )
        .data(json!({
            "title": "Install the chatbox",
            "url": "https://acme.crisp.help/en/article/install-the-chatbox-1ab2cd3/"
        })),
        Sample::website(
            "resolve_helpdesk_locale_article_category",
            run!(|c| c
                .website()
                .resolve_helpdesk_locale_article_category(&w(), "en", &a())),
        )
        .data(json!({"category_id": cat(), "section_id": sec()})),
        Sample::website(
            "update_helpdesk_locale_article_category",
            run!(|c| c.website().update_helpdesk_locale_article_category(
                &w(),
                "en",
                &a(),
                &cat(),
                None
            )),
        )
        .body(json!({"category_id": cat()})),
        Sample::website(
            "update_helpdesk_locale_article_category",
            run!(|c| c.website().update_helpdesk_locale_article_category(
                &w(),
                "en",
                &a(),
                &cat(),
                Some(&sec())
            )),
        )
        .body(json!({"category_id": cat(), "section_id": sec()})),
        Sample::website(
            "list_helpdesk_locale_article_alternates",
            run!(|c| c
                .website()
                .list_helpdesk_locale_article_alternates(&w(), "en", &a())),
        )
        .data(json!([{"locale": "fr", "article_id": a_fr()}])),
        Sample::website(
            "check_helpdesk_locale_article_alternate_exists",
            run!(
                |c| c.website().check_helpdesk_locale_article_alternate_exists(
                    &w(),
                    "en",
                    &a(),
                    "fr"
                )
            ),
        ),
        Sample::website(
            "resolve_helpdesk_locale_article_alternate",
            run!(|c| c
                .website()
                .resolve_helpdesk_locale_article_alternate(&w(), "en", &a(), "fr")),
        )
        .data(json!({"locale": "fr", "article_id": a_fr()})),
        Sample::website(
            "save_helpdesk_locale_article_alternate",
            run!(|c| c.website().save_helpdesk_locale_article_alternate(
                &w(),
                "en",
                &a(),
                "fr",
                &a_fr()
            )),
        )
        .body(json!({"article_id": a_fr()})),
        Sample::website(
            "delete_helpdesk_locale_article_alternate",
            run!(|c| c
                .website()
                .delete_helpdesk_locale_article_alternate(&w(), "en", &a(), "fr")),
        ),
        Sample::website(
            "publish_helpdesk_locale_article",
            run!(|c| c
                .website()
                .publish_helpdesk_locale_article(&w(), "en", &a())),
        )
        .body(json!({}))
        .data(json!({"url": "https://acme.crisp.help/en/article/install-the-chatbox-1ab2cd3/"})),
        Sample::website(
            "unpublish_helpdesk_locale_article",
            run!(|c| c
                .website()
                .unpublish_helpdesk_locale_article(&w(), "en", &a())),
        )
        .body(json!({})),
    ]
}

fn categories() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_helpdesk_locale_categories",
            run!(|c| c.website().list_helpdesk_locale_categories(&w(), "en", 1)),
        )
        .data(json!([{"category_id": cat(), "name": "Chatbox", "color": "#377FEA", "order": 1}])),
        Sample::website(
            "add_helpdesk_locale_category",
            run!(|c| c
                .website()
                .add_helpdesk_locale_category(&w(), "en", "Chatbox")),
        )
        .body(json!({"name": "Chatbox"}))
        .data(json!({"category_id": cat()})),
        Sample::website(
            "check_helpdesk_locale_category_exists",
            run!(|c| c
                .website()
                .check_helpdesk_locale_category_exists(&w(), "en", &cat())),
        ),
        Sample::website(
            "resolve_helpdesk_locale_category",
            run!(|c| c
                .website()
                .resolve_helpdesk_locale_category(&w(), "en", &cat())),
        )
        .data(json!({"category_id": cat(), "name": "Chatbox", "image": null})),
        Sample::website(
            "save_helpdesk_locale_category",
            run!(|c| c.website().save_helpdesk_locale_category(
                &w(),
                "en",
                &cat(),
                &HelpdeskLocaleCategoryUpdate::new("Chatbox")
                    .description(Some(
                        "Help on how to setup and use the Crisp chatbox.".into()
                    ))
                    .color("#377FEA")
                    .image(None)
                    .order(1)
            )),
        )
        .body(json!({
            "name": "Chatbox",
            "description": "Help on how to setup and use the Crisp chatbox.",
            "color": "#377FEA",
            "image": null,
            "order": 1
        })),
        Sample::website(
            "update_helpdesk_locale_category",
            run!(|c| c.website().update_helpdesk_locale_category(
                &w(),
                "en",
                &cat(),
                &HelpdeskLocaleCategoryUpdate::default().color("#377FEA")
            )),
        )
        .body(json!({"color": "#377FEA"})),
        Sample::website(
            "delete_helpdesk_locale_category",
            run!(|c| c
                .website()
                .delete_helpdesk_locale_category(&w(), "en", &cat())),
        ),
    ]
}

fn sections() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_helpdesk_locale_sections",
            run!(|c| c
                .website()
                .list_helpdesk_locale_sections(&w(), "en", &cat(), 1)),
        )
        .data(json!([{"section_id": sec(), "name": "Integrate with our SDKs", "order": 1}])),
        Sample::website(
            "add_helpdesk_locale_section",
            run!(|c| c.website().add_helpdesk_locale_section(
                &w(),
                "en",
                &cat(),
                "Integrate with our SDKs"
            )),
        )
        .body(json!({"name": "Integrate with our SDKs"}))
        .data(json!({"section_id": sec()})),
        Sample::website(
            "check_helpdesk_locale_section_exists",
            run!(|c| c
                .website()
                .check_helpdesk_locale_section_exists(&w(), "en", &cat(), &sec())),
        ),
        Sample::website(
            "resolve_helpdesk_locale_section",
            run!(|c| c
                .website()
                .resolve_helpdesk_locale_section(&w(), "en", &cat(), &sec())),
        )
        .data(json!({"section_id": sec(), "name": "Integrate with our SDKs"})),
        Sample::website(
            "save_helpdesk_locale_section",
            run!(|c| c.website().save_helpdesk_locale_section(
                &w(),
                "en",
                &cat(),
                &sec(),
                &HelpdeskLocaleSectionUpdate::new("Integrate with our SDKs").order(1)
            )),
        )
        .body(json!({"name": "Integrate with our SDKs", "order": 1})),
        Sample::website(
            "update_helpdesk_locale_section",
            run!(|c| c.website().update_helpdesk_locale_section(
                &w(),
                "en",
                &cat(),
                &sec(),
                &HelpdeskLocaleSectionUpdate::default().order(2)
            )),
        )
        .body(json!({"order": 2})),
        Sample::website(
            "delete_helpdesk_locale_section",
            run!(|c| c
                .website()
                .delete_helpdesk_locale_section(&w(), "en", &cat(), &sec())),
        ),
    ]
}

fn feedback() -> Vec<Sample> {
    vec![
        Sample::website(
            "map_helpdesk_locale_feedback_ratings",
            run!(|c| c
                .website()
                .map_helpdesk_locale_feedback_ratings(&w(), "en", None, None)),
        )
        .data(json!({"ratings": {"helpful": 42, "unhelpful": 5}}))
        .query(""),
        Sample::website(
            "map_helpdesk_locale_feedback_ratings",
            run!(|c| c.website().map_helpdesk_locale_feedback_ratings(
                &w(),
                "en",
                Some("2024-01-01T00:00:00.000Z"),
                Some("2024-02-01T00:00:00.000Z")
            )),
        )
        .data(json!({"ratings": {"helpful": 42, "unhelpful": 5}}))
        .query(
            "filter_date_start=2024-01-01T00%3A00%3A00.000Z\
             &filter_date_end=2024-02-01T00%3A00%3A00.000Z",
        ),
        Sample::website(
            "list_helpdesk_locale_feedbacks",
            run!(|c| c.website().list_helpdesk_locale_feedbacks(
                &w(),
                "en",
                1,
                Some("2024-01-01T00:00:00.000Z"),
                Some("2024-02-01T00:00:00.000Z")
            )),
        )
        .data(json!([{"rating": "helpful", "comment": "Clear, thanks!", "article": {"article_id": a()}}])),
    ]
}

fn settings() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_helpdesk_redirections",
            run!(|c| c.website().list_helpdesk_redirections(&w(), 1)),
        )
        .data(json!([{"redirection_id": red(), "path": "/en/article/old/", "target": "/en/article/new/"}])),
        Sample::website(
            "add_helpdesk_redirection",
            run!(|c| c.website().add_helpdesk_redirection(
                &w(),
                "/en/article/old/",
                "/en/article/new/"
            )),
        )
        .body(json!({"path": "/en/article/old/", "target": "/en/article/new/"}))
        .data(json!({"redirection_id": red()})),
        Sample::website(
            "check_helpdesk_redirection_exists",
            run!(|c| c.website().check_helpdesk_redirection_exists(&w(), &red())),
        ),
        Sample::website(
            "resolve_helpdesk_redirection",
            run!(|c| c.website().resolve_helpdesk_redirection(&w(), &red())),
        )
        .data(json!({"redirection_id": red(), "path": "/en/article/old/", "target": "/en/article/new/"})),
        Sample::website(
            "delete_helpdesk_redirection",
            run!(|c| c.website().delete_helpdesk_redirection(&w(), &red())),
        ),
        Sample::website(
            "resolve_helpdesk_settings",
            run!(|c| c.website().resolve_helpdesk_settings(&w())),
        )
        .data(json!({
            "name": "Acme Helpdesk",
            "appearance": {"logos": {"header": null, "footer": null}, "banner": null},
            "behavior": {"show_chatbox": true},
            "access": {"password": null}
        })),
        Sample::website(
            "save_helpdesk_settings",
            run!(|c| c.website().save_helpdesk_settings(
                &w(),
                &HelpdeskSettings {
                    behavior: Some(HelpdeskSettingsBehavior {
                        ask_feedback: Some(true),
                        ..Default::default()
                    }),
                    access: Some(HelpdeskSettingsAccess {
                        password: Some(None)
                    }),
                    ..Default::default()
                }
            )),
        )
        .body(json!({"behavior": {"ask_feedback": true}, "access": {"password": null}})),
        Sample::website(
            "resolve_helpdesk_domain",
            run!(|c| c.website().resolve_helpdesk_domain(&w())),
        )
        .data(json!({"root": "crisp.help", "basic": "acme", "custom": "help.acme.com", "verified": true})),
        Sample::website(
            "request_helpdesk_domain_change",
            run!(|c| c
                .website()
                .request_helpdesk_domain_change(&w(), Some("acme"), None)),
        )
        .body(json!({"basic": "acme"})),
        Sample::website(
            "request_helpdesk_domain_change",
            run!(|c| c
                .website()
                .request_helpdesk_domain_change(&w(), None, Some("help.acme.com"))),
        )
        .body(json!({"custom": "help.acme.com"})),
        Sample::website(
            "generate_helpdesk_domain_setup_flow",
            run!(|c| c
                .website()
                .generate_helpdesk_domain_setup_flow(&w(), Some("help.acme.com"))),
        )
        .data(json!({
            "custom": "help.acme.com",
            "setup": {"records": [{"type": "CNAME", "query": "help.acme.com", "name": "help", "value": "acme.crisp.help"}]}
        }))
        .query("custom=help.acme.com"),
    ]
}
