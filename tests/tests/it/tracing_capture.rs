//! The library's logs, captured: a subscriber keeps every span, event and formatted line
//! while REST calls (a success, a retry after a 503, a rate limit, a 404, a search),
//! a realtime session (connect, ready, an event, a dropped socket, restored) and web hooks
//! (deliveries verified by the axum extractor, a direct accept, a direct and an HTTP
//! rejection) run against the sandbox. The expected fields must be there, and no key,
//! `Authorization` value, web-hook secret, signature, search value or message text may
//! appear in any captured line. A canary secret logged at the end must be caught, so the
//! check cannot pass by capturing nothing.
//!
//! The subscriber is this test's alone, not the process's: it shares its test binary with
//! the other tests, whose logs must neither satisfy its checks nor be checked. It is the
//! default dispatcher of the test's thread and of the worker threads of the test's own
//! runtime (where the sandbox, the realtime client and the REST calls run), and of no
//! other thread.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crisp::core::Credentials;
use crisp::rest::website::conversation::ListConversations;
use crisp::rtm::{RtmClient, RtmError};
use crisp::sandbox::Sandbox;
use crisp::types::SessionId;
use crisp::types::event::EventName;
use crisp::webhook::{Verifier, sign};
use crisp_tests::sandbox::{PATIENCE, Receiver, client, next_event, rtm_config, wait_state};
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::timeout;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record as SpanRecord};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::{EnvFilter, Layer};

const IDENTIFIER: &str = "ident-5be0c1a7";
const KEY: &str = "key-secret-9f27d4e1b3";
const HOOK_SECRET: &str = "hook-secret-41c9e07d";
const MESSAGE: &str = "my private message 7b21e";
const SEARCH: &str = "jane.private@example.com";

/// One span, span record or event, with its fields as text (and, for events, the
/// fields of the spans around it).
#[derive(Clone, Debug)]
struct Captured {
    kind: &'static str,
    level: tracing::Level,
    target: String,
    name: String,
    fields: Vec<(String, String)>,
    spans: Vec<(String, Vec<(String, String)>)>,
}

impl Captured {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn message(&self) -> Option<&str> {
        self.field("message")
    }

    /// A field of the innermost span named `span` around this event.
    fn span_field(&self, span: &str, name: &str) -> Option<&str> {
        self.spans
            .iter()
            .find(|(n, _)| n == span)
            .and_then(|(_, fields)| fields.iter().find(|(n, _)| n == name))
            .map(|(_, v)| v.as_str())
    }

    /// Everything it holds, as one line of text.
    fn text(&self) -> String {
        let mut out = format!("{} {} {} {}", self.kind, self.level, self.target, self.name);
        for (name, value) in self
            .fields
            .iter()
            .chain(self.spans.iter().flat_map(|(_, f)| f))
        {
            let _ = write!(out, " {name}={value}");
        }
        out
    }
}

#[derive(Default)]
struct FieldsOf(Vec<(String, String)>);

impl Visit for FieldsOf {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
}

/// Keeps every span and event it sees.
struct Keep(Arc<Mutex<Vec<Captured>>>);

impl<S> Layer<S> for Keep
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = FieldsOf::default();
        attrs.record(&mut fields);
        self.0.lock().unwrap().push(Captured {
            kind: "span",
            level: *attrs.metadata().level(),
            target: attrs.metadata().target().to_owned(),
            name: attrs.metadata().name().to_owned(),
            fields: fields.0.clone(),
            spans: Vec::new(),
        });
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(fields);
        }
    }

    fn on_record(&self, id: &Id, values: &SpanRecord<'_>, ctx: Context<'_, S>) {
        let mut fields = FieldsOf::default();
        values.record(&mut fields);
        let Some(span) = ctx.span(id) else { return };
        self.0.lock().unwrap().push(Captured {
            kind: "record",
            level: *span.metadata().level(),
            target: span.metadata().target().to_owned(),
            name: span.metadata().name().to_owned(),
            fields: fields.0.clone(),
            spans: Vec::new(),
        });
        if let Some(kept) = span.extensions_mut().get_mut::<FieldsOf>() {
            kept.0.extend(fields.0);
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = FieldsOf::default();
        event.record(&mut fields);
        let spans = ctx
            .event_scope(event)
            .into_iter()
            .flat_map(|scope| scope.from_root())
            .map(|span| {
                let fields = span
                    .extensions()
                    .get::<FieldsOf>()
                    .map(|f| f.0.clone())
                    .unwrap_or_default();
                (span.name().to_owned(), fields)
            })
            .collect::<Vec<_>>();
        self.0.lock().unwrap().push(Captured {
            kind: "event",
            level: *event.metadata().level(),
            target: event.metadata().target().to_owned(),
            name: event.metadata().name().to_owned(),
            fields: fields.0,
            spans: spans.into_iter().rev().collect(),
        });
    }
}

