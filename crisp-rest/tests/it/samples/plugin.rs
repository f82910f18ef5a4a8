use crisp_rest::plugin::connect::ConnectWebsites;
use crisp_types::plugin::subscription::{
    PluginChannelForward, PluginEventDispatch, PluginSettings, PluginUsageReport,
};
use crisp_types::{PluginId, WebsiteId};
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn p() -> PluginId {
    PluginId::new("c64f3595-adee-425a-8d3a-89d47f7ed6bb")
}

fn settings() -> PluginSettings {
    PluginSettings::new().set("chatbox", json!({"25": "#bbbbbb"}))
}

fn plugin(method: &'static str, run: super::Run) -> Sample {
    Sample::new("plugin", method, run)
}

pub(crate) fn samples() -> Vec<Sample> {
    vec![
        // Plugin connect.
        plugin(
            "get_connect_account",
            run!(|c| c.plugin().get_connect_account()),
        )
        .data(json!({"plugin_id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb"})),
        plugin(
            "check_connect_session_validity",
            run!(|c| c.plugin().check_connect_session_validity()),
        ),
        plugin(
            "list_all_connect_websites",
            run!(|c| c
                .plugin()
                .list_all_connect_websites(1, ConnectWebsites::new())),
        )
        .query("filter_configured=0&include_plan=0")
        .data(json!([{"website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc", "settings": {}}])),
        plugin(
            "list_all_connect_websites",
            run!(|c| c.plugin().list_all_connect_websites(
                2,
                ConnectWebsites::new()
                    .filter_configured(true)
                    .include_plan(true)
            )),
        )
        .query("filter_configured=1&include_plan=1")
        .data(json!([{
            "website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc",
            "token": "4bb2ec1c-1c88-4b70-9bfd-95dfc8a6e2ff",
            "plan": {"id": "8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a", "name": "Unlimited", "trialing": false}
        }])),
        plugin(
            "list_connect_websites_since",
            run!(|c| c.plugin().list_connect_websites_since(
                "2023-08-16T09:00:00Z",
                ConnectWebsites::new().filter_configured(true)
            )),
        )
        .query("filter_configured=1&include_plan=0&date_since=2023-08-16T09%3A00%3A00Z")
        .data(json!([{"website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc", "difference": "added"}])),
        plugin(
            "get_connect_endpoints",
            run!(|c| c.plugin().get_connect_endpoints()),
        )
        .data(json!({
            "socket": {"app": "wss://plugin.relay.crisp.chat/"},
            "rescue": {"socket": {"app": "wss://plugin.relay.rescue.crisp.chat/"}}
        })),
        // Plugin subscriptions.
        plugin(
            "list_all_active_subscriptions",
            run!(|c| c.plugin().list_all_active_subscriptions()),
        )
        .data(json!([{"id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb", "name": "Slack", "active": true}])),
        plugin(
            "list_subscriptions_for_website",
            run!(|c| c.plugin().list_subscriptions_for_website(&w())),
        )
        .data(json!([{"id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb", "bill_period": "monthly"}])),
        plugin(
            "get_subscription_details",
            run!(|c| c.plugin().get_subscription_details(&w(), &p())),
        )
        .data(json!({
            "id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb",
            "urn": "urn:crisp.im:slack:0",
            "plans": [{"id": "free", "name": "Free", "price": 0}],
            "price": 9.9
        })),
        plugin(
            "subscribe_website_to_plugin",
            run!(|c| c.plugin().subscribe_website_to_plugin(&w(), &p())),
        )
        .body(json!({"plugin_id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb"})),
        plugin(
            "unsubscribe_plugin_from_website",
            run!(|c| c.plugin().unsubscribe_plugin_from_website(&w(), &p())),
        ),
        plugin(
            "get_subscription_settings",
            run!(|c| c.plugin().get_subscription_settings(&w(), &p())),
        )
        .data(json!({
            "plugin_id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb",
            "website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc",
            "schema": {"type": "object"},
            "settings": {"chatbox": {"25": "#bbbbbb"}}
        })),
        plugin(
            "save_subscription_settings",
            run!(|c| c.plugin().save_subscription_settings(&w(), &p(), &settings())),
        )
        .body(json!({"chatbox": {"25": "#bbbbbb"}})),
        plugin(
            "update_subscription_settings",
            run!(|c| c
                .plugin()
                .update_subscription_settings(&w(), &p(), &settings())),
        )
        .body(json!({"chatbox": {"25": "#bbbbbb"}})),
        plugin(
            "get_plugin_usage_bills",
            run!(|c| c.plugin().get_plugin_usage_bills(&w(), &p())),
        )
        .data(json!([{"name": "Paid messages sent", "units": 250, "price": 0.1}])),
        plugin(
            "report_plugin_usage_to_bill",
            run!(|c| c.plugin().report_plugin_usage_to_bill(
                &w(),
                &p(),
                &PluginUsageReport::new("Paid messages sent", 250, 0.1)
            )),
        )
        .body(json!({"name": "Paid messages sent", "units": 250, "price": 0.1})),
        plugin(
            "get_plugin_attest_provenance",
            run!(|c| c.plugin().get_plugin_attest_provenance(&w(), &p())),
        )
        .data(json!({
            "payload": {
                "website": {"website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc"},
                "user": {"user_id": "a4b5f3d2-8c7e-4f1a-9b2c-3d4e5f6a7b8c", "role": "owner"},
                "plugin": {"plugin_id": "c64f3595-adee-425a-8d3a-89d47f7ed6bb"}
            },
            "signed": "d1f0a4b6c2e8f3a5"
        })),
        plugin(
            "forward_plugin_payload_to_channel",
            run!(|c| c.plugin().forward_plugin_payload_to_channel(
                &w(),
                &p(),
                &PluginChannelForward::new("bot:step", json!({"step": 1}))
            )),
        )
        .body(json!({"namespace": "bot:step", "payload": {"step": 1}})),
        plugin(
            "dispatch_plugin_event",
            run!(|c| c.plugin().dispatch_plugin_event(
                &w(),
                &p(),
                &PluginEventDispatch::new("bot-is-running")
                    .data("bot", "Sales")
                    .data("email", "valerian@crisp.chat")
            )),
        )
        .body(json!({
            "name": "bot-is-running",
            "data": {"bot": "Sales", "email": "valerian@crisp.chat"}
        })),
    ]
}
