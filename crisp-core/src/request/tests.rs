use super::*;
use crate::context::{ClientOptions, RequestContext};
use crate::credentials::Credentials;

const HOSTILE: &[(&str, &str)] = &[
    ("a/b", "a%2Fb"),
    ("x?admin=1", "x%3Fadmin%3D1"),
    ("x#frag", "x%23frag"),
    ("100%", "100%25"),
    ("a\\b", "a%5Cb"),
    ("...", "..."),
    ("%2E%2E", "%252E%252E"),
    ("../../../../website/X", "..%2F..%2F..%2F..%2Fwebsite%2FX"),
    ("élan 😀", "%C3%A9lan%20%F0%9F%98%80"),
];

fn context() -> RequestContext {
    RequestContext::new(
        Some(&Credentials::user("id", "key")),
        &ClientOptions::default(),
    )
    .unwrap()
}

#[test]
fn renders_template_in_order() {
    let request = ApiRequest::new(
        Method::GET,
        "/website/{website_id}/conversation/{session_id}/messages",
    );
    let request = request.param("w1").param("session_1");
    assert_eq!(
        request.path(),
        "/website/w1/conversation/session_1/messages"
    );
    assert_eq!(
        request.route(),
        "/website/{website_id}/conversation/{session_id}/messages"
    );
    request.validate().unwrap();
}