/// The formatted lines a user would see (`tracing_subscriber::fmt`, span events on close).
#[derive(Clone, Default)]
struct Lines(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Lines {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Capture {
    records: Arc<Mutex<Vec<Captured>>>,
    lines: Lines,
}

impl Capture {
    fn records(&self) -> Vec<Captured> {
        self.records.lock().unwrap().clone()
    }

    fn lines(&self) -> String {
        String::from_utf8_lossy(&self.lines.0.lock().unwrap()).into_owned()
    }

    /// Every captured line that holds one of `secrets`.
    fn leaks(&self, secrets: &[String]) -> Vec<String> {
        let formatted = self.lines();
        let structured: Vec<String> = self.records().iter().map(Captured::text).collect();
        formatted
            .lines()
            .map(str::to_owned)
            .chain(structured)
            .filter(|line| secrets.iter().any(|secret| line.contains(secret.as_str())))
            .collect()
    }
}

/// The capturing subscriber: everything of crisp-rs down to `trace`, and `debug` of every
/// other crate (their lines are checked for secrets too); what it keeps, and the dispatcher
/// to install.
fn capture() -> (Capture, tracing::Dispatch) {
    let records = Arc::new(Mutex::new(Vec::new()));
    let lines = Lines::default();
    let writer = lines.clone();
    let subscriber = tracing_subscriber::registry()
        .with(EnvFilter::new(
            "debug,crisp_rest=trace,crisp_rtm=trace,crisp_webhook=trace,crisp_sandbox=trace",
        ))
        .with(Keep(Arc::clone(&records)))
        .with(
            tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
                .with_writer(move || writer.clone()),
        );
    (
        Capture { records, lines },
        tracing::Dispatch::new(subscriber),
    )
}

thread_local! {
    /// The capturing dispatcher, while it is the default of a worker thread of the test's
    /// runtime.
    static WORKER_DEFAULT: RefCell<Option<tracing::dispatcher::DefaultGuard>> =
        const { RefCell::new(None) };
}

/// A multi-thread runtime (two workers, as `#[tokio::test(flavor = "multi_thread")]`) whose
/// threads, workers and blocking ones, have `dispatch` as their default dispatcher.
fn runtime_logging_to(dispatch: &tracing::Dispatch) -> tokio::runtime::Runtime {
    let on_start = dispatch.clone();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .on_thread_start(move || {
            let guard = tracing::dispatcher::set_default(&on_start);
            WORKER_DEFAULT.with(|default| *default.borrow_mut() = Some(guard));
        })
        .on_thread_stop(|| {
            WORKER_DEFAULT.with(|default| default.borrow_mut().take());
        })
        .build()
        .expect("a runtime")
}

/// The first captured event whose message is `message` and that passes `also`.
fn event<'a>(
    records: &'a [Captured],
    message: &str,
    also: impl Fn(&Captured) -> bool,
) -> Option<&'a Captured> {
    records
        .iter()
        .find(|r| r.kind == "event" && r.message() == Some(message) && also(r))
}

fn now_ms() -> String {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis()
        .to_string()
}

/// POSTs a delivery with a wrong signature to the receiver; the HTTP status answered.
async fn post_forged(url: &str, body: &str, timestamp: &str, signature: &str) -> u16 {
    let rest = url.strip_prefix("http://").unwrap();
    let (address, path) = rest.split_at(rest.find('/').unwrap());
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         X-Crisp-Request-Timestamp: {timestamp}\r\nX-Crisp-Signature: {signature}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    answer
        .split(' ')
        .nth(1)
        .and_then(|status| status.parse().ok())
        .unwrap_or(0)
}

#[test]
fn logs_name_each_step_and_never_a_secret() {
    let (capture, dispatch) = capture();
    let runtime = runtime_logging_to(&dispatch);
    let _default = tracing::dispatcher::set_default(&dispatch);
    runtime.block_on(logs_of_a_session(&capture));
}

