//! Paged lists walked as streams: where they start, what they request, and each way they
//! end (empty page, repeated page, caller limits, error).

use std::sync::Arc;

use crisp_core::test_util::CaptureTransport;
use crisp_rest::website::conversation::ListConversations;
use crisp_rest::{Client, Credentials, ErrorKind, RetryPolicy, Transport};
use crisp_types::WebsiteId;
use crisp_types::website::conversation::SuggestedSegment;
use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;

fn client() -> (Client, Arc<CaptureTransport>) {
    let transport = Arc::new(CaptureTransport::new());
    let client = Client::builder()
        .credentials(Credentials::plugin("identifier", "key"))
        .transport(Arc::clone(&transport) as Arc<dyn Transport>)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    (client, transport)
}

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

/// A page of suggested segments named `names`.
fn page(names: &[&str]) -> String {
    let items: Vec<_> = names
        .iter()
        .map(|n| json!({"segment": n, "count": 1}))
        .collect();
    json!({"error": false, "reason": "resolved", "data": items}).to_string()
}

fn paths(transport: &CaptureTransport) -> Vec<String> {
    transport
        .requests()
        .iter()
        .map(|r| {
            let path = r.path().rsplit('/').next().unwrap_or("").to_owned();
            match r.query() {
                Some(q) => format!("{path}?{q}"),
                None => path,
            }
        })
        .collect()
}

fn names(items: &[SuggestedSegment]) -> Vec<String> {
    items.iter().filter_map(|s| s.segment.clone()).collect()
}

#[tokio::test]
async fn one_page_is_a_page() {
    let (client, transport) = client();
    transport.push_json(200, &page(&["a", "b"]));
    let page = client
        .website()
        .list_suggested_conversation_segments(&w(), 7)
        .await
        .unwrap();
    assert_eq!(page.number(), 7);
    assert_eq!(page.len(), 2);
    assert_eq!(names(page.items()), ["a", "b"]);
    assert_eq!(names(&page.into_items()), ["a", "b"]);
}

#[tokio::test]
async fn items_run_across_pages_until_an_empty_page() {
    let (client, transport) = client();
    transport.push_json(200, &page(&["a", "b"]));
    transport.push_json(200, &page(&["c"]));
    transport.push_json(200, &page(&[]));
    let items: Vec<SuggestedSegment> = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&items), ["a", "b", "c"]);
    assert_eq!(paths(&transport), ["1", "2", "3"]);
}

#[tokio::test]
async fn a_page_repeating_the_previous_one_ends_the_list_and_is_not_yielded() {
    let (client, transport) = client();
    transport.push_json(200, &page(&["a"]));
    transport.push_json(200, &page(&["b"]));
    transport.push_json(200, &page(&["b"]));
    let pages: Vec<_> = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let numbers: Vec<u32> = pages.iter().map(|p| p.number()).collect();
    assert_eq!(numbers, [1, 2]);
    assert_eq!(paths(&transport), ["1", "2", "3"]);
}

#[tokio::test]
async fn limits_stop_before_requesting_more() {
    let (client, transport) = client();
    for _ in 0..5 {
        transport.push_json(200, &page(&["x", "y"]));
    }
    // Identical bodies would end the stream as repeated pages, so vary them.
    let (client2, transport2) = self::client();
    for i in 0..5 {
        transport2.push_json(200, &page(&[&format!("p{i}a"), &format!("p{i}b")]));
    }
    let pages: Vec<_> = client2
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .pages()
        .max_pages(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(paths(&transport2), ["1", "2"]);

    let items: Vec<_> = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .items()
        .max_items(1)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&items), ["x"]);
    assert_eq!(paths(&transport), ["1"], "one page is enough for one item");
    let none: Vec<_> = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .items()
        .max_items(0)
        .try_collect()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_eq!(paths(&transport), ["1"], "no request for zero items");
}

#[tokio::test]
async fn streams_start_at_the_given_page_and_keep_the_query() {
    let (client, transport) = client();
    let conversations = |ids: &[&str]| {
        let items: Vec<_> = ids
            .iter()
            .map(|id| json!({"session_id": id, "website_id": w().to_string()}))
            .collect();
        json!({"error": false, "reason": "resolved", "data": items}).to_string()
    };
    transport.push_json(200, &conversations(&["session_a"]));
    transport.push_json(200, &conversations(&["session_b"]));
    transport.push_json(200, &conversations(&[]));
    let ids: Vec<String> = client
        .website()
        .list_conversations(&w(), 9, ListConversations::new().per_page(1))
        .items()
        .map_ok(|c| c.session_id.to_string())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["session_a", "session_b"]);
    assert_eq!(
        paths(&transport),
        ["9?per_page=1", "10?per_page=1", "11?per_page=1"]
    );
}

#[tokio::test]
async fn an_error_is_yielded_once_and_ends_the_stream() {
    let (client, transport) = client();
    transport.push_json(200, &page(&["a"]));
    transport.push_json(403, r#"{"error":true,"reason":"not_allowed","data":{}}"#);
    let mut items = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .items();
    assert!(items.next().await.unwrap().is_ok());
    let error = items.next().await.unwrap().unwrap_err();
    assert!(matches!(error.kind(), ErrorKind::Api(api) if api.reason == "not_allowed"));
    assert!(items.next().await.is_none());
    assert_eq!(paths(&transport), ["1", "2"]);
}

#[tokio::test]
async fn a_limit_set_after_the_first_poll_counts_from_there() {
    let (client, transport) = client();
    for i in 0..6 {
        transport.push_json(200, &page(&[&format!("p{i}a"), &format!("p{i}b")]));
    }
    let mut pages = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .pages()
        .max_pages(5);
    let first = pages.try_next().await.unwrap().expect("page 1");
    assert_eq!(first.number(), 1);
    // The last limit set wins, counted from the pages already yielded.
    let rest: Vec<_> = pages.max_pages(1).try_collect().await.unwrap();
    assert_eq!(rest.len(), 1);
    assert_eq!(paths(&transport), ["1", "2"]);

    let (client, transport) = self::client();
    for i in 0..6 {
        transport.push_json(200, &page(&[&format!("p{i}a"), &format!("p{i}b")]));
    }
    let mut items = client
        .website()
        .list_suggested_conversation_segments(&w(), 1)
        .items();
    let first = items.try_next().await.unwrap().expect("item 1");
    assert_eq!(first.segment.as_deref(), Some("p0a"));
    let rest: Vec<_> = items.max_pages(1).max_items(2).try_collect().await.unwrap();
    assert_eq!(names(&rest), ["p0b", "p1a"]);
    assert_eq!(
        paths(&transport),
        ["1", "2"],
        "one more page, then the item limit"
    );
}
