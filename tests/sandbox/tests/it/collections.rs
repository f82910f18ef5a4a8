//! The stateful collections of the route table through crisp-rest: create, read, list,
//! update, save, delete round trips (campaigns, inboxes, helpdesk articles, people data,
//! subscriptions and events), and bad bodies refused with 400 `invalid_data` naming the
//! field.

use bytes::Bytes;
use crisp_core::Transport;
use crisp_rest::backend::ReqwestTransport;
use crisp_rest::website::helpdesk::ListHelpdeskLocaleArticles;
use crisp_rest::{Client, RetryPolicy};
use crisp_sandbox::Sandbox;
use crisp_types::website::campaign::{CampaignType, CampaignUpdate};
use crisp_types::website::helpdesk::HelpdeskLocaleArticleUpdate;
use crisp_types::website::inbox::InboxSave;
use crisp_types::website::people::{
    NewPeopleEvent, PeopleData, PeopleProfileUpdate, PeopleSubscriptionUpdate,
};
use crisp_types::{CampaignId, PeopleId};
use serde_json::{Value, json};

fn client(sandbox: &Sandbox) -> Client {
    Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// The status of a crisp-rest error (404 …), when a response arrived.
fn status(error: &crisp_rest::Error) -> Option<u16> {
    error.status().map(|s| s.as_u16())
}

#[tokio::test]
async fn campaigns_round_trip() {
    let sandbox = Sandbox::start().await.unwrap();
    let c = client(&sandbox);
    let w = sandbox.website_id();
    let site = c.website();
    let id = site
        .create_new_campaign(&w, CampaignType::OneShot, "Welcome")
        .await
        .unwrap()
        .campaign_id
        .unwrap();
    let second = site
        .create_new_campaign(&w, CampaignType::Automated, "Trial ending")
        .await
        .unwrap()
        .campaign_id
        .unwrap();
    assert_ne!(id, second);
    assert!(site.check_campaign_exists(&w, &id).await.unwrap());
    let campaign = site.get_campaign(&w, &id).await.unwrap();
    assert_eq!(campaign.campaign_id.as_ref(), Some(&id));
    assert_eq!(campaign.name.as_deref(), Some("Welcome"));
    let page = site.list_campaigns(&w, 1).await.unwrap();
    assert_eq!(page.len(), 2);
    assert_eq!(page[0].name.as_deref(), Some("Welcome"));
    assert!(site.list_campaigns(&w, 2).await.unwrap().is_empty());

    // PATCH merges, PUT replaces.
    site.update_campaign(&w, &id, &CampaignUpdate::new().subject("Hi there"))
        .await
        .unwrap();
    let campaign = site.get_campaign(&w, &id).await.unwrap();
    assert_eq!(campaign.name.as_deref(), Some("Welcome"));
    assert_eq!(campaign.subject.as_deref(), Some("Hi there"));
    site.save_campaign(&w, &id, &CampaignUpdate::new().name("Renamed"))
        .await
        .unwrap();
    let campaign = site.get_campaign(&w, &id).await.unwrap();
    assert_eq!(campaign.name.as_deref(), Some("Renamed"));
    assert_eq!(campaign.subject, None);
    assert_eq!(campaign.campaign_id.as_ref(), Some(&id));

    site.remove_campaign(&w, &id).await.unwrap();
    assert!(!site.check_campaign_exists(&w, &id).await.unwrap());
    let error = site.get_campaign(&w, &id).await.unwrap_err();
    assert_eq!(status(&error), Some(404), "{error}");
    assert_eq!(error.reason(), Some("campaign_not_found"), "{error}");
    let error = site.remove_campaign(&w, &id).await.unwrap_err();
    assert_eq!(status(&error), Some(404));
    assert_eq!(site.list_campaigns(&w, 1).await.unwrap().len(), 1);
    // Another website's campaign is not found.
    let error = site
        .get_campaign(&crisp_types::WebsiteId::new("nope"), &second)
        .await
        .unwrap_err();
    assert_eq!(error.reason(), Some("website_not_found"), "{error}");
    let unknown = CampaignId::new("00000000-0000-4000-8000-000000000000");
    assert!(!site.check_campaign_exists(&w, &unknown).await.unwrap());
}

#[tokio::test]
async fn inboxes_round_trip() {
    let sandbox = Sandbox::start().await.unwrap();
    let c = client(&sandbox);
    let w = sandbox.website_id();
    let site = c.website();
    let inbox = InboxSave::new("Billing").emoji("💳");
    let id = site
        .create_new_inbox(&w, &inbox)
        .await
        .unwrap()
        .inbox_id
        .unwrap();
    let got = site.get_inbox(&w, &id).await.unwrap();
    assert_eq!(got.name.as_deref(), Some("Billing"));
    assert_eq!(got.emoji.as_deref(), Some("💳"));
    site.save_inbox(&w, &id, &InboxSave::new("Sales").order(2))
        .await
        .unwrap();
    let got = site.get_inbox(&w, &id).await.unwrap();
    assert_eq!(got.name.as_deref(), Some("Sales"));
    assert_eq!(got.order, Some(2));
    assert_eq!(got.emoji, None);
    let listed = site.list_inboxes(&w, 1).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].inbox_id.as_ref(), Some(&id));
    site.delete_inbox(&w, &id).await.unwrap();
    assert!(!site.check_inbox_exists(&w, &id).await.unwrap());
    assert!(site.list_inboxes(&w, 1).await.unwrap().is_empty());
}

