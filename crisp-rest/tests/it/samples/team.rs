use crisp_types::WebsiteId;
use crisp_types::id::TeamId;
use crisp_types::website::team::TeamSave;
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn t() -> TeamId {
    TeamId::new("0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2")
}

fn team() -> TeamSave {
    TeamSave::new("Billing")
        .emoji("💳")
        .operator("a4c32c68-be91-4e29-8a05-976e93abbe3f")
}

pub(crate) fn samples() -> Vec<Sample> {
    vec![
        Sample::website("list_teams", run!(|c| c.website().list_teams(&w(), 1))).data(json!([
            {"team_id": "0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2", "name": "Billing", "emoji": "💳",
             "operators": ["a4c32c68-be91-4e29-8a05-976e93abbe3f"],
             "created_at": 1_738_240_000_000_u64, "updated_at": 1_741_263_125_412_u64}
        ])),
        Sample::website(
            "create_new_team",
            run!(|c| c.website().create_new_team(&w(), &team())),
        )
        .body(json!({"name": "Billing", "emoji": "💳", "operators": ["a4c32c68-be91-4e29-8a05-976e93abbe3f"]}))
        .data(json!({"team_id": "0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2"})),
        Sample::website(
            "check_team_exists",
            run!(|c| c.website().check_team_exists(&w(), &t())),
        ),
        Sample::website("get_team", run!(|c| c.website().get_team(&w(), &t())))
            .data(json!({"team_id": "0e0d3c5f-43a4-4c4d-9c1a-3e6b14a8b1f2", "name": "Billing"})),
        Sample::website(
            "save_team",
            run!(|c| c
                .website()
                .save_team(&w(), &t(), &TeamSave::new("Billing"))),
        )
        .body(json!({"name": "Billing", "operators": []})),
        Sample::website("delete_team", run!(|c| c.website().delete_team(&w(), &t()))),
    ]
}
