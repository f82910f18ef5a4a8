//! File upload end to end against the embedded sandbox, through the public API: the
//! uploader asks for a bucket URL, gets it over the realtime socket, PUTs the file to the
//! sandbox's signed URL and sends the `file` message; the file is then served at its
//! resource URL, and the conversation shows the message. The sandbox's upload URL behaves
//! as a presigned S3 URL: one whole-body PUT with the declared type, signed.

use std::time::Duration;

use crisp::core::reexports::Bytes;
use crisp::rest::website::conversation::MessagesQuery;
use crisp::rtm::RtmClient;
use crisp::rtm::upload::{File, UploadError, UploadStep, Uploader};
use crisp::sandbox::Sandbox;
use crisp::types::bucket::url::{BucketFile, BucketNamespace, BucketResource, BucketUrlRequest};
use crisp::types::event::{Event, EventName};
use crisp::types::website::conversation::MessageContent;
use crisp_tests::sandbox::{PATIENCE, client, next_event, rtm_config, wait_state};
use http::Method;
use http::header::CONTENT_TYPE;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::timeout;

const EVENTS: [EventName; 2] = [
    EventName::BucketUrlUploadGenerated,
    EventName::MessageReceived,
];

/// A 300 KB file that is not the same byte repeated.
fn pdf() -> File {
    let bytes: Vec<u8> = (0..300_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    File::new("quarterly report.pdf", "application/pdf", bytes)
}

/// GET or PUT through the REST client's transport (no Crisp credentials added).
async fn raw(
    rest: &crisp::Client,
    method: Method,
    url: &str,
    content_type: Option<&str>,
    body: Bytes,
) -> http::Response<Bytes> {
    let mut request = http::Request::builder().method(method).uri(url);
    if let Some(content_type) = content_type {
        request = request.header(CONTENT_TYPE, content_type);
    }
    let request = request.body(body).unwrap();
    timeout(PATIENCE, rest.transport().send(request))
        .await
        .expect("an answer in time")
        .expect("exchanged")
}

#[tokio::test]
async fn a_300_kb_file_is_uploaded_served_and_sent_as_a_message() {
    let sandbox = Sandbox::start().await.unwrap();
    let rest = client(&sandbox);
    let website = sandbox.website_id();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, EVENTS));
    wait_state(&rtm, "active").await;
    let session = rest
        .website()
        .create_new_conversation(&website)
        .await
        .unwrap()
        .session_id;

    let file = pdf();
    let uploader = Uploader::new(rest.clone(), rtm.handle());
    let sent = timeout(PATIENCE, uploader.upload(&website, &session, &file))
        .await
        .expect("in time")
        .expect("uploaded and sent");
    assert!(
        sent.resource_url
            .starts_with(&format!("http://{}/bucket/file/", sandbox.address())),
        "{}",
        sent.resource_url
    );

    // The resource URL serves the very bytes, with their type.
    let served = raw(&rest, Method::GET, &sent.resource_url, None, Bytes::new()).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()[CONTENT_TYPE], "application/pdf");
    assert_eq!(served.body().len(), 300_000);
    assert!(served.body() == &file.bytes, "the bytes served differ");

    // The conversation has the file message.
    let messages = rest
        .website()
        .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
        .await
        .unwrap();
    let message = messages
        .iter()
        .find(|m| m.fingerprint == sent.fingerprint)
        .expect("the file message");
    let MessageContent::File(content) = &message.content else {
        panic!("not a file: {:?}", message.content)
    };
    assert_eq!(content.name.as_deref(), Some("quarterly report.pdf"));
    assert_eq!(content.url.as_deref(), Some(sent.resource_url.as_str()));
    assert_eq!(content.mime.as_deref(), Some("application/pdf"));

    // The user's own stream received the bucket event too, then the message.
    let event = next_event(&mut rtm, "bucket:url:upload:generated").await;
    let Event::BucketUrlUploadGenerated(payload) = &event else {
        panic!("{event:?}")
    };
    let url = payload.url.as_ref().unwrap();
    assert_eq!(url.resource.as_deref(), Some(sent.resource_url.as_str()));
    assert_eq!(
        payload.policy.as_ref().and_then(|p| p.size_limit),
        Some(10 * 1024 * 1024)
    );
    next_event(&mut rtm, "message:received").await;

    // The signed URL took one upload: a second PUT (a file sent in parts) is refused, and
    // the file stays whole.
    let signed = url.signed.clone().unwrap();
    let again = raw(
        &rest,
        Method::PUT,
        &signed,
        Some("application/pdf"),
        Bytes::from_static(b"part 2"),
    )
    .await;
    assert_eq!(again.status(), 403);
    let served = raw(&rest, Method::GET, &sent.resource_url, None, Bytes::new()).await;
    assert_eq!(served.body().len(), 300_000);

    // Bucket events go over RTM only: no web hook delivery (none registered, and the log
    // of deliveries is empty), but the event log has it.
    assert!(
        sandbox
            .events()
            .iter()
            .any(|e| e.name == "bucket:url:upload:generated")
    );
}

