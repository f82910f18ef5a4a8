//! Plan subscriptions: the Crisp plan a website is subscribed to, its billing period and
//! coupons.

use serde::{Deserialize, Serialize};
use serde_json::Number;

use crate::id::{UserId, WebsiteId};

crate::string_enum! {
    /// How often a subscription is billed (`bill_period`, `period`).
    pub enum BillPeriod {
        /// Billed every month.
        Monthly = "monthly",
        /// Billed every year.
        Yearly = "yearly",
    }
}

crate::model! {
    /// A website's subscription to a Crisp plan (get plan subscription for a website, list
    /// all active plan subscriptions).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PlanSubscription {
        /// Plan identifier.
        pub id: Option<String>,
        /// Plan name (e.g. `Unlimited`).
        pub name: Option<String>,
        /// Plan price, as sent (integer or decimal).
        pub price: Option<Number>,
        /// Length of the trial, in days.
        pub trial_days: Option<u32>,
        /// When the subscription started (ISO 8601 date).
        pub since: Option<String>,
        /// Whether the subscription is in its trial period.
        pub trialing: Option<bool>,
        /// When the trial ends (ISO 8601 date).
        pub trial_end: Option<String>,
        /// When the trial ends, as a calendar date.
        pub trial_end_date: Option<String>,
        /// How often the subscription is billed.
        pub bill_period: Option<BillPeriod>,
        /// Until when the current bill is paid for (ISO 8601 date).
        pub bill_valid_until: Option<String>,
        /// Whether the subscription is active.
        pub active: Option<bool>,
        /// Whether this is a sandbox (test) subscription.
        pub sandbox: Option<bool>,
        /// The website subscribed.
        pub website: Option<PlanSubscriptionWebsite>,
        /// Whether a coupon was redeemed on this subscription.
        pub coupon_redeemed: Option<bool>,
        /// Payment card the subscription is billed to.
        pub card_id: Option<String>,
        /// The user who pays for the subscription.
        pub owner: Option<PlanSubscriptionOwner>,
    }
}

crate::model! {
    /// The website a plan subscription is for (`website`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PlanSubscriptionWebsite {
        /// Website identifier.
        pub id: Option<WebsiteId>,
        /// Website name.
        pub name: Option<String>,
        /// Website domain.
        pub domain: Option<String>,
        /// Website logo URL.
        pub logo: Option<String>,
    }
}

crate::model! {
    /// The user who pays for a plan subscription (`owner`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PlanSubscriptionOwner {
        /// User identifier.
        pub user_id: Option<UserId>,
        /// User email.
        pub email: Option<String>,
        /// User first name.
        pub first_name: Option<String>,
        /// User last name.
        pub last_name: Option<String>,
    }
}

crate::model! {
    /// A coupon, as checked for a plan subscription (check coupon availability).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PlanSubscriptionCoupon {
        /// Coupon code.
        pub code: Option<String>,
        /// What the coupon gives.
        pub policy: Option<CouponPolicy>,
        /// How many times the coupon can be redeemed.
        pub redeem_limit: Option<u32>,
        /// When the coupon expires (ISO 8601 date).
        pub expire_at: Option<String>,
    }
}

crate::model! {
    /// What a coupon gives (`policy`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CouponPolicy {
        /// Rebate on the price, in percent (integer or decimal, as sent).
        pub rebate_percent: Option<Number>,
        /// Trial days added.
        pub trial_days: Option<u32>,
    }
}
