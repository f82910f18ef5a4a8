//! `upload::Uploader` step by step, against wiremock (the REST API and the upload URL) and
//! the fake realtime server (the URL event): each step's failure is its own typed error,
//! the signed URL never shows, and the event waiter sees the event while the stream does
//! too.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::support::{Behaviour, FakeRtm, IDENTIFIER, KEY};
use crisp_core::{Credentials, ErrorKind};
use crisp_rtm::upload::{File, UploadError, UploadStep, Uploader};
use crisp_rtm::{RtmClient, RtmConfig, WaitError};
use crisp_types::event::{Event, EventName};
use crisp_types::{Fingerprint, SessionId, WebsiteId};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::time::timeout;
use wiremock::matchers::{body_bytes, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const WEBSITE: &str = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
const SESSION: &str = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";
const SIGNATURE: &str = "s3cr3t-signature";

/// Answers "generate bucket URL" as Crisp does (at once, no URL), and emits the URL event
/// with the request's `id` on the fake realtime server, unless told not to.
struct Generate {
    rtm: FakeRtm,
    base: String,
    emit: bool,
    size_limit: Option<u64>,
    calls: Arc<AtomicUsize>,
}

impl Respond for Generate {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        if self.emit {
            let mut data = json!({
                "id": body["id"],
                "type": body["namespace"],
                "url": {
                    "signed": format!("{}/upload/file.bin?signature={SIGNATURE}", self.base),
                    "resource": format!("{}/files/file.bin", self.base),
                },
            });
            if let Some(limit) = self.size_limit {
                data["policy"] = json!({ "size_limit": limit });
            }
            // Another upload's event first: it must not be taken for ours.
            let mut other = data.clone();
            other["id"] = json!("someone-else");
            self.rtm.emit("bucket:url:upload:generated", &other);
            self.rtm.emit("bucket:url:upload:generated", &data);
        }
        ResponseTemplate::new(200)
            .set_body_json(json!({"error": false, "reason": "dispatched", "data": {}}))
    }
}

struct Setup {
    rest: MockServer,
    rtm: FakeRtm,
    client: RtmClient,
    uploader: Uploader,
    generated: Arc<AtomicUsize>,
}

async fn setup(emit: bool, size_limit: Option<u64>) -> Setup {
    let rest = MockServer::start().await;
    let rtm = FakeRtm::start(Behaviour::default()).await;
    let client = RtmClient::connect(
        RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
            .url(rtm.url.clone())
            .events(crisp_rtm::upload::EVENTS)
            .connect_timeout(Duration::from_secs(2)),
    );
    timeout(Duration::from_secs(10), client.ready())
        .await
        .expect("active in time")
        .expect("active");
    let generated = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path("/bucket/url/generate"))
        .respond_with(Generate {
            rtm: rtm.clone(),
            base: rest.uri(),
            emit,
            size_limit,
            calls: Arc::clone(&generated),
        })
        .mount(&rest)
        .await;
    let rest_client = crisp_rest::Client::builder()
        .credentials(Credentials::plugin(IDENTIFIER, KEY))
        .base_url(format!("{}/", rest.uri()))
        .build()
        .expect("client");
    let uploader = Uploader::new(rest_client, client.handle())
        .event_timeout(Duration::from_millis(500))
        .put_timeout(Duration::from_secs(5));
    Setup {
        rest,
        rtm,
        client,
        uploader,
        generated,
    }
}

fn file(size: usize) -> File {
    let bytes: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
    File::new("report.pdf", "application/pdf", bytes)
}

fn ids() -> (WebsiteId, SessionId) {
    (WebsiteId::new(WEBSITE), SessionId::new(SESSION))
}

async fn requests_to(server: &MockServer, verb: &str, route: &str) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.method.as_str() == verb && r.url.path() == route)
        .collect()
}

