//! Round-trip tests of the helpdesk models against JSON fixtures, and targeted decoding /
//! encoding tests.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::website::base::{VerifyChallenge, VerifyChallengeMethod};
use crisp_types::website::helpdesk::*;

/// Every fixture and the type it decodes into.
const FIXTURES: &[(&str, Check)] = &[
    ("helpdesk/helpdesk.json", round_trip::<Helpdesk>),
    (
        "helpdesk/body_remove_verify.json",
        round_trip::<VerifyChallenge>,
    ),
    ("helpdesk/locales.json", round_trip::<Vec<HelpdeskLocale>>),
    ("helpdesk/locale.json", round_trip::<HelpdeskLocale>),
    (
        "helpdesk/articles.json",
        round_trip::<Vec<HelpdeskLocaleArticle>>,
    ),
    ("helpdesk/article.json", round_trip::<HelpdeskLocaleArticle>),
    (
        "helpdesk/article_new.json",
        round_trip::<HelpdeskLocaleArticleNew>,
    ),
    (
        "helpdesk/body_article_save.json",
        round_trip::<HelpdeskLocaleArticleUpdate>,
    ),
    (
        "helpdesk/body_article_update.json",
        round_trip::<HelpdeskLocaleArticleUpdate>,
    ),
    (
        "helpdesk/article_page.json",
        round_trip::<HelpdeskLocaleArticlePage>,
    ),
    (
        "helpdesk/article_publish.json",
        round_trip::<HelpdeskLocaleArticlePublish>,
    ),
    (
        "helpdesk/article_category.json",
        round_trip::<HelpdeskLocaleArticleCategory>,
    ),
    (
        "helpdesk/alternates.json",
        round_trip::<Vec<HelpdeskLocaleArticleAlternate>>,
    ),
    (
        "helpdesk/alternate.json",
        round_trip::<HelpdeskLocaleArticleAlternate>,
    ),
    (
        "helpdesk/categories.json",
        round_trip::<Vec<HelpdeskLocaleCategory>>,
    ),
    (
        "helpdesk/category.json",
        round_trip::<HelpdeskLocaleCategory>,
    ),
    (
        "helpdesk/category_new.json",
        round_trip::<HelpdeskLocaleCategoryNew>,
    ),
    (
        "helpdesk/body_category_save.json",
        round_trip::<HelpdeskLocaleCategoryUpdate>,
    ),
    (
        "helpdesk/sections.json",
        round_trip::<Vec<HelpdeskLocaleSection>>,
    ),
    ("helpdesk/section.json", round_trip::<HelpdeskLocaleSection>),
    (
        "helpdesk/section_new.json",
        round_trip::<HelpdeskLocaleSectionNew>,
    ),
    (
        "helpdesk/body_section_save.json",
        round_trip::<HelpdeskLocaleSectionUpdate>,
    ),
    (
        "helpdesk/feedback_ratings.json",
        round_trip::<HelpdeskLocaleFeedbackRatings>,
    ),
    (
        "helpdesk/feedbacks.json",
        round_trip::<Vec<HelpdeskLocaleFeedback>>,
    ),
    (
        "helpdesk/redirections.json",
        round_trip::<Vec<HelpdeskRedirection>>,
    ),
    (
        "helpdesk/redirection.json",
        round_trip::<HelpdeskRedirection>,
    ),
    (
        "helpdesk/redirection_new.json",
        round_trip::<HelpdeskRedirectionNew>,
    ),
    ("helpdesk/settings.json", round_trip::<HelpdeskSettings>),
    (
        "helpdesk/body_settings_save.json",
        round_trip::<HelpdeskSettings>,
    ),
    ("helpdesk/domain.json", round_trip::<HelpdeskDomain>),
    (
        "helpdesk/domain_setup_flow.json",
        round_trip::<HelpdeskDomainSetupFlow>,
    ),
];

#[test]
fn every_fixture_round_trips() {
    support::check_all("helpdesk", FIXTURES);
}

