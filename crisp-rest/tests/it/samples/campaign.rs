//! Samples of the Campaigns (`WebsiteCampaign`) and Inboxes (`WebsiteInbox`) methods.

use crisp_types::website::campaign::{
    CampaignFormat, CampaignOptions, CampaignRecipients, CampaignStatisticAction,
    CampaignTemplateUpdate, CampaignType, CampaignUpdate,
};
use crisp_types::website::inbox::{
    FilterMatch, FilterOperator, InboxCondition, InboxOrder, InboxOrders, InboxSave,
};
use crisp_types::*;
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn cp() -> CampaignId {
    CampaignId::new("355d805f-a72f-457e-a3e5-5d01521f3cd8")
}

fn t() -> TemplateId {
    TemplateId::new("a4876300-4dae-47f7-8599-3bf9283f36c2")
}

fn i() -> InboxId {
    InboxId::new("bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9")
}

fn campaign_save() -> CampaignUpdate {
    CampaignUpdate::new()
        .kind(CampaignType::OneShot)
        .format(CampaignFormat::Markdown)
        .name("Welcome!")
        .sender("aa0b64dd-9fb4-4db9-80d6-5a49eb84087b")
        .recipients(CampaignRecipients::all())
        .message("*Hey there*, welcome on Crisp!")
        .options(
            CampaignOptions::new()
                .deliver_to_chatbox(Some(true))
                .deliver_to_email(Some(true))
                .tracking(Some(true)),
        )
}

fn campaign_save_json() -> serde_json::Value {
    json!({
        "type": "one-shot",
        "format": "markdown",
        "name": "Welcome!",
        "sender": {"user_id": "aa0b64dd-9fb4-4db9-80d6-5a49eb84087b"},
        "recipients": {"type": "all"},
        "message": "*Hey there*, welcome on Crisp!",
        "options": {"deliver_to_chatbox": true, "deliver_to_email": true, "tracking": true}
    })
}

fn template_save() -> CampaignTemplateUpdate {
    CampaignTemplateUpdate::new()
        .name("HTML Template")
        .format(CampaignFormat::Html)
        .content("<html><body><a href=\"{{url.unsubscribe}}\"></a></body></html>")
}

fn template_save_json() -> serde_json::Value {
    json!({
        "name": "HTML Template",
        "format": "html",
        "content": "<html><body><a href=\"{{url.unsubscribe}}\"></a></body></html>"
    })
}

fn inbox_save() -> InboxSave {
    InboxSave::new("Billing")
        .emoji("💳")
        .add_operator("a4c32c68-be91-4e29-8a05-976e93abbe3f")
        .conditions_match(FilterMatch::And)
        .add_condition(InboxCondition::session(
            "segments",
            FilterOperator::Eq,
            ["billing"],
        ))
}

fn inbox_save_json() -> serde_json::Value {
    json!({
        "name": "Billing",
        "emoji": "💳",
        "operators": ["a4c32c68-be91-4e29-8a05-976e93abbe3f"],
        "operator": "and",
        "conditions": [
            {"model": "session", "criterion": "segments", "operator": "eq", "query": ["billing"]}
        ]
    })
}

