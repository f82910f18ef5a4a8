//! `crisp trigger EVENT`: makes the sandbox emit an event, over realtime and to its web
//! hooks, by doing over REST what causes it (a visitor writing, a state change…), through
//! the same typed methods as `crisp call`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::config::Connection;
use crate::error::CliError;
use crate::methods::{self, Args, Output};
use crate::target::Target;

/// The events `crisp trigger` makes, and what it does for each.
pub(crate) const TRIGGERS: &[(&str, &str)] = &[
    (
        "message:send",
        "a visitor writes TEXT (a new conversation unless --session)",
    ),
    ("message:received", "an operator answers TEXT"),
    (
        "message:updated",
        "a visitor writes, then the message is edited to TEXT",
    ),
    (
        "message:removed",
        "a visitor writes, then the message is removed",
    ),
    (
        "session:request:initiated",
        "a new conversation is initiated",
    ),
    (
        "session:set_state",
        "the conversation's state becomes --state (default resolved)",
    ),
    (
        "session:set_nickname",
        "the visitor's nickname becomes TEXT",
    ),
    (
        "session:set_email",
        "the visitor's email becomes TEXT (an email)",
    ),
    (
        "session:set_subject",
        "the conversation's subject becomes TEXT",
    ),
    ("session:removed", "a conversation is removed"),
    (
        "people:profile:created",
        "a people profile is added (email from TEXT or made up)",
    ),
    ("people:profile:updated", "a profile is added, then updated"),
    ("people:profile:removed", "a profile is added, then removed"),
];

/// `crisp trigger`.
#[derive(Debug, clap::Args)]
#[command(after_help = trigger_help())]
pub(crate) struct TriggerArgs {
    /// The event to make (see below).
    event: String,
    /// The conversation to act in (default: a new one).
    #[arg(long, value_name = "SESSION_ID")]
    session: Option<String>,
    /// The text (message, nickname, email, subject) to use.
    #[arg(long)]
    text: Option<String>,
    /// With session:set_state: pending, unresolved or resolved.
    #[arg(long, default_value = "resolved")]
    state: String,
    /// With --sandbox: registers this web hook first and waits for its deliveries.
    #[arg(long, value_name = "URL")]
    hook: Option<String>,
    /// The secret of --hook.
    #[arg(
        long,
        env = "CRISP_WEBHOOK_SECRET",
        hide_env_values = true,
        requires = "hook"
    )]
    secret: Option<String>,
    /// Triggers against a server that is not on loopback (a real Crisp: real data).
    #[arg(long)]
    force: bool,
}

fn trigger_help() -> String {
    let mut help = String::from("Events:\n");
    for (name, what) in TRIGGERS {
        help.push_str(&format!("  {name:<28} {what}\n"));
    }
    help
}

/// Calls `name` with `named` arguments and an optional body, through the table.
async fn step(
    target: &Target,
    name: &str,
    named: &[(&str, String)],
    body: Option<Value>,
) -> Result<Value, CliError> {
    let method = methods::find(name)?;
    let named: BTreeMap<String, String> = named
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    let mut args = Args::new(method, named, body);
    if let Some(website_id) = &target.resolved.website_id {
        args.fallback("website_id", website_id);
    }
    match (method.run)(target.client.clone(), args).await? {
        Output::Value(value) => Ok(value),
        Output::Streamed => Ok(Value::Null),
    }
}

fn field(value: &Value, name: &str) -> Result<String, CliError> {
    match value.get(name) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(CliError::failed(format!(
            "the answer has no `{name}`: {value}"
        ))),
    }
}

