//! Every Conversations method against a wiremock server on loopback, over both backends:
//! verb, path, query, body and the `Authorization`, `X-Crisp-Tier`, `User-Agent` headers.

use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::samples::conversation::samples;
use crate::support;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conversation_methods_send_the_right_requests_on_both_backends() {
    support::for_each_backend(|backend, transport| async move {
        let server = MockServer::start().await;
        let client = support::client(&server.uri(), transport);
        for sample in samples() {
            let name = sample.name();
            let (verb, path) = sample
                .request_line
                .unwrap_or_else(|| panic!("{name}: the Conversations samples fix the request line"));
            server.reset().await;
            let response = if verb == "HEAD" {
                ResponseTemplate::new(200)
            } else {
                ResponseTemplate::new(200).set_body_json(support::ok(sample.data.clone()))
            };
            Mock::given(any())
                .respond_with(response)
                .mount(&server)
                .await;

            (sample.run)(client.clone())
                .await
                .unwrap_or_else(|e| panic!("[{backend}] {name}: {e}"));

            let requests = server.received_requests().await.unwrap_or_default();
            assert_eq!(requests.len(), 1, "[{backend}] {name}: one request");
            let request = &requests[0];
            let tag = format!("[{backend}] {name}");
            assert_eq!(request.method.as_str(), verb, "{tag}: verb");
            assert_eq!(request.url.path(), path, "{tag}: path");
            assert_eq!(
                request.url.query().unwrap_or(""),
                sample.query.unwrap_or(""),
                "{tag}: query"
            );
            match &sample.body {
                Some(expected) => {
                    let got: Value = serde_json::from_slice(&request.body)
                        .unwrap_or_else(|e| panic!("{tag}: body not JSON: {e}"));
                    assert_eq!(&got, expected, "{tag}: body");
                    assert_eq!(
                        request
                            .headers
                            .get("content-type")
                            .map(|v| v.to_str().unwrap_or("")),
                        Some("application/json"),
                        "{tag}"
                    );
                }
                None => assert!(request.body.is_empty(), "{tag}: no body expected"),
            }
            let header = |name: &str| {
                request
                    .headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_owned()
            };
            assert_eq!(
                header("authorization"),
                "Basic N2MzZWYyMWMtMWUwNC00MWNlLThjMDYtNTYwNWMzNDZmNzNlOmNjMjllMWE1MDg2ZTQyOGZjYzZhNjk3ZDU4MzdhNjZkODI4MDhlNjVjNWNjZTAwNmZiZjIxOTFjZWVhODBhMGE=",
                "{tag}: authorization"
            );
            assert_eq!(header("x-crisp-tier"), "plugin", "{tag}: tier");
            assert_eq!(
                header("user-agent"),
                concat!("crisp-rs/", env!("CARGO_PKG_VERSION")),
                "{tag}: user agent"
            );
        }
    })
    .await;
}
