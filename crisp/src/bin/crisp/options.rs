//! The optional filters of list methods (crisp-rest's option builders), from named
//! arguments: each setter of the builder is an argument of the same name.

use crisp::rest::plugin::connect::ConnectWebsites;
use crisp::rest::website::conversation::{ListConversations, MessagesQuery};
use crisp::rest::website::helpdesk::ListHelpdeskLocaleArticles;
use crisp::rest::website::helpdesk_tree::{ListHelpdeskHistoryChanges, ListHelpdeskTree};
use crisp::rest::website::people::ListPeopleProfiles;
use crisp::rest::website::visitors::MapArea;
use crisp::types::website::conversation::{FilterMatch, FilterSearchQuery};
use crisp::types::website::helpdesk_tree::HelpdeskContentType;
use crisp::types::website::people::PeopleSortOrder;
use crisp::types::{CategoryId, InboxId, SectionId, UserId};

use crate::error::CliError;
use crate::methods::Args;

/// The argument names an option builder takes, for `crisp methods`.
pub(crate) fn names(ty: &str) -> &'static [&'static str] {
    match ty {
        "ListConversations" => &[
            "per_page",
            "include_empty",
            "filter_inbox_id",
            "filter_unread",
            "filter_resolved",
            "filter_not_resolved",
            "filter_mention",
            "filter_assigned",
            "filter_unassigned",
            "filter_date_start",
            "filter_date_end",
            "order_date_created",
            "order_date_updated",
            "order_date_waiting",
            "search_text",
            "search_segment",
            "search_filter",
            "search_operator",
        ],
        "MessagesQuery" => &["timestamp_before", "timestamp_after", "timestamp_around"],
        "ListPeopleProfiles" => &[
            "sort_field",
            "sort_order",
            "search_text",
            "search_filter",
            "search_operator",
        ],
        "ConnectWebsites" => &["filter_configured", "include_plan"],
        "MapArea" => &["longitude", "latitude", "radius"],
        "ListHelpdeskLocaleArticles" => &[
            "search_title",
            "filter_category_id",
            "filter_section_id",
            "filter_status_published",
            "filter_status_draft",
            "filter_visibility_visible",
            "filter_visibility_hidden",
            "order_visits",
        ],
        "ListHelpdeskHistoryChanges" => &["filter_locale", "filter_type", "filter_tree_path"],
        "ListHelpdeskTree" => &[
            "sub_path",
            "search_title",
            "filter_date_start",
            "filter_date_end",
        ],
        _ => &[],
    }
}

/// Applies `setter` when argument `name` is given.
fn set<B, T: serde::de::DeserializeOwned>(
    args: &mut Args,
    builder: B,
    name: &str,
    setter: impl FnOnce(B, T) -> B,
) -> Result<B, CliError> {
    Ok(match args.optional::<T>(name)? {
        Some(value) => setter(builder, value),
        None => builder,
    })
}

/// *List Conversations* filters.
pub(crate) fn list_conversations(args: &mut Args) -> Result<ListConversations, CliError> {
    let mut o = ListConversations::new();
    o = set(args, o, "per_page", ListConversations::per_page)?;
    o = set(args, o, "include_empty", ListConversations::include_empty)?;
    o = set(args, o, "filter_inbox_id", |o, v: InboxId| {
        o.filter_inbox_id(v)
    })?;
    o = set(args, o, "filter_unread", ListConversations::filter_unread)?;
    o = set(
        args,
        o,
        "filter_resolved",
        ListConversations::filter_resolved,
    )?;
    o = set(
        args,
        o,
        "filter_not_resolved",
        ListConversations::filter_not_resolved,
    )?;
    o = set(args, o, "filter_mention", ListConversations::filter_mention)?;
    o = set(args, o, "filter_assigned", |o, v: UserId| {
        o.filter_assigned(v)
    })?;
    o = set(
        args,
        o,
        "filter_unassigned",
        ListConversations::filter_unassigned,
    )?;
    o = set(args, o, "filter_date_start", |o, v: String| {
        o.filter_date_start(v)
    })?;
    o = set(args, o, "filter_date_end", |o, v: String| {
        o.filter_date_end(v)
    })?;
    o = set(
        args,
        o,
        "order_date_created",
        ListConversations::order_date_created,
    )?;
    o = set(
        args,
        o,
        "order_date_updated",
        ListConversations::order_date_updated,
    )?;
    o = set(
        args,
        o,
        "order_date_waiting",
        ListConversations::order_date_waiting,
    )?;
    o = set(args, o, "search_text", |o, v: String| o.search_text(v))?;
    o = set(args, o, "search_segment", |o, v: String| {
        o.search_segment(v)
    })?;
    let operator: Option<FilterMatch> = args.optional("search_operator")?;
    if let Some(filters) = args.optional::<Vec<FilterSearchQuery>>("search_filter")? {
        o = o.search_filter(filters, operator);
    } else if operator.is_some() {
        return Err(CliError::usage(
            "list_conversations: `search_operator` goes with `search_filter`",
        ));
    }
    Ok(o)
}

