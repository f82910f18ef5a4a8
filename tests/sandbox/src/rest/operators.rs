//! Website operators: list (members and invitations), last active, email, get, invite,
//! change membership, unlink.

use axum::Router;
use axum::extract::State;
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::app::App;
use crate::envelope::{ApiError, JsonBody, Params, Reply, done, ok};
use crate::state::{Invite, check_email, check_role};

pub(crate) fn routes() -> Router<App> {
    let website = "/v1/website/{website_id}";
    Router::new()
        .route(&format!("{website}/operators/list"), get(list))
        .route(
            &format!("{website}/operators/active"),
            get(active).delete(flush_active),
        )
        .route(&format!("{website}/operators/email"), post(email))
        .route(&format!("{website}/operator"), post(invite))
        .route(
            &format!("{website}/operator/{{user_id}}"),
            get(fetch).patch(change).delete(unlink),
        )
}

async fn list(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    let entries = app.read(|store| {
        let website = store.website(&website_id)?;
        let members = website
            .operators
            .iter()
            .map(|o| json!({"type": "operator", "details": o.to_json()}));
        let invites = website.invites.iter().map(Invite::to_json);
        Ok(members.chain(invites).collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(entries))
}

async fn active(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    let entries = app.read(|store| {
        let website = store.website(&website_id)?;
        Ok(website
            .operators
            .iter()
            .filter_map(|o| o.active_json())
            .collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(entries))
}

async fn flush_active(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    app.change(|store, _| {
        for operator in &mut store.website_mut(&website_id)?.operators {
            operator.last_active = None;
        }
        Ok(())
    })?;
    done("deleted")
}

/// `{recipient, user_id?, subject, message, target?}`; nothing is sent.
#[derive(Debug, Deserialize)]
struct EmailBody {
    subject: String,
    message: String,
}

async fn email(
    State(app): State<App>,
    Params(website_id): Params<String>,
    JsonBody(body): JsonBody<EmailBody>,
) -> Reply {
    if body.subject.is_empty() || body.message.is_empty() {
        return Err(ApiError::invalid("subject and message must not be empty"));
    }
    app.read(|store| store.website(&website_id).map(|_| ()))?;
    done("dispatched")
}

async fn fetch(
    State(app): State<App>,
    Params((website_id, user_id)): Params<(String, String)>,
) -> Reply {
    let operator =
        app.read(|store| Ok(store.website(&website_id)?.operator(&user_id)?.to_json()))?;
    ok("resolved", operator)
}

/// `{email, role, verify}`.
#[derive(Debug, Deserialize)]
struct InviteBody {
    email: String,
    role: String,
}

async fn invite(
    State(app): State<App>,
    Params(website_id): Params<String>,
    JsonBody(body): JsonBody<InviteBody>,
) -> Reply {
    check_role(&body.role)?;
    check_email(&body.email)?;
    app.change(|store, _| {
        let website = store.website_mut(&website_id)?;
        website.invites.retain(|i| i.email != body.email);
        website.invites.push(Invite {
            email: body.email,
            role: body.role,
        });
        Ok(())
    })?;
    done("added")
}

/// `{role, title}`.
#[derive(Debug, Deserialize)]
struct MembershipBody {
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

async fn change(
    State(app): State<App>,
    Params((website_id, user_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<MembershipBody>,
) -> Reply {
    if let Some(role) = &body.role {
        check_role(role)?;
    }
    app.change(|store, _| {
        let website = store.website_mut(&website_id)?;
        website.operator(&user_id)?;
        if let Some(operator) = website.operators.iter_mut().find(|o| o.user_id == user_id) {
            if let Some(role) = body.role {
                operator.role = role;
            }
            if let Some(title) = body.title {
                operator.title = Some(title);
            }
        }
        Ok(())
    })?;
    done("updated")
}

async fn unlink(
    State(app): State<App>,
    Params((website_id, user_id)): Params<(String, String)>,
) -> Reply {
    app.change(|store, _| {
        let website = store.website_mut(&website_id)?;
        website.operator(&user_id)?;
        website.operators.retain(|o| o.user_id != user_id);
        for conversation in website.conversations.values_mut() {
            if conversation.assigned.as_deref() == Some(user_id.as_str()) {
                conversation.assigned = None;
            }
        }
        Ok(())
    })?;
    done("deleted")
}