#[test]
fn hostile_values_never_leave_their_segment() {
    for (value, encoded) in HOSTILE {
        let mut request = ApiRequest::new(
            Method::DELETE,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param("w")
        .param(value);
        assert_eq!(
            request.path(),
            format!("/website/w/people/profile/{encoded}"),
            "{value}"
        );
        let http = request.to_http(&context(), None).unwrap();
        // The URI keeps exactly the segments of the route.
        let segments: Vec<_> = http.uri().path().split('/').collect();
        assert_eq!(segments.len(), 7, "{value} -> {}", http.uri());
        assert_eq!(segments[6], *encoded);
        assert!(http.uri().query().is_none(), "{value}");
        assert_eq!(http.uri().host(), Some("api.crisp.chat"));
    }
}

#[test]
fn hostile_values_in_first_and_middle_segments() {
    for (value, encoded) in HOSTILE {
        let request = ApiRequest::new(
            Method::GET,
            "/website/{website_id}/conversation/{session_id}/state",
        )
        .param(value)
        .param(value);
        assert_eq!(
            request.path(),
            format!("/website/{encoded}/conversation/{encoded}/state")
        );
    }
}

#[test]
fn empty_segment_is_rejected_before_sending() {
    let mut request = ApiRequest::new(
        Method::GET,
        "/website/{website_id}/conversation/{session_id}",
    )
    .param("w")
    .param("");
    let error = request.validate().unwrap_err();
    assert!(matches!(error.kind(), ErrorKind::InvalidArgument { .. }));
    assert!(error.to_string().contains("session_id"), "{error}");
    assert!(request.to_http(&context(), None).is_err());
}

#[test]
fn dot_segments_are_rejected_before_sending() {
    for dots in [".", ".."] {
        for position in 0..2 {
            let request = ApiRequest::new(
                Method::DELETE,
                "/website/{website_id}/conversation/{session_id}",
            );
            let mut request = if position == 0 {
                request.param(dots).param("session_1")
            } else {
                request.param("w").param(dots)
            };
            let error = request.validate().unwrap_err();
            assert!(
                matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
                "{dots:?}: {error:?}"
            );
            let name = ["website_id", "session_id"][position];
            assert!(error.to_string().contains(name), "{error}");
            let error = request.to_http(&context(), None).unwrap_err();
            assert!(!error.is_transient(), "{error}");
        }
    }
}

#[test]
fn missing_and_extra_parameters_are_errors() {
    let request = ApiRequest::new(
        Method::GET,
        "/website/{website_id}/conversation/{session_id}",
    )
    .param("w");
    assert!(
        request
            .validate()
            .unwrap_err()
            .to_string()
            .contains("{session_id}")
    );
    let request = ApiRequest::new(Method::GET, "/website/{website_id}")
        .param("w")
        .param("extra");
    assert!(request.validate().is_err());
}

#[test]
fn numbers_render_in_decimal() {
    let request = ApiRequest::new(
        Method::GET,
        "/website/{website_id}/conversations/{page_number}",
    )
    .param("w")
    .param(12u32);
    assert_eq!(request.path(), "/website/w/conversations/12");
}

#[test]
fn query_names_and_values_are_encoded() {
    let request = ApiRequest::new(Method::GET, "/website")
        .query("domain", "a b&c=d#e")
        .query("flag", false)
        .query("absent", None::<&str>)
        .query("search_query", Json(serde_json::json!(["x"])));
    assert_eq!(
        request.query_string(),
        "domain=a%20b%26c%3Dd%23e&flag=0&search_query=%5B%22x%22%5D"
    );
}

#[test]
fn bodies_follow_crisp_conventions() {
    // POST/PATCH/PUT without a body send `{}`; GET/HEAD/DELETE send none.
    for method in [Method::POST, Method::PATCH, Method::PUT] {
        assert_eq!(
            ApiRequest::new(method, "/x").body().as_deref(),
            Some(&b"{}"[..])
        );
    }
    for method in [Method::GET, Method::HEAD, Method::DELETE] {
        assert_eq!(ApiRequest::new(method, "/x").body(), None);
    }
    // DELETE with a body keeps it.
    let request =
        ApiRequest::new(Method::DELETE, "/x").json(&serde_json::json!({"verify": "secret"}));
    assert_eq!(
        request.body().as_deref(),
        Some(&br#"{"verify":"secret"}"#[..])
    );
}

#[test]
fn http_request_has_headers_and_url() {
    let mut request = ApiRequest::new(
        Method::PATCH,
        "/website/{website_id}/conversation/{session_id}/state",
    )
    .param("w")
    .param("s")
    .json(&serde_json::json!({"state": "resolved"}));
    let mut extra = HeaderMap::new();
    extra.insert("x-trace", HeaderValue::from_static("t1"));
    extra.insert(
        header::AUTHORIZATION,
        HeaderValue::from_static("Basic forged"),
    );
    let http = request.to_http(&context(), Some(&extra)).unwrap();
    assert_eq!(http.method(), Method::PATCH);
    assert_eq!(
        http.uri(),
        "https://api.crisp.chat/v1/website/w/conversation/s/state"
    );
    assert_eq!(http.headers()["x-trace"], "t1");
    assert_eq!(http.headers()[header::AUTHORIZATION], "Basic aWQ6a2V5");
    assert_eq!(http.headers()["x-crisp-tier"], "user");
    assert_eq!(http.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(http.body().as_ref(), br#"{"state":"resolved"}"#);
}

#[test]
fn page_can_be_replaced_in_place() {
    let first = ApiRequest::new(
        Method::GET,
        "/website/{website_id}/people/conversations/{people_id}/list/{page_number}",
    )
    .param("w")
    .param("p")
    .page(1)
    .query("filter", "x");
    assert_eq!(first.page_number(), Some(1));
    let tenth = first.with_page(10).unwrap();
    assert_eq!(tenth.path(), "/website/w/people/conversations/p/list/10");
    assert_eq!(tenth.query_string(), "filter=x");
    assert_eq!(tenth.page_number(), Some(10));
    let second = tenth.with_page(2).unwrap();
    assert_eq!(second.path(), "/website/w/people/conversations/p/list/2");
    // A page in the middle of a route keeps what follows it.
    let middle = ApiRequest::new(Method::GET, "/a/{page_number}/b").page(7);
    assert_eq!(middle.with_page(123).unwrap().path(), "/a/123/b");
    assert!(
        ApiRequest::new(Method::GET, "/a/{x}")
            .param(1)
            .with_page(2)
            .is_none()
    );
}

#[test]
fn tree_paths_keep_separators_and_encode_each_segment() {
    let request = ApiRequest::new(Method::GET, "/tree/{locale}/{path}")
        .param("en")
        .tree_path("guides/set up?/ré.md");
    assert!(request.validate().is_ok());
    assert_eq!(request.path(), "/tree/en/guides/set%20up%3F/r%C3%A9.md");
    let single = ApiRequest::new(Method::GET, "/tree/{path}/raw").tree_path("a.md");
    assert_eq!(single.path(), "/tree/a.md/raw");
}

#[test]
fn tree_paths_never_leave_their_route() {
    for bad in [
        "", "/", "a//b", "/a", "a/", ".", "..", "a/../b", "a/./b", "../etc", "a/..",
    ] {
        let request = ApiRequest::new(Method::GET, "/tree/{path}").tree_path(bad);
        let error = request.validate().unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
            "{bad:?}: {error}"
        );
    }
    // Dots inside a segment, and `%2E%2E` written literally, are plain text.
    let ok = ApiRequest::new(Method::GET, "/tree/{path}").tree_path("v1.2/...a/%2E%2E");
    assert_eq!(ok.path(), "/tree/v1.2/...a/%252E%252E");
}
