use crisp_types::WebsiteId;
use crisp_types::plan::subscription::BillPeriod;
use serde_json::json;

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn plan(method: &'static str, run: super::Run) -> Sample {
    Sample::new("plan", method, run)
}

pub(crate) fn samples() -> Vec<Sample> {
    vec![
        plan(
            "list_all_active_subscriptions",
            run!(|c| c.plan().list_all_active_subscriptions()),
        )
        .data(json!([{
            "id": "8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a",
            "name": "Unlimited",
            "price": 95,
            "bill_period": "monthly",
            "website": {"id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc", "domain": "acme.example.com"}
        }])),
        plan(
            "get_plan_subscription_for_website",
            run!(|c| c.plan().get_plan_subscription_for_website(&w())),
        )
        .data(json!({
            "id": "8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a",
            "trialing": true,
            "owner": {"user_id": "a4b5f3d2-8c7e-4f1a-9b2c-3d4e5f6a7b8c", "email": "jane@acme.example.com"}
        })),
        plan(
            "subscribe_website_to_plan",
            run!(|c| c
                .plan()
                .subscribe_website_to_plan(&w(), "8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a")),
        )
        .body(json!({"plan_id": "8678d7a9-3e74-4a7e-a3b7-d9d3fb1f4a0a"})),
        plan(
            "unsubscribe_plan_from_website",
            run!(|c| c.plan().unsubscribe_plan_from_website(&w())),
        ),
        plan(
            "change_bill_period_for_website_plan_subscription",
            run!(|c| c
                .plan()
                .change_bill_period_for_website_plan_subscription(&w(), BillPeriod::Yearly)),
        )
        .body(json!({"period": "yearly"})),
        plan(
            "check_coupon_availability_for_website_plan_subscription",
            run!(|c| c
                .plan()
                .check_coupon_availability_for_website_plan_subscription(&w(), "WELCOME20")),
        )
        .query("code=WELCOME20")
        .data(json!({
            "code": "WELCOME20",
            "policy": {"rebate_percent": 20, "trial_days": 7},
            "redeem_limit": 100,
            "expire_at": "2025-12-31T23:59:59.000Z"
        })),
        plan(
            "redeem_coupon_for_website_plan_subscription",
            run!(|c| c
                .plan()
                .redeem_coupon_for_website_plan_subscription(&w(), "WELCOME20")),
        )
        .body(json!({"code": "WELCOME20"})),
    ]
}
