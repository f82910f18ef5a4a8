//! The routes of the website itself, its settings, connect endpoints, verification, availability, analytics, operators, teams, inboxes, batch operations and visitors.

use crisp_types::website::analytics::AnalyticsPoint;
use crisp_types::website::analytics::AnalyticsQuery;
use crisp_types::website::availability::OperatorAvailability;
use crisp_types::website::availability::WebsiteAvailabilityStatus;
use crisp_types::website::batch::BatchBlock;
use crisp_types::website::batch::BatchConversations;
use crisp_types::website::batch::BatchConversationsData;
use crisp_types::website::batch::BatchConversationsSegments;
use crisp_types::website::batch::BatchInbox;
use crisp_types::website::batch::BatchReport;
use crisp_types::website::batch::BatchRouting;
use crisp_types::website::inbox::Inbox;
use crisp_types::website::inbox::InboxNew;
use crisp_types::website::inbox::InboxOrders;
use crisp_types::website::inbox::InboxSave;
use crisp_types::website::settings::WebsiteSettings;
use crisp_types::website::settings::WebsiteSettingsUpdate;
use crisp_types::website::team::NewTeam;
use crisp_types::website::team::Team;
use crisp_types::website::team::TeamSave;
use crisp_types::website::verify::VerifyKey;
use crisp_types::website::verify::VerifySettings;
use crisp_types::website::verify::VerifySettingsUpdate;
use crisp_types::website::visitors::BlockedVisitorsCounts;
use crisp_types::website::visitors::BlockedVisitorsInRule;
use crisp_types::website::visitors::Visitor;
use crisp_types::website::visitors::VisitorToken;
use crisp_types::website::visitors::VisitorsCount;
use crisp_types::website::visitors::VisitorsMapPoint;

use super::{Collection, Op, Route};

/// Inboxes.
pub(super) static INBOXES: Collection = Collection {
    name: "inboxes",
    id: "inbox_id",
    singleton: false,
    template: r#"{"name":"","created_at":0,"updated_at":0}"#,
    missing: "inbox_not_found",
};

/// Teams.
pub(super) static TEAMS: Collection = Collection {
    name: "teams",
    id: "team_id",
    singleton: false,
    template: r#"{"name":""}"#,
    missing: "team_not_found",
};

