//! The routes of campaigns, their templates, recipients and statistics.

use crisp_types::website::campaign::Campaign;
use crisp_types::website::campaign::CampaignCreate;
use crisp_types::website::campaign::CampaignExcerpt;
use crisp_types::website::campaign::CampaignNew;
use crisp_types::website::campaign::CampaignRecipient;
use crisp_types::website::campaign::CampaignStatistic;
use crisp_types::website::campaign::CampaignTemplate;
use crisp_types::website::campaign::CampaignTemplateCreate;
use crisp_types::website::campaign::CampaignTemplateExcerpt;
use crisp_types::website::campaign::CampaignTemplateNew;
use crisp_types::website::campaign::CampaignTemplateUpdate;
use crisp_types::website::campaign::CampaignUpdate;

use super::{Collection, Op, Route};

/// Campaigns.
pub(super) static CAMPAIGNS: Collection = Collection {
    name: "campaigns",
    id: "campaign_id",
    singleton: false,
    template: r#"{"type":"one-shot","name":"","created_at":0,"updated_at":0}"#,
    missing: "campaign_not_found",
};

/// Campaign templates.
pub(super) static TEMPLATES: Collection = Collection {
    name: "campaign_templates",
    id: "template_id",
    singleton: false,
    template: r#"{"name":"","format":"html","type":"custom","created_at":0,"updated_at":0}"#,
    missing: "template_not_found",
};

#[allow(clippy::too_many_lines)]
pub(super) fn routes() -> Vec<Route> {
    vec![
        // list_campaigns
        Route::get("/website/{website_id}/campaigns/list/{page_number}")
            .crud_as::<CampaignExcerpt>(&CAMPAIGNS, Op::List, r#"[{"campaign_id":"355d805f-a72f-457e-a3e5-5d01521f3cd8","created_at":1718020000000,"format":"markdown","name":"Welcome!","progress":100,"ready":true,"type":"one-shot","updated_at":1718030000000}]"#),
        // list_campaign_tags
        Route::get("/website/{website_id}/campaigns/tags")
            .answer::<Vec<String>>(r#"["billing","onboarding"]"#),
        // list_campaign_templates
        Route::get("/website/{website_id}/campaigns/templates/{page_number}")
            .crud_as::<CampaignTemplateExcerpt>(&TEMPLATES, Op::List, r#"[{"format":"html","name":"HTML Template","template_id":"a4876300-4dae-47f7-8599-3bf9283f36c2","type":"custom"}]"#),
        // create_new_campaign_template
        Route::post("/website/{website_id}/campaigns/template")
            .body::<CampaignTemplateCreate>()
            .crud_as::<CampaignTemplateNew>(&TEMPLATES, Op::Create, r#"{"template_id":"a4876300-4dae-47f7-8599-3bf9283f36c2"}"#),
        // check_campaign_template_exists
        Route::head("/website/{website_id}/campaigns/template/{template_id}")
            .crud(&TEMPLATES, Op::Exists),
        // get_campaign_template
        Route::get("/website/{website_id}/campaigns/template/{template_id}")
            .crud_as::<CampaignTemplate>(&TEMPLATES, Op::Get, r#"{"content":"<html><body>{{message}}</body></html>","format":"html","template_id":"a4876300-4dae-47f7-8599-3bf9283f36c2","type":"custom"}"#),
        // save_campaign_template
        Route::put("/website/{website_id}/campaigns/template/{template_id}")
            .body::<CampaignTemplateUpdate>()
            .crud(&TEMPLATES, Op::Save),
        // update_campaign_template
        Route::patch("/website/{website_id}/campaigns/template/{template_id}")
            .body::<CampaignTemplateUpdate>()
            .crud(&TEMPLATES, Op::Update),
        // remove_campaign_template
        Route::delete("/website/{website_id}/campaigns/template/{template_id}")
            .crud(&TEMPLATES, Op::Delete),
        // create_new_campaign
        Route::post("/website/{website_id}/campaign")
            .body::<CampaignCreate>()
            .crud_as::<CampaignNew>(&CAMPAIGNS, Op::Create, r#"{"campaign_id":"355d805f-a72f-457e-a3e5-5d01521f3cd8"}"#),
        // check_campaign_exists
        Route::head("/website/{website_id}/campaign/{campaign_id}")
            .crud(&CAMPAIGNS, Op::Exists),
        // get_campaign
        Route::get("/website/{website_id}/campaign/{campaign_id}")
            .crud_as::<Campaign>(&CAMPAIGNS, Op::Get, r#"{"campaign_id":"355d805f-a72f-457e-a3e5-5d01521f3cd8","flow":{"deliver_once":true,"launch_event":"trial:ending"},"recipients":{"segments":["trial"],"type":"segment"},"statistics":{"clicked":31,"opened":98,"unsubscribed":2},"type":"automated"}"#),
        // save_campaign
        Route::put("/website/{website_id}/campaign/{campaign_id}")
            .body::<CampaignUpdate>()
            .crud(&CAMPAIGNS, Op::Save),
        // update_campaign
        Route::patch("/website/{website_id}/campaign/{campaign_id}")
            .body::<CampaignUpdate>()
            .crud(&CAMPAIGNS, Op::Update),
        // remove_campaign
        Route::delete("/website/{website_id}/campaign/{campaign_id}")
            .crud(&CAMPAIGNS, Op::Delete),
        // dispatch_campaign
        Route::post("/website/{website_id}/campaign/{campaign_id}/dispatch")
            .done(),
        // resume_campaign
        Route::post("/website/{website_id}/campaign/{campaign_id}/resume")
            .done(),
        // pause_campaign
        Route::post("/website/{website_id}/campaign/{campaign_id}/pause")
            .done(),
        // test_campaign
        Route::post("/website/{website_id}/campaign/{campaign_id}/test")
            .done(),
        // list_campaign_recipients
        Route::get("/website/{website_id}/campaign/{campaign_id}/recipients/{page_number}")
            .list::<CampaignRecipient>(r#"[{"email":"john.doe@acme-inc.com","people_id":"c5ac7fd2-9c0f-4b0b-9a8c-8c8bfc1c2f1a","person":{"nickname":"John Doe"},"subscribed":true}]"#),
        // list_campaign_statistics
        Route::get("/website/{website_id}/campaign/{campaign_id}/statistics/{action}/{page_number}")
            .list::<CampaignStatistic>(r#"[{"created_at":1718026000000,"data":{"url":"https://acme.example/billing"},"profile":{"email":"john.doe@acme-inc.com","people_id":"c5ac7fd2-9c0f-4b0b-9a8c-8c8bfc1c2f1a","person":{"geolocation":{"coordinates":{"latitude":47.2,"longitude":-1.5},"country":"FR"}}}}]"#),
    ]
}