/// *Get Messages In Conversation*: at most one of the timestamps.
pub(crate) fn messages_query(args: &mut Args) -> Result<MessagesQuery, CliError> {
    let before: Option<u64> = args.optional("timestamp_before")?;
    let after: Option<u64> = args.optional("timestamp_after")?;
    let around: Option<u64> = args.optional("timestamp_around")?;
    match (before, after, around) {
        (None, None, None) => Ok(MessagesQuery::latest()),
        (Some(t), None, None) => Ok(MessagesQuery::before(t)),
        (None, Some(t), None) => Ok(MessagesQuery::after(t)),
        (None, None, Some(t)) => Ok(MessagesQuery::around(t)),
        _ => Err(CliError::usage(
            "get_messages_in_conversation: give one of timestamp_before, timestamp_after, timestamp_around",
        )),
    }
}

/// *List People Profiles* sorting and search.
pub(crate) fn list_people_profiles(args: &mut Args) -> Result<ListPeopleProfiles, CliError> {
    let mut o = ListPeopleProfiles::new();
    o = set(args, o, "sort_field", |o, v: String| o.sort_field(v))?;
    o = set(args, o, "sort_order", |o, v: PeopleSortOrder| {
        o.sort_order(v)
    })?;
    o = set(args, o, "search_text", |o, v: String| o.search_text(v))?;
    o = set(args, o, "search_filter", |o, v: Vec<FilterSearchQuery>| {
        o.search_filter(v)
    })?;
    o = set(args, o, "search_operator", |o, v: FilterMatch| {
        o.search_operator(v)
    })?;
    Ok(o)
}

/// Plugin connect website filters.
pub(crate) fn connect_websites(args: &mut Args) -> Result<ConnectWebsites, CliError> {
    let mut o = ConnectWebsites::new();
    o = set(
        args,
        o,
        "filter_configured",
        ConnectWebsites::filter_configured,
    )?;
    o = set(args, o, "include_plan", ConnectWebsites::include_plan)?;
    Ok(o)
}

/// The map area: all three of `longitude`, `latitude`, `radius`, or none (every visitor).
pub(crate) fn map_area(args: &mut Args) -> Result<Option<MapArea>, CliError> {
    let longitude: Option<f64> = args.optional("longitude")?;
    let latitude: Option<f64> = args.optional("latitude")?;
    let radius: Option<u32> = args.optional("radius")?;
    match (longitude, latitude, radius) {
        (None, None, None) => Ok(None),
        (Some(longitude), Some(latitude), Some(radius)) => {
            Ok(Some(MapArea::new(longitude, latitude, radius)))
        }
        _ => Err(CliError::usage(
            "pinpoint_visitors_on_map: give longitude, latitude and radius together",
        )),
    }
}

/// Helpdesk article filters.
pub(crate) fn list_helpdesk_locale_articles(
    args: &mut Args,
) -> Result<ListHelpdeskLocaleArticles, CliError> {
    type L = ListHelpdeskLocaleArticles;
    let mut o = L::new();
    o = set(args, o, "search_title", |o, v: String| o.search_title(v))?;
    o = set(args, o, "filter_category_id", |o, v: CategoryId| {
        o.filter_category_id(v)
    })?;
    o = set(args, o, "filter_section_id", |o, v: SectionId| {
        o.filter_section_id(v)
    })?;
    o = set(
        args,
        o,
        "filter_status_published",
        L::filter_status_published,
    )?;
    o = set(args, o, "filter_status_draft", L::filter_status_draft)?;
    o = set(
        args,
        o,
        "filter_visibility_visible",
        L::filter_visibility_visible,
    )?;
    o = set(
        args,
        o,
        "filter_visibility_hidden",
        L::filter_visibility_hidden,
    )?;
    o = set(args, o, "order_visits", L::order_visits)?;
    Ok(o)
}

/// Helpdesk history filters.
pub(crate) fn list_helpdesk_history_changes(
    args: &mut Args,
) -> Result<ListHelpdeskHistoryChanges, CliError> {
    let mut o = ListHelpdeskHistoryChanges::new();
    o = set(args, o, "filter_locale", |o, v: String| o.filter_locale(v))?;
    o = set(args, o, "filter_type", |o, v: HelpdeskContentType| {
        o.filter_type(v)
    })?;
    o = set(args, o, "filter_tree_path", |o, v: String| {
        o.filter_tree_path(v)
    })?;
    Ok(o)
}

/// Helpdesk tree filters.
pub(crate) fn list_helpdesk_tree(args: &mut Args) -> Result<ListHelpdeskTree, CliError> {
    let mut o = ListHelpdeskTree::new();
    o = set(args, o, "sub_path", |o, v: String| o.sub_path(v))?;
    o = set(args, o, "search_title", |o, v: String| o.search_title(v))?;
    o = set(args, o, "filter_date_start", |o, v: String| {
        o.filter_date_start(v)
    })?;
    o = set(args, o, "filter_date_end", |o, v: String| {
        o.filter_date_end(v)
    })?;
    Ok(o)
}