async fn logs_of_a_session(capture: &Capture) {
    let sandbox = Sandbox::builder()
        .credentials(Credentials::plugin(IDENTIFIER, KEY))
        .start()
        .await
        .unwrap();
    let website = sandbox.website_id();
    let mut hooks = Receiver::start(HOOK_SECRET).await;
    sandbox.add_webhook(&hooks.url, HOOK_SECRET).unwrap();

    // Realtime: connect, live, one event.
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, [EventName::MessageSend]));
    timeout(PATIENCE, rtm.ready()).await.unwrap().unwrap();
    let session = sandbox
        .visitor()
        .nickname("Jane")
        .say(MESSAGE)
        .await
        .unwrap();
    next_event(&mut rtm, "message:send").await;
    // The same event as a signed web hook, verified by the axum extractor.
    hooks.next("message:send").await;

    // REST: a success, a retry after a 503, a rate limit, a 404, a search.
    let rest = client(&sandbox);
    let api = rest.website();
    api.get_conversation(&website, &session).await.unwrap();
    sandbox.faults().fail_next(1, 503);
    api.get_conversation(&website, &session).await.unwrap();
    sandbox
        .faults()
        .retry_after(Duration::ZERO)
        .fail_next(1, 429);
    api.get_conversation(&website, &session).await.unwrap();
    let missing = SessionId::new("session_00000000-0000-0000-0000-000000000000");
    let error = api.get_conversation(&website, &missing).await.unwrap_err();
    assert_eq!(error.reason(), Some("session_not_found"));
    api.list_conversations(&website, 1, ListConversations::new().search_text(SEARCH))
        .await
        .unwrap();

    // Realtime: a dropped socket, then live again.
    assert!(sandbox.faults().drop_rtm_sockets() >= 1);
    timeout(PATIENCE, async {
        loop {
            match rtm.next().await {
                Some(Err(RtmError::Restored { .. })) => break,
                Some(Ok(_) | Err(_)) => {}
                None => panic!("the realtime stream ended"),
            }
        }
    })
    .await
    .expect("restored in time");
    wait_state(&rtm, "active").await;

    // Web hooks: one accepted and one refused directly, one forged over HTTP.
    let body = format!(
        r#"{{"website_id":"{website}","event":"message:send","data":{{"type":"text","content":"{MESSAGE}","from":"user","origin":"chat","timestamp":1}},"timestamp":1}}"#
    );
    let timestamp = now_ms();
    let signature = sign(HOOK_SECRET, &timestamp, body.as_bytes());
    let forged = sign("not-the-secret", &timestamp, body.as_bytes());
    let verifier = Verifier::new(HOOK_SECRET);
    verifier
        .verify(&timestamp, &signature, body.as_bytes())
        .unwrap();
    verifier
        .verify(&timestamp, &forged, body.as_bytes())
        .unwrap_err();
    assert_eq!(
        post_forged(&hooks.url, &body, &timestamp, &forged).await,
        401
    );
    rtm.handle().close();
    drop(rtm);

    let records = capture.records();
    // `CRISP_DUMP_LOGS=1 cargo test -p crisp-tests --test it -- tracing_capture --nocapture`
    // shows them.
    if std::env::var_os("CRISP_DUMP_LOGS").is_some() {
        eprintln!("{}", capture.lines());
    }
    let missing = |what: &str| format!("no {what} in the captured logs:\n{}", capture.lines());

    // REST: the span names the call; each outcome and retry says what happened.
    let span = records
        .iter()
        .find(|r| {
            r.kind == "span"
                && r.name == "crisp.call"
                && r.field("method") == Some("get_conversation")
        })
        .unwrap_or_else(|| panic!("{}", missing("crisp.call span of get_conversation")));
    assert_eq!(span.field("label"), Some("Get A Conversation"));
    assert_eq!(span.field("verb"), Some("GET"));
    assert_eq!(
        span.field("route"),
        Some("/website/{website_id}/conversation/{session_id}")
    );
    assert_eq!(
        span.field("path"),
        Some(format!("/website/{website}/conversation/{session}").as_str())
    );
    let ok = event(&records, "crisp call succeeded", |r| {
        r.span_field("crisp.call", "method") == Some("get_conversation")
    })
    .unwrap_or_else(|| panic!("{}", missing("success")));
    assert_eq!(ok.level, tracing::Level::DEBUG);
    assert_eq!(ok.field("status"), Some("200"));
    assert_eq!(ok.field("attempts"), Some("1"));
    assert!(ok.field("elapsed_ms").is_some());
    let retry = event(&records, "crisp call attempt failed; retrying", |r| {
        r.field("status") == Some("503")
    })
    .unwrap_or_else(|| panic!("{}", missing("retry after a 503")));
    assert_eq!(retry.level, tracing::Level::DEBUG);
    assert_eq!(retry.field("attempt"), Some("1"));
    assert_eq!(retry.field("cause"), Some("api"));
    assert_eq!(retry.field("reason"), Some("service_unavailable"));
    assert!(retry.field("delay_ms").is_some());
    assert_eq!(
        retry.span_field("crisp.call", "method"),
        Some("get_conversation")
    );
    let limited = event(&records, "crisp rate limit; retrying", |_| true)
        .unwrap_or_else(|| panic!("{}", missing("rate limit")));
    assert_eq!(limited.level, tracing::Level::WARN);
    assert_eq!(limited.field("status"), Some("429"));
    assert_eq!(limited.field("reason"), Some("rate_limited"));
    assert!(
        event(&records, "crisp call succeeded", |r| r.field("attempts")
            == Some("2"))
        .is_some(),
        "{}",
        missing("a success after 2 attempts")
    );
    let failed = event(&records, "crisp call failed", |r| {
        r.field("status") == Some("404")
    })
    .unwrap_or_else(|| panic!("{}", missing("404 failure")));
    assert_eq!(failed.level, tracing::Level::DEBUG);
    assert_eq!(failed.field("reason"), Some("session_not_found"));
    assert_eq!(failed.field("cause"), Some("api"));
    assert_eq!(failed.field("attempts"), Some("1"));
    assert_eq!(
        failed.span_field("crisp.call", "reason"),
        Some("session_not_found")
    );
    assert!(
        records.iter().any(|r| r.kind == "span"
            && r.field("method") == Some("list_conversations")
            && r.field("query").is_some_and(|q| q.contains("search_query"))),
        "{}",
        missing("query names of list_conversations")
    );

    // Realtime: live, the event by name, the drop with its reason, restored.
    let active = event(&records, "realtime session active", |_| true)
        .unwrap_or_else(|| panic!("{}", missing("active session")));
    assert_eq!(active.level, tracing::Level::INFO);
    assert_eq!(active.field("events"), Some("message:send"));
    let received = event(&records, "realtime event", |r| {
        r.field("event") == Some("message:send")
    })
    .unwrap_or_else(|| panic!("{}", missing("realtime event message:send")));
    assert_eq!(received.level, tracing::Level::TRACE);
    let lost = event(&records, "realtime session lost; reconnecting", |_| true)
        .unwrap_or_else(|| panic!("{}", missing("lost session")));
    assert_eq!(lost.level, tracing::Level::WARN);
    assert!(lost.field("reason").is_some_and(|r| !r.is_empty()));
    assert!(lost.field("retry_in_ms").is_some() && lost.field("attempt").is_some());
    assert!(
        event(
            &records,
            "realtime session restored; events sent meanwhile were missed",
            |r| r.field("gap_ms").is_some()
        )
        .is_some(),
        "{}",
        missing("restored session")
    );
    assert!(
        event(&records, "crisp call succeeded", |r| {
            r.span_field("crisp.call", "route") == Some("/plugin/connect/endpoints")
        })
        .is_some(),
        "{}",
        missing("the discovery call")
    );

    // Web hooks: verified, received by name, rejected with the reason code.
    assert!(
        event(&records, "web hook received", |r| {
            r.field("event") == Some("message:send")
        })
        .is_some(),
        "{}",
        missing("received web hook")
    );
    assert!(event(&records, "web hook verified", |_| true).is_some());
    let rejected: Vec<_> = records
        .iter()
        .filter(|r| {
            r.message() == Some("web hook rejected")
                && r.field("reason") == Some("signature_mismatch")
        })
        .collect();
    assert!(rejected.len() >= 2, "{}", missing("two rejections"));
    assert!(rejected.iter().all(|r| r.level == tracing::Level::WARN));

    // The sandbox: each request and emission at debug.
    assert!(
        event(&records, "sandbox: request", |r| r.field("status")
            == Some("404"))
        .is_some(),
        "{}",
        missing("sandbox request")
    );
    assert!(
        event(&records, "sandbox: realtime emit", |r| {
            r.field("event") == Some("message:send")
        })
        .is_some(),
        "{}",
        missing("sandbox emission")
    );
    assert!(event(&records, "sandbox: web-hook delivery", |_| true).is_some());

    // No secret anywhere: the key, the Authorization value (and its base64 alone), the
    // identifier:key pair, the web-hook secret, the signatures, the message, the search.
    let authorization = Credentials::plugin(IDENTIFIER, KEY)
        .authorization()
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let basic = authorization.trim_start_matches("Basic ").to_owned();
    let secrets: Vec<String> = [
        KEY,
        &format!("{IDENTIFIER}:{KEY}"),
        &authorization,
        &basic,
        HOOK_SECRET,
        &signature,
        &forged,
        MESSAGE,
        SEARCH,
        "jane.private%40example.com",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let leaks = capture.leaks(&secrets);
    assert!(
        leaks.is_empty(),
        "secrets in the logs:\n{}",
        leaks.join("\n")
    );

    // The canary: a secret logged now is caught, in both the lines and the fields.
    tracing::debug!(target: "crisp_rest", key = KEY, "canary");
    let _ = std::io::stdout().flush();
    let caught = capture.leaks(&secrets);
    assert_eq!(caught.len(), 2, "the canary must be caught: {caught:?}");
}