#[test]
fn unknown_enum_values_are_kept() {
    let article: HelpdeskLocaleArticle =
        serde_json::from_value(json!({"status": "archived", "visibility": "restricted"})).unwrap();
    assert_eq!(
        article.status,
        Some(ArticleStatus::Unknown("archived".into()))
    );
    assert_eq!(
        article.visibility,
        Some(ArticleVisibility::Unknown("restricted".into()))
    );
    assert_eq!(
        serde_json::to_value(&article).unwrap(),
        json!({"status": "archived", "visibility": "restricted"})
    );

    let feedback: HelpdeskLocaleFeedback =
        serde_json::from_value(json!({"rating": "neutral"})).unwrap();
    assert!(
        feedback
            .rating
            .as_ref()
            .is_some_and(FeedbackRating::is_unknown)
    );
    assert_eq!(
        serde_json::to_value(&feedback).unwrap(),
        json!({"rating": "neutral"})
    );

    let verify: VerifyChallenge =
        serde_json::from_value(json!({"method": "passkey", "secret": "x"})).unwrap();
    assert_eq!(
        verify.method,
        VerifyChallengeMethod::Unknown("passkey".into())
    );
}

#[test]
fn minimal_objects_decode() {
    let empty = json!({});
    serde_json::from_value::<Helpdesk>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskLocale>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskLocaleArticle>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskLocaleCategory>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskLocaleSection>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskLocaleFeedback>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskLocaleFeedbackRatings>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskRedirection>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskDomain>(empty.clone()).unwrap();
    serde_json::from_value::<HelpdeskDomainSetupFlow>(json!({"setup": {}})).unwrap();
    let settings: HelpdeskSettings = serde_json::from_value(empty.clone()).unwrap();
    assert_eq!(serde_json::to_value(&settings).unwrap(), empty);
    // The identity check needs both keys.
    assert!(serde_json::from_value::<VerifyChallenge>(empty).is_err());
}

#[test]
fn nullable_fields_tell_null_from_absent() {
    let with_null: HelpdeskLocaleArticle =
        serde_json::from_value(json!({"description": null})).unwrap();
    assert_eq!(with_null.description, Some(None));
    let absent: HelpdeskLocaleArticle = serde_json::from_value(json!({})).unwrap();
    assert_eq!(absent.description, None);
    let set: HelpdeskLocaleArticle =
        serde_json::from_value(json!({"description": "Setup guide"})).unwrap();
    assert_eq!(set.description, Some(Some("Setup guide".to_owned())));

    let access: HelpdeskSettingsAccess = serde_json::from_value(json!({"password": null})).unwrap();
    assert_eq!(access.password, Some(None));
    assert_eq!(
        serde_json::to_value(&access).unwrap(),
        json!({"password": null})
    );
}

#[test]
fn bodies_send_only_what_is_set() {
    let save = HelpdeskLocaleArticleUpdate::new("Install the chatbox", "Paste the snippet.")
        .description(None)
        .featured(true)
        .order(3);
    assert_eq!(
        serde_json::to_value(&save).unwrap(),
        json!({
            "title": "Install the chatbox",
            "description": null,
            "content": "Paste the snippet.",
            "featured": true,
            "order": 3
        })
    );
    let update = HelpdeskLocaleArticleUpdate::default().visibility(ArticleVisibility::Hidden);
    assert_eq!(
        serde_json::to_value(&update).unwrap(),
        json!({"visibility": "hidden"})
    );

    let category = HelpdeskLocaleCategoryUpdate::new("Chatbox")
        .color("#377FEA")
        .image(None);
    assert_eq!(
        serde_json::to_value(&category).unwrap(),
        json!({"name": "Chatbox", "color": "#377FEA", "image": null})
    );

    let section = HelpdeskLocaleSectionUpdate::default().order(2);
    assert_eq!(serde_json::to_value(&section).unwrap(), json!({"order": 2}));

    let verify = VerifyChallenge::password("MySuperSecurePassword");
    assert_eq!(
        serde_json::to_value(&verify).unwrap(),
        json!({"method": "password", "secret": "MySuperSecurePassword"})
    );
}