pub(crate) fn samples() -> Vec<Sample> {
    vec![
        // Campaigns.
        Sample::website(
            "list_campaigns",
            run!(|c| c.website().list_campaigns(&w(), 1)),
        )
        .data(json!([{
            "campaign_id": "355d805f-a72f-457e-a3e5-5d01521f3cd8",
            "type": "one-shot",
            "format": "markdown",
            "name": "Welcome!",
            "ready": true,
            "progress": 100,
            "created_at": 1718020000000u64,
            "updated_at": 1718030000000u64
        }])),
        Sample::website(
            "list_campaign_tags",
            run!(|c| c.website().list_campaign_tags(&w())),
        )
        .data(json!(["billing", "onboarding"])),
        Sample::website(
            "create_new_campaign",
            run!(|c| c
                .website()
                .create_new_campaign(&w(), CampaignType::OneShot, "Welcome!")),
        )
        .body(json!({"type": "one-shot", "name": "Welcome!"}))
        .data(json!({"campaign_id": "355d805f-a72f-457e-a3e5-5d01521f3cd8"})),
        Sample::website(
            "check_campaign_exists",
            run!(|c| c.website().check_campaign_exists(&w(), &cp())),
        ),
        Sample::website("get_campaign", run!(|c| c.website().get_campaign(&w(), &cp())))
            .data(json!({
                "campaign_id": "355d805f-a72f-457e-a3e5-5d01521f3cd8",
                "type": "automated",
                "recipients": {"type": "segment", "segments": ["trial"]},
                "flow": {"launch_event": "trial:ending", "deliver_once": true},
                "statistics": {"opened": 98, "clicked": 31, "unsubscribed": 2}
            })),
        Sample::website(
            "save_campaign",
            run!(|c| c.website().save_campaign(&w(), &cp(), &campaign_save())),
        )
        .body(campaign_save_json()),
        Sample::website(
            "update_campaign",
            run!(|c| c.website().update_campaign(
                &w(),
                &cp(),
                &CampaignUpdate::new().message("*Hey there*, welcome on Crisp folks!")
            )),
        )
        .body(json!({"message": "*Hey there*, welcome on Crisp folks!"})),
        Sample::website(
            "remove_campaign",
            run!(|c| c.website().remove_campaign(&w(), &cp())),
        ),
        Sample::website(
            "dispatch_campaign",
            run!(|c| c.website().dispatch_campaign(&w(), &cp())),
        )
        .body(json!({})),
        Sample::website(
            "resume_campaign",
            run!(|c| c.website().resume_campaign(&w(), &cp())),
        )
        .body(json!({})),
        Sample::website(
            "pause_campaign",
            run!(|c| c.website().pause_campaign(&w(), &cp())),
        )
        .body(json!({})),
        Sample::website(
            "test_campaign",
            run!(|c| c.website().test_campaign(&w(), &cp())),
        )
        .body(json!({})),
        Sample::website(
            "list_campaign_recipients",
            run!(|c| c.website().list_campaign_recipients(&w(), &cp(), 2)),
        )
        .data(json!([{
            "people_id": "c5ac7fd2-9c0f-4b0b-9a8c-8c8bfc1c2f1a",
            "email": "john.doe@acme-inc.com",
            "person": {"nickname": "John Doe"},
            "subscribed": true
        }])),
        Sample::website(
            "list_campaign_statistics",
            run!(|c| c.website().list_campaign_statistics(
                &w(),
                &cp(),
                CampaignStatisticAction::Clicked,
                1
            )),
        )
        .data(json!([{
            "profile": {
                "people_id": "c5ac7fd2-9c0f-4b0b-9a8c-8c8bfc1c2f1a",
                "email": "john.doe@acme-inc.com",
                "person": {"geolocation": {"country": "FR", "coordinates": {"latitude": 47.2, "longitude": -1.5}}}
            },
            "data": {"url": "https://acme.example/billing"},
            "created_at": 1718026000000u64
        }])),
        // Campaign templates.
        Sample::website(
            "list_campaign_templates",
            run!(|c| c.website().list_campaign_templates(&w(), 1)),
        )
        .data(json!([{
            "template_id": "a4876300-4dae-47f7-8599-3bf9283f36c2",
            "type": "custom",
            "name": "HTML Template",
            "format": "html"
        }])),
        Sample::website(
            "create_new_campaign_template",
            run!(|c| c.website().create_new_campaign_template(
                &w(),
                CampaignFormat::Html,
                "HTML Template"
            )),
        )
        .body(json!({"format": "html", "name": "HTML Template"}))
        .data(json!({"template_id": "a4876300-4dae-47f7-8599-3bf9283f36c2"})),
        Sample::website(
            "check_campaign_template_exists",
            run!(|c| c.website().check_campaign_template_exists(&w(), &t())),
        ),
        Sample::website(
            "get_campaign_template",
            run!(|c| c.website().get_campaign_template(&w(), &t())),
        )
        .data(json!({
            "template_id": "a4876300-4dae-47f7-8599-3bf9283f36c2",
            "type": "custom",
            "format": "html",
            "content": "<html><body>{{message}}</body></html>"
        })),
        Sample::website(
            "save_campaign_template",
            run!(|c| c.website().save_campaign_template(&w(), &t(), &template_save())),
        )
        .body(template_save_json()),
        Sample::website(
            "update_campaign_template",
            run!(|c| c.website().update_campaign_template(
                &w(),
                &t(),
                &CampaignTemplateUpdate::new().name("Renamed")
            )),
        )
        .body(json!({"name": "Renamed"})),
        Sample::website(
            "remove_campaign_template",
            run!(|c| c.website().remove_campaign_template(&w(), &t())),
        ),
        // Inboxes.
        Sample::website("list_inboxes", run!(|c| c.website().list_inboxes(&w(), 1))).data(
            json!([{
                "inbox_id": "bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9",
                "name": "Billing",
                "emoji": "💳",
                "order": 1,
                "operators": ["a4c32c68-be91-4e29-8a05-976e93abbe3f"],
                "operator": "or",
                "conditions": [
                    {"model": "session", "criterion": "segments", "operator": "eq", "query": ["billing"]}
                ],
                "created_at": 1718020000000u64,
                "updated_at": 1718030000000u64
            }]),
        ),
        Sample::website(
            "batch_order_inboxes",
            run!(|c| c.website().batch_order_inboxes(
                &w(),
                &InboxOrders::from_iter([
                    InboxOrder::new("3e2b1c4d-5f6a-4b7c-8d9e-0f1a2b3c4d5e", 1),
                    InboxOrder::new(i(), 2),
                ])
            )),
        )
        .body(json!({"orders": [
            {"inbox_id": "3e2b1c4d-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "order": 1},
            {"inbox_id": "bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9", "order": 2}
        ]})),
        Sample::website(
            "create_new_inbox",
            run!(|c| c.website().create_new_inbox(&w(), &inbox_save())),
        )
        .body(inbox_save_json())
        .data(json!({"inbox_id": "bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9"})),
        Sample::website(
            "check_inbox_exists",
            run!(|c| c.website().check_inbox_exists(&w(), &i())),
        ),
        Sample::website("get_inbox", run!(|c| c.website().get_inbox(&w(), &i()))).data(json!({
            "inbox_id": "bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9",
            "name": "Billing",
            "operator": "and",
            "conditions": [{"model": "session", "criterion": "email", "operator": "neq", "query": ["a@b.c"]}]
        })),
        Sample::website(
            "save_inbox",
            run!(|c| c.website().save_inbox(&w(), &i(), &inbox_save())),
        )
        .body(inbox_save_json()),
        Sample::website(
            "delete_inbox",
            run!(|c| c.website().delete_inbox(&w(), &i())),
        ),
    ]
}