#[tokio::test]
async fn helpdesk_articles_round_trip_per_locale() {
    let sandbox = Sandbox::start().await.unwrap();
    let c = client(&sandbox);
    let w = sandbox.website_id();
    let site = c.website();
    let id = site
        .add_new_helpdesk_locale_article(&w, "en", "Install the chatbox")
        .await
        .unwrap()
        .article_id
        .unwrap();
    let article = site
        .resolve_helpdesk_locale_article(&w, "en", &id)
        .await
        .unwrap();
    assert_eq!(article.title.as_deref(), Some("Install the chatbox"));
    assert_eq!(article.article_id.as_ref(), Some(&id));
    // Articles are per locale.
    assert!(
        !site
            .check_helpdesk_locale_article_exists(&w, "fr", &id)
            .await
            .unwrap()
    );
    let list = |locale: &'static str| {
        site.list_helpdesk_locale_articles(&w, locale, 1, ListHelpdeskLocaleArticles::new())
    };
    assert_eq!(list("en").await.unwrap().len(), 1);
    assert!(list("fr").await.unwrap().is_empty());
    site.update_helpdesk_locale_article(
        &w,
        "en",
        &id,
        &HelpdeskLocaleArticleUpdate::new("Install", "Paste the **snippet**."),
    )
    .await
    .unwrap();
    let article = site
        .resolve_helpdesk_locale_article(&w, "en", &id)
        .await
        .unwrap();
    assert_eq!(article.title.as_deref(), Some("Install"));
    assert_eq!(article.content.as_deref(), Some("Paste the **snippet**."));
    site.delete_helpdesk_locale_article(&w, "en", &id)
        .await
        .unwrap();
    let error = site
        .resolve_helpdesk_locale_article(&w, "en", &id)
        .await
        .unwrap_err();
    assert_eq!(error.reason(), Some("article_not_found"), "{error}");
}

