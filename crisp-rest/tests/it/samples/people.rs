//! Samples of the `WebsitePeople` and `WebsiteVisitors` rows.

use crisp_rest::website::people::ListPeopleProfiles;
use crisp_rest::website::visitors::MapArea;
use crisp_types::website::conversation::{FilterMatch, FilterSearchQuery};
use crisp_types::website::people::{
    EventColor, NewPeopleEvent, PeopleData, PeopleImportOptions, PeopleImportSetup,
    PeopleProfileUpdate, PeopleSortOrder, PeopleSubscriptionUpdate,
};
use crisp_types::*;
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn p() -> PeopleId {
    PeopleId::new("c5a2f70c-f605-4648-b47f-8c39d4b03a50")
}

fn profile() -> PeopleProfileUpdate {
    PeopleProfileUpdate::new()
        .email("valerian@crisp.chat")
        .nickname("Valerian Saliou")
}

fn profile_json() -> serde_json::Value {
    json!({"email": "valerian@crisp.chat", "person": {"nickname": "Valerian Saliou"}})
}

fn filters() -> Vec<FilterSearchQuery> {
    vec![FilterSearchQuery::new(
        "segments",
        vec!["customer".to_owned()],
        "people",
        "eq",
    )]
}

fn import_setup() -> PeopleImportSetup {
    PeopleImportSetup::new("https://storage.crisp.chat/users/processing/import/contacts.csv")
        .map(1, "email")
        .map(2, "person.nickname")
        .options(
            PeopleImportOptions::new()
                .column_separator(";")
                .skip_header(true),
        )
}

pub(crate) fn samples() -> Vec<Sample> {
    let mut samples = people();
    samples.extend(visitors());
    samples
}

fn people() -> Vec<Sample> {
    vec![
        Sample::website(
            "get_people_statistics",
            run!(|c| c.website().get_people_statistics(&w())),
        )
        .data(json!({"total": 1204})),
        Sample::website(
            "list_suggested_people_segments",
            run!(|c| c.website().list_suggested_people_segments(&w(), 1)),
        )
        .data(json!([{"segment": "customer", "count": 812}])),
        Sample::website(
            "delete_suggested_people_segment",
            run!(|c| c.website().delete_suggested_people_segment(&w(), "poweruser")),
        )
        .body(json!({"segment": "poweruser"})),
        Sample::website(
            "list_suggested_people_data_keys",
            run!(|c| c.website().list_suggested_people_data_keys(&w(), 2)),
        )
        .data(json!([{"key": "plan", "count": 640}])),
        Sample::website(
            "delete_suggested_people_data_key",
            run!(|c| c.website().delete_suggested_people_data_key(&w(), "price")),
        )
        .body(json!({"key": "price"})),
        Sample::website(
            "list_suggested_people_events",
            run!(|c| c.website().list_suggested_people_events(&w(), 1)),
        )
        .data(json!([{"text": "Added item to basket", "count": 2210}])),
        Sample::website(
            "delete_suggested_people_event",
            run!(|c| c
                .website()
                .delete_suggested_people_event(&w(), "Removed item from basket")),
        )
        .body(json!({"text": "Removed item from basket"})),
        Sample::website(
            "list_people_profiles",
            run!(|c| c
                .website()
                .list_people_profiles(&w(), 1, ListPeopleProfiles::new())),
        )
        .data(json!([{"people_id": "c5a2f70c-f605-4648-b47f-8c39d4b03a50", "email": "valerian@crisp.chat"}]))
        .query(""),
        Sample::website(
            "list_people_profiles",
            run!(|c| c.website().list_people_profiles(
                &w(),
                2,
                ListPeopleProfiles::new()
                    .sort_field("nickname")
                    .sort_order(PeopleSortOrder::Ascending)
                    .search_filter(filters())
                    .search_operator(FilterMatch::Or)
                    .search_text("valerian saliou")
            )),
        )
        .data(json!([]))
        .query(concat!(
            "sort_field=nickname&sort_order=ascending&search_operator=or",
            "&search_filter=%5B%7B%22criterion%22%3A%22segments%22%2C%22query%22%3A%5B%22customer%22%5D",
            "%2C%22model%22%3A%22people%22%2C%22operator%22%3A%22eq%22%7D%5D",
            "&search_text=valerian%20saliou"
        )),
        Sample::website(
            "add_new_people_profile",
            run!(|c| c.website().add_new_people_profile(&w(), &profile())),
        )
        .data(json!({"people_id": "c5a2f70c-f605-4648-b47f-8c39d4b03a50"}))
        .body(profile_json()),
        Sample::website(
            "check_people_profile_exists",
            run!(|c| c.website().check_people_profile_exists(&w(), &p())),
        ),
        Sample::website(
            "get_people_profile",
            run!(|c| c.website().get_people_profile(&w(), &p())),
        )
        .data(json!({
            "people_id": "c5a2f70c-f605-4648-b47f-8c39d4b03a50",
            "email": "valerian@crisp.chat",
            "person": {"nickname": "Valerian Saliou"},
            "segments": ["customer"],
            "active": {"now": false, "last": 1_710_240_000_000_u64}
        })),
        Sample::website(
            "save_people_profile",
            run!(|c| c.website().save_people_profile(&w(), &p(), &profile())),
        )
        .body(profile_json()),
        Sample::website(
            "update_people_profile",
            run!(|c| c.website().update_people_profile(
                &w(),
                &p(),
                &PeopleProfileUpdate::new().segments(["customer", "poweruser"])
            )),
        )
        .body(json!({"segments": ["customer", "poweruser"]})),
        Sample::website(
            "remove_people_profile",
            run!(|c| c.website().remove_people_profile(&w(), &p())),
        ),
        Sample::website(
            "list_people_conversations",
            run!(|c| c.website().list_people_conversations(&w(), &p(), 1)),
        )
        .data(json!(["session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881"])),
        Sample::website(
            "list_people_campaigns",
            run!(|c| c.website().list_people_campaigns(&w(), &p(), 1)),
        )
        .data(json!([{
            "campaign_id": "355d805f-a72f-457e-a3e5-5d01521f3cd8",
            "type": "one-shot",
            "name": "Welcome!",
            "statistics": ["delivered"]
        }])),
        Sample::website(
            "add_people_event",
            run!(|c| c.website().add_people_event(
                &w(),
                &p(),
                &NewPeopleEvent::new("Added item to basket")
                    .data_entry("price", 10.99)
                    .data_entry("currency", "USD")
                    .color(EventColor::Red)
            )),
        )
        .body(json!({
            "text": "Added item to basket",
            "data": {"price": 10.99, "currency": "USD"},
            "color": "red"
        })),
        Sample::website(
            "list_people_events",
            run!(|c| c.website().list_people_events(&w(), &p(), 1)),
        )
        .data(json!([{"text": "Signed up", "color": "green", "timestamp": 1_523_612_612_913_u64}])),
        Sample::website(
            "get_people_data",
            run!(|c| c.website().get_people_data(&w(), &p())),
        )
        .data(json!({"data": {"type": "customer", "signup": "finished"}})),
        Sample::website(
            "save_people_data",
            run!(|c| c.website().save_people_data(
                &w(),
                &p(),
                &PeopleData::new()
                    .set("type", "customer")
                    .set("signup", "finished")
            )),
        )
        .body(json!({"data": {"type": "customer", "signup": "finished"}})),
        Sample::website(
            "update_people_data",
            run!(|c| c.website().update_people_data(
                &w(),
                &p(),
                &PeopleData::new().set("seats", 3)
            )),
        )
        .body(json!({"data": {"seats": 3}})),
        Sample::website(
            "get_people_subscription_status",
            run!(|c| c.website().get_people_subscription_status(&w(), &p())),
        )
        .data(json!({"email": true})),
        Sample::website(
            "update_people_subscription_status",
            run!(|c| c.website().update_people_subscription_status(
                &w(),
                &p(),
                &PeopleSubscriptionUpdate::email(false)
            )),
        )
        .body(json!({"email": false})),
        Sample::website(
            "export_people_profiles",
            run!(|c| c.website().export_people_profiles(&w())),
        ),
        Sample::website(
            "import_people_profiles",
            run!(|c| c.website().import_people_profiles(&w(), &import_setup())),
        )
        .data(json!({"import_id": "5e8f61a8-7d6b-4b7c-9c1a-3b4a2f0d9e11"}))
        .body(json!({
            "url": "https://storage.crisp.chat/users/processing/import/contacts.csv",
            "mapping": [
                {"column": 1, "field": "email"},
                {"column": 2, "field": "person.nickname"}
            ],
            "options": {"column_separator": ";", "skip_header": true}
        })),
    ]
}

