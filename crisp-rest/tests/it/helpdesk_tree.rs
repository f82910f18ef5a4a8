//! Tree paths of the helpdesk tree routes, end to end through the public methods over the
//! capture transport: a path spans several URL segments, each percent-encoded on its own,
//! and a path with an empty, `.` or `..` segment fails with `InvalidArgument` before any
//! request is sent.
//!
//! The capture transport is taken from `crisp_core::test_util` (a dev-dependency with its
//! `test-util` feature), the same type `crisp_rest::test_util` re-exports, so this test
//! runs without `--features test-util`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crisp_core::test_util::CaptureTransport;
use crisp_rest::website::helpdesk_tree::ListHelpdeskTree;
use crisp_rest::{Client, Credentials, Error, ErrorKind, RetryPolicy, Transport};
use crisp_types::WebsiteId;
use crisp_types::website::helpdesk_tree::{
    HelpdeskContentType, HelpdeskTreeMetadata, HelpdeskTreePathUpdate,
};

const WEBSITE: &str = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";

fn client() -> (Client, Arc<CaptureTransport>) {
    let transport = Arc::new(CaptureTransport::new());
    let client = Client::builder()
        .credentials(Credentials::plugin("identifier", "key"))
        .transport(Arc::clone(&transport) as Arc<dyn Transport>)
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    (client, transport)
}

type Call = Pin<Box<dyn Future<Output = Result<(), Error>> + Send>>;

/// Every method taking a tree path, called on `path` (route kind, call).
fn tree_calls(client: &Client, path: &str) -> Vec<(&'static str, Call)> {
    let w = WebsiteId::new(WEBSITE);
    let guides = HelpdeskContentType::Guides;
    let api = client.website();
    macro_rules! call {
        ($e:expr) => {{
            let call = $e;
            Box::pin(async move { call.await.map(drop) }) as Call
        }};
    }
    vec![
        (
            "path",
            call!(api.create_helpdesk_tree_path(&w, "en", &guides, path)),
        ),
        (
            "path",
            call!(api.resolve_helpdesk_tree_path(&w, "en", &guides, path)),
        ),
        (
            "path",
            call!(api.update_helpdesk_tree_path(
                &w,
                "en",
                &guides,
                path,
                &HelpdeskTreePathUpdate::new("move").to("elsewhere.md")
            )),
        ),
        (
            "path",
            call!(api.delete_helpdesk_tree_path(&w, "en", &guides, path)),
        ),
        (
            "content",
            call!(api.resolve_helpdesk_tree_content(&w, "en", &guides, path)),
        ),
        (
            "content",
            call!(api.save_helpdesk_tree_content(&w, "en", &guides, path, "# Hi")),
        ),
        (
            "metadata",
            call!(api.resolve_helpdesk_tree_metadata(&w, "en", &guides, path)),
        ),
        (
            "metadata",
            call!(api.update_helpdesk_tree_metadata(
                &w,
                "en",
                &guides,
                path,
                &HelpdeskTreeMetadata::new().title("Hi")
            )),
        ),
        (
            "page",
            call!(api.resolve_helpdesk_tree_page(&w, "en", &guides, path)),
        ),
    ]
}

#[tokio::test]
async fn a_tree_path_spans_segments_each_encoded_on_its_own() {
    let (client, transport) = client();
    let calls = tree_calls(&client, "guides/set up/ré.md");
    let count = calls.len();
    for (kind, call) in calls {
        transport.clear();
        call.await.expect("call succeeds");
        let request = transport.last().expect("one request");
        assert_eq!(
            request.path(),
            format!(
                "/v1/website/{WEBSITE}/helpdesk/tree/{kind}/en/guides/guides/set%20up/r%C3%A9.md"
            )
        );
        assert_eq!(request.query(), None);
    }
    assert_eq!(count, 9);
}

#[tokio::test]
async fn query_and_fragment_characters_stay_in_their_segment() {
    let (client, transport) = client();
    client
        .website()
        .resolve_helpdesk_tree_path(
            &WebsiteId::new(WEBSITE),
            "en",
            &HelpdeskContentType::News,
            "2025/v1.2?draft#top.md",
        )
        .await
        .expect("call succeeds");
    let request = transport.last().expect("one request");
    assert_eq!(
        request.path(),
        format!("/v1/website/{WEBSITE}/helpdesk/tree/path/en/news/2025/v1.2%3Fdraft%23top.md")
    );
    assert_eq!(request.query(), None);
}

#[tokio::test]
async fn bad_tree_paths_fail_before_any_request() {
    let (client, transport) = client();
    for bad in ["../x", "a//b", "/a", "a/", ".", "", "..", "a/./b", "a/.."] {
        for (kind, call) in tree_calls(&client, bad) {
            let error = call.await.expect_err(bad);
            assert!(
                matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
                "{kind} {bad:?}: {error}"
            );
        }
    }
    assert!(transport.requests().is_empty(), "a request was sent");
}

#[tokio::test]
async fn a_sub_path_filter_is_a_plain_query_value() {
    let (client, transport) = client();
    transport.push_json(200, r#"{"error":false,"reason":"resolved","data":[]}"#);
    let page = client
        .website()
        .list_helpdesk_tree(
            &WebsiteId::new(WEBSITE),
            "fr",
            &HelpdeskContentType::References,
            3,
            ListHelpdeskTree::new().sub_path("api/v1"),
        )
        .await
        .expect("call succeeds");
    assert!(page.items().is_empty());
    let request = transport.last().expect("one request");
    assert_eq!(
        request.path(),
        format!("/v1/website/{WEBSITE}/helpdesk/tree/list/fr/references/3")
    );
    assert_eq!(request.query(), Some("sub_path=api%2Fv1"));
}
