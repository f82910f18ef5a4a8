//! Errors that name the call: method, verb, route, attempts and elapsed time; and the
//! hints for common mistakes (no credentials, a base URL without `/v1/`, a 401).

use crate::support;

use std::time::Duration;

use crisp_rest::{Client, Credentials, ErrorKind, Hint, RetryPolicy, Tier};
use crisp_types::{SessionId, WebsiteId};
use http::Method;
use wiremock::MockServer;

const ROUTE: &str = "/website/{website_id}/conversation/{session_id}";

fn website() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn session() -> SessionId {
    SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881")
}

#[tokio::test]
async fn an_api_error_names_the_method_route_and_attempts() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(support::refusal(404, "session_not_found")).await;
        let client = support::client(&server.uri(), transport);
        let error = client
            .website()
            .get_conversation(&website(), &session())
            .await
            .unwrap_err();
        let call = error.call().expect("the error names its call");
        assert_eq!(call.method_name, Some("get_conversation"), "{backend}");
        assert_eq!(call.verb, Method::GET);
        assert_eq!(call.route, ROUTE);
        assert_eq!(call.attempts, 1);
        assert!(call.elapsed > Duration::ZERO);
        assert_eq!(call.attempt_timeout, Some(Duration::from_secs(5)));
        let text = error.to_string();
        assert!(
            text.starts_with(&format!(
                "get_conversation (GET {ROUTE}): 404 session_not_found, 1 attempt in "
            )),
            "{backend}: {text}"
        );
        assert!(!text.contains('\n'), "one line: {text}");
        assert!(!text.contains(support::KEY), "no secret: {text}");
        assert!(error.hint().is_none(), "{text}");
    })
    .await;
}

#[tokio::test]
async fn retried_server_errors_count_every_attempt() {
    let server = support::answering(support::refusal(503, "server_error")).await;
    let server = &server;
    support::for_each_backend(|backend, transport| async move {
        let client = support::client(&server.uri(), transport);
        let error = client
            .website()
            .get_conversation(&website(), &session())
            .retry(
                RetryPolicy::default()
                    .max_attempts(3)
                    .initial_backoff(Duration::from_millis(1))
                    .max_backoff(Duration::from_millis(2)),
            )
            .await
            .unwrap_err();
        assert_eq!(
            error.call().map(|c| c.attempts),
            Some(3),
            "{backend}: {error}"
        );
        assert!(
            error
                .to_string()
                .contains("503 server_error, 3 attempts in "),
            "{backend}: {error}"
        );
    })
    .await;
}

#[tokio::test]
async fn a_timeout_says_the_limit_per_attempt_and_the_total() {
    let server =
        support::answering(support::refusal(200, "ok").set_delay(Duration::from_secs(30))).await;
    let server = &server;
    support::for_each_backend(|backend, transport| async move {
        let client = support::client(&server.uri(), transport);
        let error = client
            .website()
            .get_conversation(&website(), &session())
            .timeout(Duration::from_millis(50))
            .retry(
                RetryPolicy::default()
                    .max_attempts(2)
                    .initial_backoff(Duration::from_millis(1))
                    .max_backoff(Duration::from_millis(2)),
            )
            .await
            .unwrap_err();
        assert!(matches!(error.kind(), ErrorKind::Timeout { .. }), "{error}");
        let call = error.call().expect("call");
        assert_eq!(call.attempts, 2, "{backend}");
        assert!(call.elapsed >= Duration::from_millis(100), "{call:?}");
        let text = error.to_string();
        assert!(
            text.starts_with(&format!(
                "get_conversation (GET {ROUTE}): timed out after 50 ms per attempt; 2 attempts in "
            )),
            "{backend}: {text}"
        );
    })
    .await;
}

#[tokio::test]
async fn an_argument_refused_before_sending_names_the_call() {
    let server = MockServer::start().await;
    let (_, transport) = support::backends().remove(0);
    let client = support::client(&server.uri(), transport);
    let error = client
        .website()
        .get_conversation(&website(), &SessionId::new(""))
        .await
        .unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
        "{error}"
    );
    assert_eq!(error.call().map(|c| c.attempts), Some(0));
    let text = error.to_string();
    assert!(
        text.starts_with(&format!(
            "get_conversation (GET {ROUTE}): invalid argument: "
        )),
        "{text}"
    );
    assert!(text.ends_with(" (not sent)"), "{text}");
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

#[tokio::test]
async fn a_raw_call_names_its_verb_and_route_without_a_method() {
    let server = support::answering(support::refusal(400, "invalid_data")).await;
    let server = &server;
    support::for_each_backend(|backend, transport| async move {
        let client = support::client(&server.uri(), transport);
        let error = client
            .raw(Method::POST, "/website/{website_id}/new/route")
            .param(website())
            .unit()
            .await
            .unwrap_err();
        let call = error.call().expect("call");
        assert_eq!(call.method_name, None, "{backend}");
        assert!(
            error.to_string().starts_with(
                "POST /website/{website_id}/new/route: 400 invalid_data, 1 attempt in "
            ),
            "{backend}: {error}"
        );
    })
    .await;
}

