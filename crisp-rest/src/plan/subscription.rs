//! Plan subscriptions: the Crisp plan of a website, its billing period and coupons.

use crisp_types::WebsiteId;
use crisp_types::plan::subscription::{BillPeriod, PlanSubscription, PlanSubscriptionCoupon};

use crate::body::field;
use crate::call::Call;
use crate::plan::PlanApi;

impl PlanApi<'_> {
    /// *List All Active Plan Subscriptions* — tiers: user. The active plan subscriptions
    /// of every website the user pays for or is a member of.
    ///
    /// Resolves to a `Vec` of [`PlanSubscription`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_all_active_subscriptions(&self) -> Call<Vec<PlanSubscription>> {
        self.get("/plans/subscription").data()
    }

    /// *Get Plan Subscription For A Website* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`PlanSubscription`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_plan_subscription_for_website(
        &self,
        website_id: &WebsiteId,
    ) -> Call<PlanSubscription> {
        self.get("/plans/subscription/{website_id}")
            .param(website_id)
            .data()
    }

    /// *Subscribe Website To Plan* — tiers: user. `plan_id` is the identifier of a Crisp
    /// plan.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn subscribe_website_to_plan(&self, website_id: &WebsiteId, plan_id: &str) -> Call<()> {
        self.post("/plans/subscription/{website_id}")
            .param(website_id)
            .json(&field("plan_id", plan_id))
            .unit()
    }

    /// *Unsubscribe Plan From Website* — tiers: user.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn unsubscribe_plan_from_website(&self, website_id: &WebsiteId) -> Call<()> {
        self.delete("/plans/subscription/{website_id}")
            .param(website_id)
            .unit()
    }

    /// *Change Bill Period For Website Plan Subscription* — tiers: user.
    ///
    /// `website_id` is the website and `period` the new bill period ([`BillPeriod`]).
    /// Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn change_bill_period_for_website_plan_subscription(
        &self,
        website_id: &WebsiteId,
        period: BillPeriod,
    ) -> Call<()> {
        self.patch("/plans/subscription/{website_id}/bill/period")
            .param(website_id)
            .json(&field("period", &period))
            .unit()
    }

    /// *Check Coupon Availability For Website Plan Subscription* — tiers: user. What the
    /// coupon `code` gives, if it can be redeemed.
    ///
    /// `website_id` is the website. Resolves to the [`PlanSubscriptionCoupon`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn check_coupon_availability_for_website_plan_subscription(
        &self,
        website_id: &WebsiteId,
        code: &str,
    ) -> Call<PlanSubscriptionCoupon> {
        self.get("/plans/subscription/{website_id}/coupon")
            .param(website_id)
            .query("code", code)
            .data()
    }

    /// *Redeem Coupon For Website Plan Subscription* — tiers: user.
    ///
    /// `website_id` is the website and `code` the coupon code. Resolves to `()` once Crisp
    /// has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn redeem_coupon_for_website_plan_subscription(
        &self,
        website_id: &WebsiteId,
        code: &str,
    ) -> Call<()> {
        self.patch("/plans/subscription/{website_id}/coupon")
            .param(website_id)
            .json(&field("code", code))
            .unit()
    }
}
