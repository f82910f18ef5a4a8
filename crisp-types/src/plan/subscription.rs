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

/// A website's subscription to a Crisp plan (get plan subscription for a website, list
/// all active plan subscriptions).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanSubscription {
    /// Plan identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Plan name (e.g. `Unlimited`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Plan price, as sent (integer or decimal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Number>,
    /// Length of the trial, in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_days: Option<u32>,
    /// When the subscription started (ISO 8601 date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Whether the subscription is in its trial period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trialing: Option<bool>,
    /// When the trial ends (ISO 8601 date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_end: Option<String>,
    /// When the trial ends, as a calendar date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_end_date: Option<String>,
    /// How often the subscription is billed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_period: Option<BillPeriod>,
    /// Until when the current bill is paid for (ISO 8601 date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_valid_until: Option<String>,
    /// Whether the subscription is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Whether this is a sandbox (test) subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<bool>,
    /// The website subscribed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<PlanSubscriptionWebsite>,
    /// Whether a coupon was redeemed on this subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_redeemed: Option<bool>,
    /// Payment card the subscription is billed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    /// The user who pays for the subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PlanSubscriptionOwner>,
}

/// The website a plan subscription is for (`website`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanSubscriptionWebsite {
    /// Website identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<WebsiteId>,
    /// Website name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Website domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Website logo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

/// The user who pays for a plan subscription (`owner`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanSubscriptionOwner {
    /// User identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// User email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// User first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// User last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}

/// A coupon, as checked for a plan subscription (check coupon availability).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanSubscriptionCoupon {
    /// Coupon code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// What the coupon gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<CouponPolicy>,
    /// How many times the coupon can be redeemed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redeem_limit: Option<u32>,
    /// When the coupon expires (ISO 8601 date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<String>,
}

/// What a coupon gives (`policy`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CouponPolicy {
    /// Rebate on the price, in percent (integer or decimal, as sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rebate_percent: Option<Number>,
    /// Trial days added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_days: Option<u32>,
}