#[test]
fn a_client_without_credentials_is_refused_unless_anonymous() {
    let (_, transport) = support::backends().remove(0);
    let error = Client::builder()
        .transport(std::sync::Arc::clone(&transport))
        .build()
        .unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
        "{error}"
    );
    let text = error.to_string();
    assert!(text.contains("ClientBuilder::credentials"), "{text}");
    assert!(text.contains("ClientBuilder::anonymous"), "{text}");
    let client = Client::builder()
        .anonymous()
        .transport(transport)
        .build()
        .expect("an anonymous client when asked for");
    assert!(client.credentials().is_none());
}

#[tokio::test]
async fn a_route_error_from_a_base_url_without_v1_says_so() {
    let server = support::answering(support::refusal(404, "route_error")).await;
    let server = &server;
    support::for_each_backend(|backend, transport| async move {
        let without = Client::builder()
            .credentials(Credentials::plugin(support::IDENTIFIER, support::KEY))
            .base_url(format!("{}/", server.uri()))
            .transport(std::sync::Arc::clone(&transport))
            .build()
            .expect("client");
        let error = without
            .website()
            .get_conversation(&website(), &session())
            .await
            .unwrap_err();
        assert_eq!(
            error.hint(),
            Some(&Hint::BaseUrlWithoutV1 {
                base_url: server.uri()
            }),
            "{backend}: {error}"
        );
        let text = error.to_string();
        assert!(
            text.contains("404 route_error, 1 attempt in ")
                && text.contains("; hint: the base URL `")
                && text.contains("has no `/v1/` in its path"),
            "{backend}: {text}"
        );

        // The same answer through a base URL with `/v1/` is a route the server lacks:
        // no hint.
        let with = support::client(&server.uri(), std::sync::Arc::clone(&transport));
        let error = with
            .website()
            .get_conversation(&website(), &session())
            .await
            .unwrap_err();
        assert_eq!(error.reason(), Some("route_error"));
        assert!(error.hint().is_none(), "{backend}: {error}");

        // A per-call base URL is the one judged.
        let error = with
            .website()
            .get_conversation(&website(), &session())
            .base_url(format!("{}/api/", server.uri()))
            .await
            .unwrap_err();
        assert!(
            matches!(error.hint(), Some(Hint::BaseUrlWithoutV1 { base_url }) if base_url.contains("/api")),
            "{backend}: {error}"
        );
    })
    .await;
}

#[tokio::test]
async fn a_401_says_to_check_the_token_pair_and_the_tier() {
    let server = support::answering(support::refusal(401, "invalid_session")).await;
    let server = &server;
    support::for_each_backend(|backend, transport| async move {
        let client = Client::builder()
            .credentials(Credentials::new(
                Tier::Website,
                support::IDENTIFIER,
                support::KEY,
            ))
            .base_url(format!("{}/v1/", server.uri()))
            .transport(std::sync::Arc::clone(&transport))
            .build()
            .expect("client");
        let error = client
            .website()
            .get_conversation(&website(), &session())
            .await
            .unwrap_err();
        assert_eq!(
            error.hint(),
            Some(&Hint::CheckCredentials {
                tier: Some(Tier::Website)
            }),
            "{backend}: {error}"
        );
        let text = error.to_string();
        assert!(
            text.contains("401 invalid_session, 1 attempt in ")
                && text.contains("hint: check that the identifier and key are one token pair")
                && text.contains("the tier `website` (X-Crisp-Tier)"),
            "{backend}: {text}"
        );
        assert!(!text.contains(support::KEY), "no secret: {text}");
        assert!(!text.contains(support::IDENTIFIER), "no identifier: {text}");

        let anonymous = Client::builder()
            .anonymous()
            .base_url(format!("{}/v1/", server.uri()))
            .transport(transport)
            .build()
            .expect("client");
        let error = anonymous
            .website()
            .get_conversation(&website(), &session())
            .await
            .unwrap_err();
        assert_eq!(error.hint(), Some(&Hint::CheckCredentials { tier: None }));
        assert!(
            error
                .to_string()
                .contains("hint: the client sent no credentials"),
            "{error}"
        );
    })
    .await;
}

#[tokio::test]
async fn other_statuses_carry_no_hint() {
    let server = support::answering(support::refusal(403, "not_allowed")).await;
    let server = &server;
    support::for_each_backend(|backend, transport| async move {
        let client = support::client(&server.uri(), transport);
        let error = client
            .website()
            .get_conversation(&website(), &session())
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(403), "{backend}");
        assert!(error.hint().is_none(), "{backend}: {error}");
    })
    .await;
}
