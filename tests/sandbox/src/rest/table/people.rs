//! The routes of people: profiles, data, subscriptions, events, suggestions, import and export.

use crisp_types::website::people::NewPeopleEvent;
use crisp_types::website::people::PeopleCampaign;
use crisp_types::website::people::PeopleData;
use crisp_types::website::people::PeopleEvent;
use crisp_types::website::people::PeopleImport;
use crisp_types::website::people::PeopleImportSetup;
use crisp_types::website::people::PeopleSubscription;
use crisp_types::website::people::PeopleSubscriptionUpdate;
use crisp_types::website::people::PeopleSuggestedDataKey;
use crisp_types::website::people::PeopleSuggestedEvent;
use crisp_types::website::people::PeopleSuggestedSegment;

use super::{Collection, Op, Route};

/// The data of each people profile (`{"data":{…}}`, empty until written).
pub(super) static PEOPLE_DATA: Collection = Collection {
    name: "people_data",
    id: "people_id",
    singleton: true,
    template: r#"{"data":{}}"#,
    missing: "people_not_found",
};

/// The email subscription of each people profile (subscribed until changed).
pub(super) static PEOPLE_SUBSCRIPTIONS: Collection = Collection {
    name: "people_subscriptions",
    id: "people_id",
    singleton: true,
    template: r#"{"email":true}"#,
    missing: "people_not_found",
};

/// The events of each people profile, oldest first.
pub(super) static PEOPLE_EVENTS: Collection = Collection {
    name: "people_events",
    id: "event_id",
    singleton: false,
    template: r#"{"timestamp":0}"#,
    missing: "people_not_found",
};

#[allow(clippy::too_many_lines)]
pub(super) fn routes() -> Vec<Route> {
    vec![
        // get_people_statistics
        Route::get("/website/{website_id}/people/stats")
            .served(),
        // list_suggested_people_segments
        Route::get("/website/{website_id}/people/suggest/segments/{page_number}")
            .list::<PeopleSuggestedSegment>(r#"[{"count":812,"segment":"customer"}]"#),
        // delete_suggested_people_segment
        Route::delete("/website/{website_id}/people/suggest/segment")
            .fields(&["segment"])
            .done(),
        // list_suggested_people_data_keys
        Route::get("/website/{website_id}/people/suggest/data/{page_number}")
            .list::<PeopleSuggestedDataKey>(r#"[{"count":640,"key":"plan"}]"#),
        // delete_suggested_people_data_key
        Route::delete("/website/{website_id}/people/suggest/data")
            .fields(&["key"])
            .done(),
        // list_suggested_people_events
        Route::get("/website/{website_id}/people/suggest/events/{page_number}")
            .list::<PeopleSuggestedEvent>(r#"[{"count":2210,"text":"Added item to basket"}]"#),
        // delete_suggested_people_event
        Route::delete("/website/{website_id}/people/suggest/event")
            .fields(&["text"])
            .done(),
        // list_people_profiles
        Route::get("/website/{website_id}/people/profiles/{page_number}")
            .query(&["sort_field", "sort_order", "search_operator", "search_filter", "search_text"])
            .served(),
        // add_new_people_profile
        Route::post("/website/{website_id}/people/profile")
            .served(),
        // check_people_profile_exists
        Route::head("/website/{website_id}/people/profile/{people_id}")
            .served(),
        // get_people_profile
        Route::get("/website/{website_id}/people/profile/{people_id}")
            .served(),
        // save_people_profile
        Route::put("/website/{website_id}/people/profile/{people_id}")
            .served(),
        // update_people_profile
        Route::patch("/website/{website_id}/people/profile/{people_id}")
            .served(),
        // remove_people_profile
        Route::delete("/website/{website_id}/people/profile/{people_id}")
            .served(),
        // list_people_conversations
        Route::get("/website/{website_id}/people/conversations/{people_id}/list/{page_number}")
            .served(),
        // list_people_campaigns
        Route::get("/website/{website_id}/people/campaigns/{people_id}/list/{page_number}")
            .list::<PeopleCampaign>(r#"[{"campaign_id":"355d805f-a72f-457e-a3e5-5d01521f3cd8","name":"Welcome!","statistics":["delivered"],"type":"one-shot"}]"#),
        // add_people_event
        Route::post("/website/{website_id}/people/events/{people_id}")
            .body::<NewPeopleEvent>()
            .crud(&PEOPLE_EVENTS, Op::Append),
        // list_people_events
        Route::get("/website/{website_id}/people/events/{people_id}/list/{page_number}")
            .crud_as::<PeopleEvent>(&PEOPLE_EVENTS, Op::List, r#"[{"color":"green","text":"Signed up","timestamp":1523612612913}]"#),
        // get_people_data
        Route::get("/website/{website_id}/people/data/{people_id}")
            .crud_as::<PeopleData>(&PEOPLE_DATA, Op::Get, r#"{"data":{"signup":"finished","type":"customer"}}"#),
        // save_people_data
        Route::put("/website/{website_id}/people/data/{people_id}")
            .body::<PeopleData>()
            .crud(&PEOPLE_DATA, Op::Save),
        // update_people_data
        Route::patch("/website/{website_id}/people/data/{people_id}")
            .body::<PeopleData>()
            .crud(&PEOPLE_DATA, Op::Update),
        // get_people_subscription_status
        Route::get("/website/{website_id}/people/subscription/{people_id}")
            .crud_as::<PeopleSubscription>(&PEOPLE_SUBSCRIPTIONS, Op::Get, r#"{"email":true}"#),
        // update_people_subscription_status
        Route::patch("/website/{website_id}/people/subscription/{people_id}")
            .body::<PeopleSubscriptionUpdate>()
            .crud(&PEOPLE_SUBSCRIPTIONS, Op::Update),
        // export_people_profiles
        Route::post("/website/{website_id}/people/export/profiles")
            .done(),
        // import_people_profiles
        Route::post("/website/{website_id}/people/import/profiles")
            .body::<PeopleImportSetup>()
            .answer::<PeopleImport>(r#"{"import_id":"5e8f61a8-7d6b-4b7c-9c1a-3b4a2f0d9e11"}"#),
    ]
}
