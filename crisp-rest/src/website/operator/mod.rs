//! Website operator methods: members, invites, last active operators, emails.

use crisp_types::website::operator::{
    InviteVerify, LastActiveOperator, OperatorEmail, OperatorListItem, OperatorRole,
    WebsiteOperator,
};
use crisp_types::{UserId, WebsiteId};
use serde_json::json;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Website Operators* — tiers: user, plugin. Operators and pending invites.
    pub fn list_website_operators(&self, website_id: &WebsiteId) -> Call<Vec<OperatorListItem>> {
        self.get("/website/{website_id}/operators/list")
            .param(website_id)
            .data()
    }

    /// *List Last Active Website Operators* — tiers: user, plugin.
    pub fn list_last_active_website_operators(
        &self,
        website_id: &WebsiteId,
    ) -> Call<Vec<LastActiveOperator>> {
        self.get("/website/{website_id}/operators/active")
            .param(website_id)
            .data()
    }

    /// *Flush Last Active Website Operators* — tiers: user.
    pub fn flush_last_active_website_operators(&self, website_id: &WebsiteId) -> Call<()> {
        self.delete("/website/{website_id}/operators/active")
            .param(website_id)
            .unit()
    }

    /// *Send Email To Website Operators* — tiers: user, plugin.
    pub fn send_email_to_website_operators(
        &self,
        website_id: &WebsiteId,
        email: &OperatorEmail,
    ) -> Call<()> {
        self.post("/website/{website_id}/operators/email")
            .param(website_id)
            .json(email)
            .unit()
    }

    /// *Get A Website Operator* — tiers: user, plugin.
    pub fn get_website_operator(
        &self,
        website_id: &WebsiteId,
        user_id: &UserId,
    ) -> Call<WebsiteOperator> {
        self.get("/website/{website_id}/operator/{user_id}")
            .param(website_id)
            .param(user_id)
            .data()
    }

    /// *Invite A Website Operator* — tiers: user. `verify` is the inviting user's password
    /// (`&str`) or a flag (`bool`): the official clients disagree, see [`InviteVerify`].
    pub fn invite_website_operator(
        &self,
        website_id: &WebsiteId,
        email: &str,
        role: OperatorRole,
        verify: impl Into<InviteVerify>,
    ) -> Call<()> {
        self.post("/website/{website_id}/operator")
            .param(website_id)
            .json(&json!({ "email": email, "role": role, "verify": verify.into() }))
            .unit()
    }

    /// *Change Operator Membership* — tiers: user. `title` is left unchanged when `None`
    /// (not sent).
    pub fn change_operator_membership(
        &self,
        website_id: &WebsiteId,
        user_id: &UserId,
        role: OperatorRole,
        title: Option<&str>,
    ) -> Call<()> {
        let mut body = json!({ "role": role });
        if let Some(title) = title {
            body["title"] = json!(title);
        }
        self.patch("/website/{website_id}/operator/{user_id}")
            .param(website_id)
            .param(user_id)
            .json(&body)
            .unit()
    }

    /// *Unlink Operator From Website* — tiers: user. The last operator of a website cannot
    /// be unlinked.
    pub fn unlink_operator_from_website(
        &self,
        website_id: &WebsiteId,
        user_id: &UserId,
    ) -> Call<()> {
        self.delete("/website/{website_id}/operator/{user_id}")
            .param(website_id)
            .param(user_id)
            .unit()
    }
}