#[tokio::test]
async fn a_file_is_uploaded_in_one_put_then_sent_as_a_file_message() {
    let mut setup = setup(true, Some(1_000_000)).await;
    let file = file(70_000);
    Mock::given(method("PUT"))
        .and(path("/upload/file.bin"))
        .and(query_param("signature", SIGNATURE))
        .and(header("content-type", "application/pdf"))
        .and(header("content-length", "70000"))
        .and(body_bytes(file.bytes.to_vec()))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&setup.rest)
        .await;
    let message_path = format!("/website/{WEBSITE}/conversation/{SESSION}/message");
    Mock::given(method("POST"))
        .and(path(message_path.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"error": false, "reason": "dispatched", "data": {"fingerprint": 4242}}),
        ))
        .mount(&setup.rest)
        .await;

    let (website, session) = ids();
    let sent = setup
        .uploader
        .upload(&website, &session, &file)
        .await
        .expect("uploaded");
    assert_eq!(sent.fingerprint, Some(Fingerprint(4242)));
    assert_eq!(
        sent.resource_url,
        format!("{}/files/file.bin", setup.rest.uri())
    );

    // The generate body: namespace, our id, the file, the website.
    let generate = requests_to(&setup.rest, "POST", "/bucket/url/generate").await;
    assert_eq!(generate.len(), 1);
    let body: Value = serde_json::from_slice(&generate[0].body).unwrap();
    assert_eq!(body["namespace"], "upload");
    let body_id = body["id"].as_str().unwrap_or_default().to_owned();
    assert!(!body_id.is_empty(), "{body}");
    assert_eq!(
        body["file"],
        json!({"name": "report.pdf", "type": "application/pdf"})
    );
    assert_eq!(body["resource"], json!({"type": "website", "id": WEBSITE}));

    // One PUT, without the Crisp credentials.
    let puts = requests_to(&setup.rest, "PUT", "/upload/file.bin").await;
    assert_eq!(puts.len(), 1);
    assert!(puts[0].headers.get("authorization").is_none());

    // The message: a file with the resource URL.
    let messages = requests_to(&setup.rest, "POST", &message_path).await;
    let body: Value = serde_json::from_slice(&messages[0].body).unwrap();
    assert_eq!(
        body,
        json!({
            "type": "file",
            "from": "operator",
            "origin": "chat",
            "content": {"name": "report.pdf", "url": sent.resource_url, "type": "application/pdf"},
        })
    );

    // The stream got both URL events too, in order: the other upload's, then ours.
    let mut ids = Vec::new();
    for _ in 0..2 {
        let item = timeout(Duration::from_secs(5), setup.client.next())
            .await
            .expect("an event in time");
        let Some(Ok(Event::BucketUrlUploadGenerated(payload))) = item else {
            panic!("{item:?}")
        };
        ids.push(payload.id.clone().unwrap_or_default());
    }
    assert_eq!(ids[0], "someone-else");
    assert_eq!(ids[1], body_id);
    // The uploader asked for the event's subscription.
    assert!(
        setup
            .rtm
            .received()
            .iter()
            .any(|frame| frame.contains("socket:bind:push")
                && frame.contains("bucket:url:upload:generated"))
    );
}

#[tokio::test]
async fn an_event_that_never_comes_is_a_timeout_of_the_wait_step() {
    let setup = setup(false, None).await;
    let (website, session) = ids();
    let error = setup
        .uploader
        .upload(&website, &session, &file(10))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::WaitForUrl, "{error}");
    assert!(
        matches!(
            error,
            UploadError::WaitForUrl(WaitError::Timeout { waited }) if waited == Duration::from_millis(500)
        ),
        "{error:?}"
    );
    assert_eq!(setup.generated.load(Ordering::SeqCst), 1);
    assert!(
        requests_to(&setup.rest, "PUT", "/upload/file.bin")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_refused_put_is_a_typed_error_without_the_signature() {
    let setup = setup(true, None).await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(403).set_body_string(format!(
            "<Error><Code>SignatureDoesNotMatch</Code><Signed>{SIGNATURE}</Signed></Error>"
        )))
        .mount(&setup.rest)
        .await;
    let (website, session) = ids();
    let error = setup
        .uploader
        .upload(&website, &session, &file(1000))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::Upload);
    let UploadError::PutStatus { status, url } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(*status, 403);
    assert_eq!(
        url,
        &format!("{}/upload/file.bin?<redacted>", setup.rest.uri())
    );
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains(SIGNATURE), "{shown}");
        assert!(
            !shown.contains("SignatureDoesNotMatch"),
            "no body echo: {shown}"
        );
    }
    // No message for a file that is not there.
    let message_path = format!("/website/{WEBSITE}/conversation/{SESSION}/message");
    assert!(
        requests_to(&setup.rest, "POST", &message_path)
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_slow_upload_url_is_a_put_timeout_without_the_signature() {
    let setup = setup(true, None).await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&setup.rest)
        .await;
    let uploader = setup
        .uploader
        .clone()
        .put_timeout(Duration::from_millis(50));
    let (website, session) = ids();
    let error = uploader
        .upload(&website, &session, &file(10))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::Upload);
    assert!(matches!(error, UploadError::PutTimeout { .. }), "{error:?}");
    assert!(!format!("{error} {error:?}").contains(SIGNATURE));
}