#[tokio::test]
async fn people_data_subscriptions_and_events_belong_to_a_profile() {
    let sandbox = Sandbox::start().await.unwrap();
    let c = client(&sandbox);
    let w = sandbox.website_id();
    let site = c.website();
    let people = site
        .add_new_people_profile(
            &w,
            &PeopleProfileUpdate::new()
                .email("jane@sandbox.example")
                .nickname("Jane"),
        )
        .await
        .unwrap()
        .people_id
        .unwrap();

    // Data: empty until written; PATCH merges, PUT replaces.
    assert!(
        site.get_people_data(&w, &people)
            .await
            .unwrap()
            .data
            .is_empty()
    );
    site.update_people_data(&w, &people, &PeopleData::new().set("plan", "pro"))
        .await
        .unwrap();
    site.update_people_data(&w, &people, &PeopleData::new().set("seats", 3))
        .await
        .unwrap();
    let data = site.get_people_data(&w, &people).await.unwrap();
    assert_eq!(data.get("plan"), Some(&json!("pro")));
    assert_eq!(data.get("seats"), Some(&json!(3)));
    site.save_people_data(&w, &people, &PeopleData::new().set("plan", "free"))
        .await
        .unwrap();
    let data = site.get_people_data(&w, &people).await.unwrap();
    assert_eq!(data.get("plan"), Some(&json!("free")));
    assert_eq!(data.get("seats"), None);

    // Subscription: subscribed until changed.
    let status_now = site
        .get_people_subscription_status(&w, &people)
        .await
        .unwrap();
    assert_eq!(status_now.email, Some(true));
    site.update_people_subscription_status(&w, &people, &PeopleSubscriptionUpdate::email(false))
        .await
        .unwrap();
    let status_now = site
        .get_people_subscription_status(&w, &people)
        .await
        .unwrap();
    assert_eq!(status_now.email, Some(false));

    // Events: appended, listed oldest first, with a timestamp.
    for text in ["Signed up", "Upgraded"] {
        site.add_people_event(&w, &people, &NewPeopleEvent::new(text))
            .await
            .unwrap();
    }
    let events = site.list_people_events(&w, &people, 1).await.unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].text.as_deref(), Some("Signed up"));
    assert_eq!(events[1].text.as_deref(), Some("Upgraded"));
    assert!(events[0].timestamp.is_some_and(|t| t > 0));
    assert!(
        site.list_people_events(&w, &people, 2)
            .await
            .unwrap()
            .is_empty()
    );

    // An unknown profile is 404, for data, subscription and events alike.
    let unknown = PeopleId::new("00000000-0000-4000-8000-000000000000");
    let error = site.get_people_data(&w, &unknown).await.unwrap_err();
    assert_eq!(error.reason(), Some("people_not_found"), "{error}");
    let error = site
        .add_people_event(&w, &unknown, &NewPeopleEvent::new("x"))
        .await
        .unwrap_err();
    assert_eq!(status(&error), Some(404));
    // Removing the profile leaves nothing reachable.
    site.remove_people_profile(&w, &people).await.unwrap();
    let error = site.list_people_events(&w, &people, 1).await.unwrap_err();
    assert_eq!(status(&error), Some(404));
}

/// A raw request to the sandbox: the status and the answer.
async fn raw(sandbox: &Sandbox, verb: &str, path: &str, body: &str) -> (u16, Value) {
    let credentials = sandbox.credentials();
    let request = http::Request::builder()
        .method(verb)
        .uri(format!("{}{path}", sandbox.base_url()))
        .header("authorization", credentials.authorization().unwrap())
        .header("x-crisp-tier", credentials.tier().as_str())
        .header("content-type", "application/json")
        .body(Bytes::from(body.to_owned()))
        .unwrap();
    let response = ReqwestTransport::new()
        .unwrap()
        .send(request)
        .await
        .unwrap();
    let value = serde_json::from_slice(response.body()).unwrap_or(Value::Null);
    (response.status().as_u16(), value)
}

