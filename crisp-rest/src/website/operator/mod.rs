//! Website operator methods: members, invites, last active operators, emails.

use crisp_types::website::operator::{
    InviteVerify, LastActiveOperator, OperatorEmail, OperatorListItem, OperatorRole,
    WebsiteOperator,
};
use crisp_types::{UserId, WebsiteId};
use serde::Serialize;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Website Operators* — tiers: user, plugin. Operators and pending invites.
    ///
    /// `website_id` is the website. Resolves to a `Vec` of [`OperatorListItem`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// for operator in client.website().list_website_operators(&website).await? {
    ///     if let Some(details) = operator.details {
    ///         println!("{:?} {:?}: {:?}", details.first_name, details.last_name, details.role);
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_website_operators(&self, website_id: &WebsiteId) -> Call<Vec<OperatorListItem>> {
        self.get("/website/{website_id}/operators/list")
            .param(website_id)
            .data()
    }

    /// *List Last Active Website Operators* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to a `Vec` of [`LastActiveOperator`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// for operator in client.website().list_last_active_website_operators(&website).await? {
    ///     println!("{:?} at {:?}", operator.nickname, operator.timestamp);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_last_active_website_operators(
        &self,
        website_id: &WebsiteId,
    ) -> Call<Vec<LastActiveOperator>> {
        self.get("/website/{website_id}/operators/active")
            .param(website_id)
            .data()
    }

    /// *Flush Last Active Website Operators* — tiers: user.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn flush_last_active_website_operators(&self, website_id: &WebsiteId) -> Call<()> {
        self.delete("/website/{website_id}/operators/active")
            .param(website_id)
            .unit()
    }

    /// *Send Email To Website Operators* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `email` the subject and body ([`OperatorEmail`]).
    /// Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `user_id` the operator (their user id). Resolves to
    /// the [`WebsiteOperator`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{UserId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let user = UserId::new("a4c32c68-be91-4e29-8a05-976e93abbe3f");
    /// let operator = client.website().get_website_operator(&website, &user).await?;
    /// println!("{:?} is {:?}", operator.email, operator.availability);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `email` the address to invite and `role` the role in
    /// the website ([`OperatorRole`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn invite_website_operator(
        &self,
        website_id: &WebsiteId,
        email: &str,
        role: OperatorRole,
        verify: impl Into<InviteVerify>,
    ) -> Call<()> {
        self.post("/website/{website_id}/operator")
            .param(website_id)
            .json(&Invite {
                email,
                role,
                verify: verify.into(),
            })
            .unit()
    }

    /// *Change Operator Membership* — tiers: user. `title` is left unchanged when `None`
    /// (not sent).
    ///
    /// `website_id` is the website, `user_id` the operator (their user id) and `role` the
    /// role in the website ([`OperatorRole`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn change_operator_membership(
        &self,
        website_id: &WebsiteId,
        user_id: &UserId,
        role: OperatorRole,
        title: Option<&str>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/operator/{user_id}")
            .param(website_id)
            .param(user_id)
            .json(&Membership { role, title })
            .unit()
    }

    /// *Unlink Operator From Website* — tiers: user. The last operator of a website cannot
    /// be unlinked.
    ///
    /// `website_id` is the website and `user_id` the operator (their user id). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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

/// Body of "invite website operator".
#[derive(Serialize)]
struct Invite<'a> {
    email: &'a str,
    role: OperatorRole,
    verify: InviteVerify,
}

/// Body of "change operator membership": `title` only when it changes.
#[derive(Serialize)]
struct Membership<'a> {
    role: OperatorRole,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
}