#[allow(clippy::too_many_lines)]
pub(super) fn routes() -> Vec<Route> {
    vec![
        // check_website_exists
        Route::head("/website")
            .query(&["domain"])
            .served(),
        // create_website
        Route::post("/website")
            .served(),
        // get_website
        Route::get("/website/{website_id}")
            .served(),
        // delete_website
        Route::delete("/website/{website_id}")
            .served(),
        // abort_website_deletion
        Route::delete("/website/{website_id}/expunge")
            .done(),
        // generate_analytics
        Route::post("/website/{website_id}/analytics/generate")
            .body::<AnalyticsQuery>()
            .answer::<Vec<AnalyticsPoint>>(r#"[{"hits":42,"period":"2024-01-01T00:00:00.000Z","split_by":"default","value":42},{"hits":8,"period":"2024-01-02T00:00:00.000Z","value":12.5}]"#),
        // get_website_availability_status
        Route::get("/website/{website_id}/availability/status")
            .answer::<WebsiteAvailabilityStatus>(r#"{"since":1700000000000,"status":"online"}"#),
        // list_website_operator_availabilities
        Route::get("/website/{website_id}/availability/operators")
            .answer::<Vec<OperatorAvailability>>(r#"[{"time":{"for":3600,"since":1700000000000},"type":"online","user_id":"a4c32c68-be91-4e29-8a05-976e93abbe3f"}]"#),
        // batch_resolve_conversations
        Route::patch("/website/{website_id}/batch/resolve")
            .body::<BatchConversations>()
            .done(),
        // batch_unresolve_conversations
        Route::patch("/website/{website_id}/batch/unresolve")
            .body::<BatchConversations>()
            .done(),
        // batch_read_conversations
        Route::patch("/website/{website_id}/batch/read")
            .body::<BatchConversations>()
            .done(),
        // batch_unread_conversations
        Route::patch("/website/{website_id}/batch/unread")
            .body::<BatchConversations>()
            .done(),
        // batch_remove_conversations, batch_remove_people
        Route::patch("/website/{website_id}/batch/remove")
            .body::<BatchConversations>()
            .fields(&["people"])
            .done(),
        // batch_report_conversations
        Route::post("/website/{website_id}/batch/report")
            .body::<BatchReport>()
            .done(),
        // batch_block_conversations
        Route::patch("/website/{website_id}/batch/block")
            .body::<BatchBlock>()
            .done(),
        // batch_routing_conversations
        Route::patch("/website/{website_id}/batch/routing")
            .body::<BatchRouting>()
            .done(),
        // batch_inbox_conversations
        Route::patch("/website/{website_id}/batch/inbox")
            .body::<BatchInbox>()
            .done(),
        // batch_update_conversations_data, batch_update_people_data
        Route::patch("/website/{website_id}/batch/data")
            .body::<BatchConversationsData>()
            .fields(&["data", "people"])
            .done(),
        // batch_update_conversations_segments, batch_update_people_segments
        Route::patch("/website/{website_id}/batch/segments")
            .body::<BatchConversationsSegments>()
            .fields(&["people", "segments"])
            .done(),
        // get_connect_endpoints
        Route::get("/website/{website_id}/connect/endpoints")
            .served(),
        // list_inboxes
        Route::get("/website/{website_id}/inboxes/list/{page_number}")
            .crud_as::<Inbox>(&INBOXES, Op::List, r#"[{"conditions":[{"criterion":"segments","model":"session","operator":"eq","query":["billing"]}],"created_at":1718020000000,"emoji":"💳","inbox_id":"bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9","name":"Billing","operator":"or","operators":["a4c32c68-be91-4e29-8a05-976e93abbe3f"],"order":1,"updated_at":1718030000000}]"#),
        // batch_order_inboxes
        Route::patch("/website/{website_id}/inboxes/batch/order")
            .body::<InboxOrders>()
            .done(),
        // create_new_inbox
        Route::post("/website/{website_id}/inbox")
            .body::<InboxSave>()
            .crud_as::<InboxNew>(&INBOXES, Op::Create, r#"{"inbox_id":"bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9"}"#),
        // check_inbox_exists
        Route::head("/website/{website_id}/inbox/{inbox_id}")
            .crud(&INBOXES, Op::Exists),
        // get_inbox
        Route::get("/website/{website_id}/inbox/{inbox_id}")
            .crud_as::<Inbox>(&INBOXES, Op::Get, r#"{"conditions":[{"criterion":"email","model":"session","operator":"neq","query":["a@b.c"]}],"inbox_id":"bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9","name":"Billing","operator":"and"}"#),
        // save_inbox
        Route::put("/website/{website_id}/inbox/{inbox_id}")
            .body::<InboxSave>()
            .crud(&INBOXES, Op::Save),
        // delete_inbox
        Route::delete("/website/{website_id}/inbox/{inbox_id}")
            .crud(&INBOXES, Op::Delete),
        // list_website_operators
        Route::get("/website/{website_id}/operators/list")
            .served(),
        // list_last_active_website_operators
        Route::get("/website/{website_id}/operators/active")
            .served(),
        // flush_last_active_website_operators
        Route::delete("/website/{website_id}/operators/active")
            .served(),
        // send_email_to_website_operators
        Route::post("/website/{website_id}/operators/email")
            .served(),
        // get_website_operator
        Route::get("/website/{website_id}/operator/{user_id}")
            .served(),
        // invite_website_operator
        Route::post("/website/{website_id}/operator")
            .served(),
        // change_operator_membership
        Route::patch("/website/{website_id}/operator/{user_id}")
            .served(),
        // unlink_operator_from_website
        Route::delete("/website/{website_id}/operator/{user_id}")
            .served(),
        // get_website_settings
        Route::get("/website/{website_id}/settings")
            .answer::<WebsiteSettings>(r#"{"chatbox":{"allowed_pages":[],"blocked_countries":["IT"],"tile":"default"},"contact":{"email":"contact@crisp.chat"},"domain":"crisp.chat","emails":{"rating":true},"hooks":{"enabled":true},"inbox":{"lock_removal":false},"name":"Crisp","website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc"}"#),
        // update_website_settings
        Route::patch("/website/{website_id}/settings")
            .body::<WebsiteSettingsUpdate>()
            .done(),
        // get_verify_settings
        Route::get("/website/{website_id}/verify/settings")
            .answer::<VerifySettings>(r#"{"enabled":true}"#),
        // update_verify_settings
        Route::patch("/website/{website_id}/verify/settings")
            .body::<VerifySettingsUpdate>()
            .done(),
        // get_verify_key
        Route::get("/website/{website_id}/verify/key")
            .answer::<VerifyKey>(r#"{"secret":"2e8d8b9ad1f84c6b9c7e8a1f3d5b2c4e"}"#),
        // roll_verify_key
        Route::post("/website/{website_id}/verify/key")
            .done(),
        // count_visitors
        Route::get("/website/{website_id}/visitors/count")
            .answer::<VisitorsCount>(r#"{"active":12,"count":37}"#),
        // list_visitors
        Route::get("/website/{website_id}/visitors/list/{page_number}")
            .list::<Visitor>(r#"[{"active":true,"initiated":true,"last_page":{"page_title":"Pricing - Crisp","page_url":"https://crisp.chat/en/pricing/"},"session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881"}]"#),
        // pinpoint_visitors_on_map
        Route::get("/website/{website_id}/visitors/map")
            .query(&["center_longitude", "center_latitude", "center_radius"])
            .answer::<Vec<VisitorsMapPoint>>(r#"[]"#),
        // get_session_identifier_from_token
        Route::get("/website/{website_id}/visitors/token/{token_id}")
            .answer::<VisitorToken>(r#"{"session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881"}"#),
        // count_blocked_visitors
        Route::get("/website/{website_id}/visitors/blocked")
            .answer::<BlockedVisitorsCounts>(r#"[{"blocked":14,"rule":["ip_range"]}]"#),
        // count_blocked_visitors_in_rule
        Route::get("/website/{website_id}/visitors/blocked/{rule}")
            .answer::<BlockedVisitorsInRule>(r#"14"#),
        // clear_blocked_visitors_in_rule
        Route::delete("/website/{website_id}/visitors/blocked/{rule}")
            .done(),
        // list_teams
        Route::get("/website/{website_id}/teams/list/{page_number}")
            .crud_as::<Team>(&TEAMS, Op::List, r#"[{"created_at":1738240000000,"emoji":"💳","name":"Billing","operators":["a4c32c68-be91-4e29-8a05-976e93abbe3f"],"team_id":"0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2","updated_at":1741263125412}]"#),
        // create_new_team
        Route::post("/website/{website_id}/team")
            .body::<TeamSave>()
            .crud_as::<NewTeam>(&TEAMS, Op::Create, r#"{"team_id":"0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2"}"#),
        // check_team_exists
        Route::head("/website/{website_id}/team/{team_id}")
            .crud(&TEAMS, Op::Exists),
        // get_team
        Route::get("/website/{website_id}/team/{team_id}")
            .crud_as::<Team>(&TEAMS, Op::Get, r#"{"name":"Billing","team_id":"0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2"}"#),
        // save_team
        Route::put("/website/{website_id}/team/{team_id}")
            .body::<TeamSave>()
            .crud(&TEAMS, Op::Save),
        // delete_team
        Route::delete("/website/{website_id}/team/{team_id}")
            .crud(&TEAMS, Op::Delete),
    ]
}
