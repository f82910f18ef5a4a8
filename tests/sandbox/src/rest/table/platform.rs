//! The routes of the plugin, plan, media and bucket services (outside `/website`).

use crisp_types::media::animation::AnimationMedia;
use crisp_types::plan::subscription::PlanSubscription;
use crisp_types::plan::subscription::PlanSubscriptionCoupon;
use crisp_types::plugin::subscription::PluginAttestProvenance;
use crisp_types::plugin::subscription::PluginChannelForward;
use crisp_types::plugin::subscription::PluginEventDispatch;
use crisp_types::plugin::subscription::PluginSettings;
use crisp_types::plugin::subscription::PluginSubscription;
use crisp_types::plugin::subscription::PluginUsageBill;
use crisp_types::plugin::subscription::PluginUsageReport;

use super::Route;

#[allow(clippy::too_many_lines)]
pub(super) fn routes() -> Vec<Route> {
    vec![
        // get_connect_account
        Route::get("/plugin/connect/account")
            .served(),
        // check_connect_session_validity
        Route::head("/plugin/connect/session")
            .served(),
        // list_all_connect_websites
        Route::get("/plugin/connect/websites/all/{page_number}")
            .query(&["filter_configured", "include_plan"])
            .served(),
        // list_connect_websites_since
        Route::get("/plugin/connect/websites/since")
            .query(&["filter_configured", "include_plan", "date_since"])
            .served(),
        // get_connect_endpoints
        Route::get("/plugin/connect/endpoints")
            .served(),
        // list_all_active_subscriptions
        Route::get("/plugins/subscription")
            .answer::<Vec<PluginSubscription>>(r#"[{"active":true,"id":"c64f3595-adee-425a-8d3a-89d47f7ed6bb","name":"Slack"}]"#),
        // list_subscriptions_for_website
        Route::get("/plugins/subscription/{website_id}")
            .answer::<Vec<PluginSubscription>>(r#"[{"bill_period":"monthly","id":"c64f3595-adee-425a-8d3a-89d47f7ed6bb"}]"#),
        // get_subscription_details
        Route::get("/plugins/subscription/{website_id}/{plugin_id}")
            .answer::<PluginSubscription>(r#"{"id":"c64f3595-adee-425a-8d3a-89d47f7ed6bb","plans":[{"id":"free","name":"Free","price":0}],"price":9.9,"urn":"urn:crisp.im:slack:0"}"#),
        // subscribe_website_to_plugin
        Route::post("/plugins/subscription/{website_id}")
            .fields(&["plugin_id"])
            .served(),
        // unsubscribe_plugin_from_website
        Route::delete("/plugins/subscription/{website_id}/{plugin_id}")
            .served(),
        // get_subscription_settings
        Route::get("/plugins/subscription/{website_id}/{plugin_id}/settings")
            .served(),
        // save_subscription_settings
        Route::put("/plugins/subscription/{website_id}/{plugin_id}/settings")
            .body::<PluginSettings>()
            .served(),
        // update_subscription_settings
        Route::patch("/plugins/subscription/{website_id}/{plugin_id}/settings")
            .body::<PluginSettings>()
            .served(),
        // get_plugin_usage_bills
        Route::get("/plugins/subscription/{website_id}/{plugin_id}/bill/usage")
            .answer::<Vec<PluginUsageBill>>(r#"[{"name":"Paid messages sent","price":0.1,"units":250}]"#),
        // report_plugin_usage_to_bill
        Route::post("/plugins/subscription/{website_id}/{plugin_id}/bill/usage")
            .body::<PluginUsageReport>()
            .done(),
        // get_plugin_attest_provenance
        Route::get("/plugins/subscription/{website_id}/{plugin_id}/attest/provenance")
            .answer::<PluginAttestProvenance>(r#"{"payload":{"plugin":{"plugin_id":"c64f3595-adee-425a-8d3a-89d47f7ed6bb"},"user":{"role":"owner","user_id":"a4b5f3d2-8c7e-4f1a-9b2c-3d4e5f6a7b8c"},"website":{"website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc"}},"signed":"d1f0a4b6c2e8f3a5"}"#),
        // forward_plugin_payload_to_channel
        Route::post("/plugins/subscription/{website_id}/{plugin_id}/channel")
            .body::<PluginChannelForward>()
            .done(),
        // dispatch_plugin_event
        Route::post("/plugins/subscription/{website_id}/{plugin_id}/event")
            .body::<PluginEventDispatch>()
            .done(),
        // list_all_active_subscriptions
        Route::get("/plans/subscription")
            .answer::<Vec<PlanSubscription>>(r#"[{"bill_period":"monthly","id":"8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a","name":"Unlimited","price":95,"website":{"domain":"acme.example.com","id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc"}}]"#),
        // get_plan_subscription_for_website
        Route::get("/plans/subscription/{website_id}")
            .answer::<PlanSubscription>(r#"{"id":"8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a","owner":{"email":"jane@acme.example.com","user_id":"a4b5f3d2-8c7e-4f1a-9b2c-3d4e5f6a7b8c"},"trialing":true}"#),
        // subscribe_website_to_plan
        Route::post("/plans/subscription/{website_id}")
            .fields(&["plan_id"])
            .done(),
        // unsubscribe_plan_from_website
        Route::delete("/plans/subscription/{website_id}")
            .done(),
        // change_bill_period_for_website_plan_subscription
        Route::patch("/plans/subscription/{website_id}/bill/period")
            .fields(&["period"])
            .done(),
        // check_coupon_availability_for_website_plan_subscription
        Route::get("/plans/subscription/{website_id}/coupon")
            .query(&["code"])
            .answer::<PlanSubscriptionCoupon>(r#"{"code":"WELCOME20","expire_at":"2025-12-31T23:59:59.000Z","policy":{"rebate_percent":20,"trial_days":7},"redeem_limit":100}"#),
        // redeem_coupon_for_website_plan_subscription
        Route::patch("/plans/subscription/{website_id}/coupon")
            .fields(&["code"])
            .done(),
        // list_animation_medias
        Route::get("/media/animation/list/{page_number}")
            .query(&["list_id", "search_query"])
            .list::<AnimationMedia>(r#"[{"type":"image/gif","url":"https://media.giphy.com/media/111ebonMs90YLu/giphy.gif"}]"#),
        // generate_bucket_url
        Route::post("/bucket/url/generate")
            .served(),
    ]
}