#[tokio::test]
async fn the_size_limit_is_checked_before_anything_is_sent() {
    let setup = setup(true, None).await;
    let uploader = setup.uploader.clone().max_size(100);
    let (website, session) = ids();
    let error = uploader
        .upload(&website, &session, &file(101))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::Check);
    assert!(
        matches!(
            error,
            UploadError::TooLarge {
                size: 101,
                limit: 100
            }
        ),
        "{error:?}"
    );
    assert!(
        setup
            .rest
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
    // Exactly at the limit is fine as far as the check goes (it fails later, no PUT mock).
    let error = uploader
        .upload(&website, &session, &file(100))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::Upload, "{error}");
}

#[tokio::test]
async fn crisp_upload_policy_is_honoured_before_the_put() {
    let setup = setup(true, Some(50)).await;
    let (website, session) = ids();
    let error = setup
        .uploader
        .upload(&website, &session, &file(51))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            UploadError::OverPolicy {
                size: 51,
                limit: 50
            }
        ),
        "{error:?}"
    );
    assert!(
        requests_to(&setup.rest, "PUT", "/upload/file.bin")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_refused_generate_and_a_refused_message_name_their_steps() {
    // Generate refused.
    let rest = MockServer::start().await;
    let rtm = FakeRtm::start(Behaviour::default()).await;
    let client = RtmClient::connect(
        RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
            .url(rtm.url.clone())
            .events([EventName::BucketUrlUploadGenerated]),
    );
    Mock::given(method("POST"))
        .and(path("/bucket/url/generate"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({"error": true, "reason": "not_allowed", "data": {}})),
        )
        .mount(&rest)
        .await;
    let rest_client = crisp_rest::Client::builder()
        .credentials(Credentials::plugin(IDENTIFIER, KEY))
        .base_url(format!("{}/", rest.uri()))
        .build()
        .unwrap();
    let uploader = Uploader::new(rest_client, client.handle());
    let (website, session) = ids();
    let error = uploader
        .upload(&website, &session, &file(10))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::Generate);
    let UploadError::Generate(cause) = &error else {
        panic!("{error:?}")
    };
    assert!(matches!(cause.kind(), ErrorKind::Api(_)), "{cause:?}");

    // The message refused: the file is uploaded, and its URL is in the error.
    let setup = setup(true, None).await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&setup.rest)
        .await;
    Mock::given(method("POST"))
        .and(path(
            format!("/website/{WEBSITE}/conversation/{SESSION}/message").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"error": true, "reason": "session_not_found", "data": {}})),
        )
        .mount(&setup.rest)
        .await;
    let error = setup
        .uploader
        .upload(&website, &session, &file(10))
        .await
        .unwrap_err();
    assert_eq!(error.step(), UploadStep::SendMessage);
    let UploadError::SendMessage { resource_url, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        resource_url,
        &format!("{}/files/file.bin", setup.rest.uri())
    );
}

#[tokio::test]
async fn a_waiter_gets_its_event_while_nobody_reads_the_stream_and_ends_with_the_client() {
    let rtm = FakeRtm::start(Behaviour::default()).await;
    let client = RtmClient::connect(
        RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
            .url(rtm.url.clone())
            .events([EventName::MessageSend]),
    );
    timeout(Duration::from_secs(10), client.ready())
        .await
        .unwrap()
        .unwrap();
    let handle = client.handle();
    let waiter = handle
        .wait_for(|event| {
            event.name() == "message:send"
                && event
                    .session_id()
                    .is_some_and(|s| s.as_str() == "session_2")
        })
        .unwrap();
    for session in ["session_1", "session_2"] {
        rtm.emit(
            "message:send",
            &json!({"website_id": "w1", "session_id": session, "type": "text", "from": "user", "origin": "chat", "content": "hi", "fingerprint": 1, "timestamp": 2}),
        );
    }
    let event = waiter
        .wait(Duration::from_secs(5))
        .await
        .expect("the event");
    assert_eq!(event.session_id().map(|s| s.as_str()), Some("session_2"));

    // Once the client is closed, waiting ends at once, and new waits are refused.
    let pending = handle.wait_for(|_| false).unwrap();
    handle.close();
    drop(client);
    assert_eq!(
        timeout(Duration::from_secs(5), pending)
            .await
            .expect("woken"),
        Err(WaitError::Closed)
    );
    assert_eq!(handle.wait_for(|_| true).unwrap_err(), WaitError::Closed);
}