/// Runs `crisp trigger`.
pub(crate) async fn run(connection: &Connection, args: TriggerArgs) -> Result<(), CliError> {
    let Some((event, _)) = TRIGGERS.iter().find(|(name, _)| *name == args.event) else {
        return Err(CliError::usage(format!(
            "cannot trigger {:?}\n{}",
            args.event,
            trigger_help()
        )));
    };
    let target = Target::connect(connection).await?;
    if !target.is_local() && !args.force {
        return Err(CliError::usage(
            "trigger acts on the sandbox: use --sandbox or a --base-url on 127.0.0.1 (or --force for a real Crisp)",
        ));
    }
    if let Some(hook) = &args.hook {
        let Some(sandbox) = &target.sandbox else {
            return Err(CliError::usage(
                "--hook registers a web hook on the in-process sandbox: use it with --sandbox (`crisp sandbox --hook` for a server)",
            ));
        };
        sandbox.add_webhook(hook, args.secret.as_deref().unwrap_or(""))?;
    }
    let text = args.text.clone();
    let text_or = |default: &str| text.clone().unwrap_or_else(|| default.to_owned());
    let mut done = json!({"event": event});
    let session = |done: &mut Value| -> Option<String> {
        let session = args.session.clone();
        if let Some(session) = &session {
            done["session_id"] = json!(session);
        }
        session
    };
    let existing = session(&mut done);
    let new_session = || async {
        let created = step(&target, "create_new_conversation", &[], None).await?;
        field(&created, "session_id")
    };
    let visitor_says = |session: String, text: String| {
        let target = &target;
        async move {
            let body = json!({"type": "text", "from": "user", "origin": "chat", "content": text});
            let sent = step(
                target,
                "send_message_in_conversation",
                &[("session_id", session)],
                Some(body),
            )
            .await?;
            field(&sent, "fingerprint")
        }
    };
    match *event {
        "message:send" | "message:received" | "message:updated" | "message:removed" => {
            let session = match existing {
                Some(session) => session,
                None => new_session().await?,
            };
            done["session_id"] = json!(session);
            if *event == "message:received" {
                let body = json!({"type": "text", "from": "operator", "origin": "chat", "content": text_or("Hello from the operator")});
                let sent = step(
                    &target,
                    "send_message_in_conversation",
                    &[("session_id", session)],
                    Some(body),
                )
                .await?;
                done["fingerprint"] = sent.get("fingerprint").cloned().unwrap_or(Value::Null);
            } else {
                let first = if *event == "message:send" {
                    text_or("Hello from a visitor")
                } else {
                    "Hello from a visitor".to_owned()
                };
                let fingerprint = visitor_says(session.clone(), first).await?;
                done["fingerprint"] = json!(fingerprint.parse::<u64>().ok());
                if *event == "message:updated" {
                    step(
                        &target,
                        "update_message_in_conversation",
                        &[("session_id", session), ("fingerprint", fingerprint)],
                        Some(json!({"content": text_or("Hello (edited)")})),
                    )
                    .await?;
                } else if *event == "message:removed" {
                    step(
                        &target,
                        "remove_message_in_conversation",
                        &[("session_id", session), ("fingerprint", fingerprint)],
                        None,
                    )
                    .await?;
                }
            }
        }
        "session:request:initiated"
        | "session:removed"
        | "session:set_state"
        | "session:set_nickname"
        | "session:set_email"
        | "session:set_subject" => {
            let session = match existing {
                Some(session) => session,
                None => new_session().await?,
            };
            done["session_id"] = json!(session);
            let s = || vec![("session_id", session.clone())];
            match *event {
                "session:request:initiated" => {
                    step(
                        &target,
                        "initiate_conversation_with_existing_session",
                        &s(),
                        None,
                    )
                    .await?;
                }
                "session:removed" => {
                    step(&target, "remove_conversation", &s(), None).await?;
                }
                "session:set_state" => {
                    step(
                        &target,
                        "change_conversation_state",
                        &s(),
                        Some(json!({"state": args.state})),
                    )
                    .await?;
                }
                _ => {
                    let (key, default) = match *event {
                        "session:set_nickname" => ("nickname", "Jane Doe"),
                        "session:set_email" => ("email", "jane.doe@example.com"),
                        _ => ("subject", "A question"),
                    };
                    step(
                        &target,
                        "update_conversation_metas",
                        &s(),
                        Some(json!({key: text_or(default)})),
                    )
                    .await?;
                }
            }
        }
        _ => {
            let email = text_or(&format!(
                "visitor{}@example.com",
                crate::webhook::now_ms() % 1_000_000_000
            ));
            let added = step(
                &target,
                "add_new_people_profile",
                &[],
                Some(json!({"email": email, "person": {"nickname": "Jane Doe"}})),
            )
            .await?;
            let people_id = field(&added, "people_id")?;
            done["people_id"] = json!(people_id);
            if *event == "people:profile:updated" {
                step(
                    &target,
                    "update_people_profile",
                    &[("people_id", people_id)],
                    Some(json!({"person": {"nickname": "Jane Updated"}})),
                )
                .await?;
            } else if *event == "people:profile:removed" {
                step(
                    &target,
                    "remove_people_profile",
                    &[("people_id", people_id)],
                    None,
                )
                .await?;
            }
        }
    }
    if let (Some(hook), Some(sandbox)) = (&args.hook, &target.sandbox) {
        // Wait for the deliveries of what was emitted (each tried up to 3 times).
        let deadline = Instant::now() + Duration::from_secs(20);
        let wanted = sandbox.events().len();
        loop {
            let deliveries = sandbox.deliveries();
            let settled = deliveries
                .iter()
                .filter(|d| &d.url == hook || d.url.starts_with(hook.as_str()))
                .filter(|d| d.is_success() || d.attempt >= 3 || d.attempt == 0)
                .count();
            if settled >= wanted || Instant::now() > deadline {
                done["deliveries"] = json!(
                    deliveries
                        .iter()
                        .map(|d| json!({"event": d.event, "attempt": d.attempt, "status": d.status, "error": d.error}))
                        .collect::<Vec<_>>()
                );
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    println!("{done}");
    Ok(())
}