fn visitors() -> Vec<Sample> {
    vec![
        Sample::website("count_visitors", run!(|c| c.website().count_visitors(&w())))
            .data(json!({"count": 37, "active": 12})),
        Sample::website(
            "list_visitors",
            run!(|c| c.website().list_visitors(&w(), 1)),
        )
        .data(json!([{
            "session_id": "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
            "initiated": true,
            "active": true,
            "last_page": {"page_title": "Pricing - Crisp", "page_url": "https://crisp.chat/en/pricing/"}
        }])),
        Sample::website(
            "pinpoint_visitors_on_map",
            run!(|c| c.website().pinpoint_visitors_on_map(&w(), None)),
        )
        .data(json!([]))
        .query(""),
        Sample::website(
            "pinpoint_visitors_on_map",
            run!(|c| c
                .website()
                .pinpoint_visitors_on_map(&w(), Some(MapArea::new(-1.5536, 47.2184, 50)))),
        )
        .data(json!([{
            "visitors": {"count": 2, "threshold": 50},
            "geolocation": {"coordinates": {"latitude": 47.2184, "longitude": -1.5536}, "city": "Nantes"}
        }]))
        .query("center_longitude=-1.5536&center_latitude=47.2184&center_radius=50"),
        Sample::website(
            "get_session_identifier_from_token",
            run!(|c| c.website().get_session_identifier_from_token(
                &w(),
                &TokenId::new("d3c17241-1327-47d7-9d8e-b89ff7bd2904")
            )),
        )
        .data(json!({"session_id": "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881"})),
        Sample::website(
            "count_blocked_visitors",
            run!(|c| c.website().count_blocked_visitors(&w())),
        )
        .data(json!([{"rule": ["ip_range"], "blocked": 14}])),
        Sample::website(
            "count_blocked_visitors_in_rule",
            run!(|c| c.website().count_blocked_visitors_in_rule(&w(), "ip_range")),
        )
        .data(json!(14)),
        Sample::website(
            "clear_blocked_visitors_in_rule",
            run!(|c| c.website().clear_blocked_visitors_in_rule(&w(), "ip_range")),
        ),
    ]
}