/// A signed URL of the sandbox, fresh (from the event log: the sandbox emits before it
/// answers), for `mime`.
async fn signed_url(sandbox: &Sandbox, rest: &crisp::Client, mime: &str) -> String {
    let id = format!("test-{}", fastrand_id());
    let request = BucketUrlRequest::new(BucketNamespace::Upload, BucketFile::new("a.txt", mime))
        .id(id.clone())
        .resource(BucketResource::new(
            "website",
            sandbox.website_id().as_str(),
        ));
    rest.bucket().generate_bucket_url(&request).await.unwrap();
    sandbox
        .events()
        .into_iter()
        .find(|e| e.data["id"] == id.as_str())
        .and_then(|e| e.data["url"]["signed"].as_str().map(str::to_owned))
        .expect("the event with the URL")
}

fn fastrand_id() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

/// Sends `head` (a request line and headers, `Host` and `Connection: close` added, then
/// maybe a body) on a new connection; the whole answer.
async fn raw_tcp(sandbox: &Sandbox, head: &str) -> String {
    let (line, rest) = head.split_once("\r\n").unwrap();
    let request = format!(
        "{line}\r\nHost: {}\r\nConnection: close\r\n{rest}",
        sandbox.address()
    );
    let mut stream = tokio::net::TcpStream::connect(sandbox.address())
        .await
        .unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    // The server may answer and close before reading all: whatever came is the answer.
    let _ = timeout(PATIENCE, stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn the_upload_url_checks_signature_type_length_and_size() {
    let sandbox = Sandbox::start().await.unwrap();
    let rest = client(&sandbox);
    let body = Bytes::from_static(b"hello");

    // A wrong signature, then no Content-Type: 403; another type: 400.
    let signed = signed_url(&sandbox, &rest, "text/plain").await;
    let forged = format!("{}x", signed);
    let answer = raw(
        &rest,
        Method::PUT,
        &forged,
        Some("text/plain"),
        body.clone(),
    )
    .await;
    assert_eq!(answer.status(), 403);
    let answer = raw(&rest, Method::PUT, &signed, None, body.clone()).await;
    assert_eq!(answer.status(), 403);
    let answer = raw(&rest, Method::PUT, &signed, Some("text/html"), body.clone()).await;
    assert_eq!(answer.status(), 400);
    // Nothing was stored by the refusals: the right PUT still works, once.
    let answer = raw(
        &rest,
        Method::PUT,
        &signed,
        Some("text/plain"),
        body.clone(),
    )
    .await;
    assert_eq!(answer.status(), 200);

    // A chunked body (no Content-Length) is refused with 411.
    let signed = signed_url(&sandbox, &rest, "text/plain").await;
    let target = signed
        .split_once(&sandbox.address().to_string())
        .unwrap()
        .1
        .to_owned();
    let answer = raw_tcp(
        &sandbox,
        &format!("PUT {target} HTTP/1.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 411"), "{answer}");
    // Over the 10 MiB policy: 400, from the declared length, before any body is read.
    let answer = raw_tcp(
        &sandbox,
        &format!(
            "PUT {target} HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
            10 * 1024 * 1024 + 1
        ),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(answer.contains("EntityTooLarge"), "{answer}");
    // An unknown upload URL: 404.
    let unknown = format!(
        "http://{}/bucket/upload/nope?signature=x",
        sandbox.address()
    );
    let answer = raw(&rest, Method::PUT, &unknown, Some("text/plain"), body).await;
    assert_eq!(answer.status(), 404);
}

#[tokio::test]
async fn the_uploader_against_the_sandbox_refuses_large_files_and_unknown_websites() {
    let sandbox = Sandbox::start().await.unwrap();
    let rest = client(&sandbox);
    let rtm = RtmClient::connect(rtm_config(&sandbox, EVENTS));
    wait_state(&rtm, "active").await;
    let website = sandbox.website_id();
    let session = rest
        .website()
        .create_new_conversation(&website)
        .await
        .unwrap()
        .session_id;
    let uploader = Uploader::new(rest.clone(), rtm.handle())
        .max_size(1000)
        .event_timeout(Duration::from_secs(5));
    let requests = sandbox.requests().len();
    let error = uploader
        .upload(&website, &session, &pdf())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            UploadError::TooLarge {
                size: 300_000,
                limit: 1000
            }
        ),
        "{error:?}"
    );
    assert_eq!(sandbox.requests().len(), requests, "nothing was sent");

    let other = crisp::types::WebsiteId::new("00000000-0000-0000-0000-000000000000");
    let small = File::new("a.txt", "text/plain", b"hi".to_vec());
    let error = uploader.upload(&other, &session, &small).await.unwrap_err();
    assert_eq!(error.step(), UploadStep::Generate, "{error}");
}