#[tokio::test]
async fn bad_bodies_are_400_invalid_data_naming_the_field() {
    let sandbox = Sandbox::start().await.unwrap();
    let w = sandbox.website_id();
    let session = sandbox.visitor().say("Hello").await.unwrap();
    let cases = [
        // A typed body (CampaignCreate): wrong type, missing field.
        (
            "POST",
            format!("website/{w}/campaign"),
            r#"{"type":"one-shot","name":7}"#,
            "name",
        ),
        (
            "POST",
            format!("website/{w}/campaign"),
            r#"{"type":"one-shot"}"#,
            "name",
        ),
        // Nested (AnalyticsQuery, a validated answer).
        (
            "POST",
            format!("website/{w}/analytics/generate"),
            r#"{"metric":"conversation","type":"segment","date":{"from":"x","to":"y","split":3,"timezone":"UTC"}}"#,
            "date.split",
        ),
        (
            "POST",
            format!("website/{w}/analytics/generate"),
            r#"{"metric":"conversation","type":"segment","date":{"from":"x","to":"y","split":"day"}}"#,
            "date.timezone",
        ),
        // A body the official clients build inline.
        (
            "DELETE",
            format!("website/{w}/people/suggest/segment"),
            "{}",
            "segment",
        ),
        // A conversation route with an inline body.
        (
            "PATCH",
            format!("website/{w}/conversation/{session}/verify"),
            r#"{"verify":true}"#,
            "verified",
        ),
    ];
    for (verb, path, body, field) in cases {
        let (status, answer) = raw(&sandbox, verb, &path, body).await;
        assert_eq!(status, 400, "{verb} {path} {body}: {answer}");
        assert_eq!(answer["error"], true);
        assert_eq!(answer["reason"], "invalid_data");
        assert_eq!(answer["data"]["field"], field, "{verb} {path}: {answer}");
        assert!(
            answer["data"]["message"]
                .as_str()
                .is_some_and(|m| m.contains(field.rsplit('.').next().unwrap())),
            "{answer}"
        );
    }
    // Not JSON at all; an unknown query parameter; a bad page number.
    let (status, answer) = raw(&sandbox, "POST", &format!("website/{w}/campaign"), "{").await;
    assert_eq!(
        (status, answer["reason"].clone()),
        (400, json!("invalid_data"))
    );
    let (status, answer) = raw(
        &sandbox,
        "GET",
        &format!("website/{w}/visitors/map?zoom=3"),
        "",
    )
    .await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["data"]["field"], "zoom");
    let (status, _) = raw(
        &sandbox,
        "GET",
        &format!("website/{w}/campaigns/list/0"),
        "",
    )
    .await;
    assert_eq!(status, 400);
    // Nothing was created by the refused requests.
    let (_, answer) = raw(
        &sandbox,
        "GET",
        &format!("website/{w}/campaigns/list/1"),
        "",
    )
    .await;
    assert_eq!(answer["data"], json!([]));
    // A validated answer needs the website and the conversation it names.
    let (status, answer) = raw(&sandbox, "GET", "website/nope/visitors/count", "").await;
    assert_eq!(
        (status, answer["reason"].clone()),
        (404, json!("website_not_found"))
    );
    let (status, answer) = raw(
        &sandbox,
        "GET",
        &format!("website/{w}/conversation/session_nope/browsing"),
        "",
    )
    .await;
    assert_eq!(
        (status, answer["reason"].clone()),
        (404, json!("session_not_found"))
    );
}

#[tokio::test]
async fn conversations_are_searched_by_filter() {
    use crisp_rest::website::conversation::ListConversations;
    use crisp_types::website::conversation::{FilterMatch, FilterSearchQuery};

    let sandbox = Sandbox::start().await.unwrap();
    let c = client(&sandbox);
    let w = sandbox.website_id();
    let jane = sandbox
        .visitor()
        .nickname("Jane")
        .email("jane@sandbox.example")
        .say("Hello")
        .await
        .unwrap();
    let bob = sandbox.visitor().nickname("Bob").say("Hi").await.unwrap();
    let filter = |criterion: &str, query: &[&str], operator: &str| {
        FilterSearchQuery::new(
            criterion,
            query.iter().map(|q| (*q).to_owned()),
            "session",
            operator,
        )
    };
    let search = async |filters: Vec<FilterSearchQuery>, op: Option<FilterMatch>| {
        let page = c
            .website()
            .list_conversations(&w, 1, ListConversations::new().search_filter(filters, op))
            .await
            .unwrap();
        let mut sessions: Vec<String> = page.iter().map(|c| c.session_id.to_string()).collect();
        sessions.sort();
        sessions
    };
    let mut both = vec![jane.to_string(), bob.to_string()];
    both.sort();
    assert_eq!(
        search(vec![filter("email", &["JANE@sandbox.example"], "eq")], None).await,
        [jane.to_string()]
    );
    assert_eq!(
        search(vec![filter("email", &[], "nex")], None).await,
        [bob.to_string()]
    );
    assert_eq!(
        search(vec![filter("nickname", &["o"], "has")], None).await,
        [bob.to_string()]
    );
    let two = vec![
        filter("nickname", &["jane"], "eq"),
        filter("nickname", &["bob"], "eq"),
    ];
    assert!(search(two.clone(), Some(FilterMatch::And)).await.is_empty());
    assert_eq!(search(two, Some(FilterMatch::Or)).await, both);
    // An unknown operator is refused, naming the parameter.
    let error = c
        .website()
        .list_conversations(
            &w,
            1,
            ListConversations::new().search_filter(vec![filter("email", &[], "like")], None),
        )
        .await
        .unwrap_err();
    assert_eq!(error.reason(), Some("invalid_data"), "{error}");
}
