//! An embedded, stateful stand-in for the [Crisp](https://crisp.chat) platform, for tests
//! and offline runs: the REST API v1, the realtime (RTM) socket.io endpoint and signed
//! web-hook deliveries, served in-process on an ephemeral port of 127.0.0.1.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use crisp_rest::Client;
//! use crisp_rest::website::conversation::MessagesQuery;
//! use crisp_sandbox::Sandbox;
//!
//! let sandbox = Sandbox::start().await?;
//! let client = Client::builder()
//!     .credentials(sandbox.credentials())
//!     .base_url(sandbox.base_url())
//!     .build()?;
//! // A visitor writes (message:send over RTM and web hooks)…
//! let session = sandbox.visitor().nickname("Jane").say("Hello!").await?;
//! // …and the REST API sees it.
//! let website = sandbox.website_id();
//! let messages = client
//!     .website()
//!     .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
//!     .await?;
//! assert_eq!(messages[0].content.as_text(), Some("Hello!"));
//!
//! // The next request is rate limited; the client waits `Retry-After` and tries again.
//! sandbox.faults().fail_next(1, 429);
//! client.website().get_conversation(&website, &session).await?;
//! assert_eq!(sandbox.requests().len(), 3);
//! # Ok(()) }
//! ```
//!
//! A realtime client discovers the endpoint with the same settings:
//! `RtmConfig::new(sandbox.credentials()).rest_base_url(sandbox.base_url())`; web hooks
//! are registered with [`Sandbox::add_webhook`].
//!
//! # REST
//! Routes are those of Crisp's REST API v1 (the paths of the official clients), under
//! `/v1/`, answered in Crisp's envelope `{"error":false,"reason":"…","data":…}`; errors are
//! `{"error":true,"reason":"…","data":{}}`. Every request needs
//! `Authorization: Basic base64(identifier:key)` and `X-Crisp-Tier` matching the sandbox
//! credentials, else 401 `invalid_session`. Missing resources are 404
//! `website_not_found`, `session_not_found`, `message_not_found`, `people_not_found`,
//! `operator_not_found`, or for the collections below `campaign_not_found`,
//! `template_not_found`, `inbox_not_found`, `team_not_found`, `article_not_found`,
//! `category_not_found`, `section_not_found`, `redirection_not_found`; an unknown route (or
//! a known path with another method) is 404 `route_error`; a body that is not JSON or not
//! of the expected shape, an unknown query name or a page number below 1 is 400
//! `invalid_data` with `data.message` saying why and, when a field is at fault,
//! `data.field` naming it (a JSON path such as `date.split`, or a query name); a profile
//! email already used is 409 `people_exists`.
//!
//! Every route of the catalog answers (the 264 methods of the official clients). They are
//! described as data, in a route table (`src/rest/table/`, one file per API section: verb,
//! route template, query names, the crisp-types request types a body must decode as, and
//! the handler), of three kinds:
//! - **stateful, hand-written**: the first table below;
//! - **stateful collections**: records created from the body (decoded through its
//!   crisp-types type, then kept as sent), read, listed (20 a page, oldest first), changed
//!   (`PATCH` merges objects key by key, `PUT` replaces) and removed;
//! - **validated answers**, as stripe-mock gives: the path (the website, conversation and
//!   people profile it names must exist), the query names and the body are checked, and the
//!   answer is a sample of the method's output type, decoded and re-encoded through that
//!   crisp-types type (a paged list: the sample on page 1, `[]` after); nothing is kept.
//!
//! | resource | routes (after `/v1/website/{website_id}` unless absolute) |
//! |---|---|
//! | websites | `HEAD /v1/website?domain=`, `POST /v1/website`, `GET`/`DELETE /v1/website/{website_id}` |
//! | conversations | `GET /conversations/{page}` (`per_page`, `include_empty`, `filter_unread`, `filter_resolved`, `filter_not_resolved`, `filter_assigned`, `filter_unassigned`, `search_type` `text`/`segment`/`filter` + `search_query` (+ `search_operator`), `order_date_*`), `POST /conversation`, `HEAD`/`GET`/`DELETE /conversation/{session_id}`, `POST …/initiate`, `GET`/`PATCH …/state`, `…/meta`, `…/routing` |
//! | messages | `GET …/messages` (`timestamp_before` / `_after` / `_around`, any together; 206 while more match), `POST …/message`, `GET`/`PATCH`/`DELETE …/message/{fingerprint}`, `PATCH …/read`, `PATCH …/delivered` |
//! | people | `GET /people/stats`, `GET /people/profiles/{page}` (`search_text`, `sort_field`, `sort_order`), `POST /people/profile`, `HEAD`/`GET`/`PUT`/`PATCH`/`DELETE /people/profile/{people_id}` (an id or an email), `GET /people/conversations/{people_id}/list/{page}` |
//! | operators | `GET /operators/list`, `GET`/`DELETE /operators/active`, `POST /operators/email`, `POST /operator`, `GET`/`PATCH`/`DELETE /operator/{user_id}` |
//! | plugin connect | `GET /v1/plugin/connect/account`, `HEAD /v1/plugin/connect/session`, `GET /v1/plugin/connect/websites/all/{page}`, `GET /v1/plugin/connect/websites/since`, `GET /v1/plugin/connect/endpoints` |
//! | bucket | `POST /v1/bucket/url/generate` → `bucket:url:<namespace>:generated` over RTM (not web hooks) with `url.signed` = `PUT /bucket/upload/{key}?signature=…` (one whole-body `PUT`, the declared `Content-Type`, at most 10 MiB, as a presigned S3 URL: 403 bad signature or missing type, 400 other type, 411 chunked, 403 a second `PUT`) and `url.resource` = `GET /bucket/file/{key}/{name}` (the bytes, with their type) |
//! | plugin subscriptions (of the sandbox's plugin; every website is subscribed when created) | `POST /v1/plugins/subscription/{website_id}` and `DELETE /v1/plugins/subscription/{website_id}/{plugin_id}` (emit `plugin:subscription:updated`, `bound` true / false), `GET`/`PUT`/`PATCH /v1/plugins/subscription/{website_id}/{plugin_id}/settings` (`PUT` replaces, `PATCH` merges; both emit `plugin:settings:saved`) |
//! | realtime discovery | `GET /v1/{plugin,website,user}/connect/endpoints`, `GET /v1/website/{website_id}/connect/endpoints` → `{"socket":{"app":"http://127.0.0.1:<port>/socket.io/"},…}` |
//!
//! The stateful collections:
//!
//! | collection | routes (after `/v1/website/{website_id}`) |
//! |---|---|
//! | campaigns | `GET /campaigns/list/{page}`, `POST /campaign`, `HEAD`/`GET`/`PUT`/`PATCH`/`DELETE /campaign/{campaign_id}` |
//! | campaign templates | `GET /campaigns/templates/{page}`, `POST /campaigns/template`, `HEAD`/`GET`/`PUT`/`PATCH`/`DELETE /campaigns/template/{template_id}` |
//! | inboxes | `GET /inboxes/list/{page}`, `POST /inbox`, `HEAD`/`GET`/`PUT`/`DELETE /inbox/{inbox_id}` |
//! | teams | `GET /teams/list/{page}`, `POST /team`, `HEAD`/`GET`/`PUT`/`DELETE /team/{team_id}` |
//! | helpdesk articles (per locale) | `GET /helpdesk/locale/{locale}/articles/{page}`, `POST …/article`, `HEAD`/`GET`/`PUT`/`PATCH`/`DELETE …/article/{article_id}` |
//! | helpdesk categories (per locale) | `GET /helpdesk/locale/{locale}/categories/{page}`, `POST …/category`, `HEAD`/`GET`/`PUT`/`PATCH`/`DELETE …/category/{category_id}` |
//! | helpdesk sections (per category) | `GET …/category/{category_id}/sections/{page}`, `POST …/section`, `HEAD`/`GET`/`PUT`/`PATCH`/`DELETE …/section/{section_id}` |
//! | helpdesk redirections | `GET /helpdesk/redirections/{page}`, `POST /helpdesk/redirection`, `HEAD`/`GET`/`DELETE /helpdesk/redirection/{redirection_id}` |
//! | people data (of a profile) | `GET`/`PUT`/`PATCH /people/data/{people_id}` (`{"data":{}}` until written) |
//! | people subscription (of a profile) | `GET`/`PATCH /people/subscription/{people_id}` (`{"email":true}` until changed) |
//! | people events (of a profile) | `POST /people/events/{people_id}`, `GET /people/events/{people_id}/list/{page}` (stamped with `timestamp`) |
//!
//! Every other route of the catalog — the rest of the conversation routes (calls,
//! browsing, verification, participants, actions, spam…), people suggestions, import and
//! export, batch operations, website settings, verification, availability, analytics,
//! visitors, the rest of the helpdesk (locales, settings, domain, the helpdesk tree,
//! pages, history), campaign recipients and statistics, the other plugin subscription
//! routes, plans and media — gives a validated answer.
//!
//! Lists are 1-based pages; past the end a page is `[]`. Conversations without messages
//! are listed only with `include_empty=1`, newest update first.
//!
//! # Realtime (RTM)
//! socket.io 4 (Engine.IO v4, Socket.IO v5) over WebSocket at `/socket.io/`. After the
//! namespace connect, the client emits `authentication`
//! `{tier, username, password, events, rooms?}`: the sandbox credentials get
//! `authenticated` (`true`), others `unauthorized` and a closed socket. Then each event
//! subscribed (of the `rooms` websites, if given) arrives as `42["name",data]`;
//! `socket:bind:push` / `socket:bind:pop` change the subscription. A socket does not get
//! the events (other than `plugin:*`) of a website that was not subscribed to the plugin
//! at its last bind (the authentication or a `socket:bind`), as on Crisp; `socket:bind`
//! sooner than 2.5 s after the previous bind is refused (logged). The server pings per
//! the heartbeat it announces and closes sockets that do not answer.
//!
//! # Events
//! The same events go over RTM and web hooks, with Crisp's payloads:
//!
//! | cause | events |
//! |---|---|
//! | a visitor writes ([`Visitor::say`]) | `session:request:initiated` (new conversation), `message:send` |
//! | an operator or bot sends a message over REST | `message:received` (`message:send` for `from: "user"`) |
//! | a state changes (by REST, or by a first reply / a visitor writing in a resolved conversation) | `session:set_state` |
//! | metas are updated | `session:set_nickname`, `…_email`, `…_phone`, `…_avatar`, `…_address`, `…_subject`, `…_origin`, `…_segments`, `…_data` |
//! | a message is edited, removed | `message:updated`, `message:removed` |
//! | messages are marked read, delivered | `message:acknowledge:read:received` (an operator read), `…:read:send` (the visitor read), `message:acknowledge:delivered` |
//! | a conversation is initiated, removed | `session:request:initiated`, `session:removed` |
//! | a profile is added, saved or updated, removed | `people:profile:created`, `people:profile:updated`, `people:profile:removed` |
//! | the plugin is subscribed / unsubscribed, its settings saved or updated | `plugin:subscription:updated`, `plugin:settings:saved` |
//!
//! # Web hooks
//! [`Sandbox::add_webhook`] registers a URL that receives every event as a `POST` of
//! `{"website_id","event","data","timestamp"}` signed like Crisp's plugin hooks:
//! `X-Crisp-Signature` is the hex HMAC-SHA256 of `[timestamp;body]` under the secret,
//! `X-Crisp-Request-Timestamp` the epoch milliseconds signed (verify with
//! `crisp_webhook::Verifier`). Failed deliveries are retried (3 attempts in all); every
//! attempt is in [`Sandbox::deliveries`].
//!
//! # Logging
//! With the feature `tracing` (on by default in the facade `crisp-api`), the sandbox logs
//! through [`tracing`](https://docs.rs/tracing), at `debug` under the targets
//! `crisp_sandbox::…`: each REST request (`sandbox: request`, fields `verb`, `path`
//! without the query, `status`), each realtime socket's authentication and end, each event
//! it emits (`sandbox: realtime emit`, field `event`: the name only), each web-hook
//! delivery attempt (`sandbox: web-hook delivery`, fields `url`, `event`, `attempt`,
//! `status` or `error`) and each fault armed. Never a key, header value, query,
//! signature, secret or body.
//!
//! # Faults
//! [`Sandbox::faults`] makes the next REST requests fail (429 with `Retry-After`, 5xx) or
//! stall, and drops the realtime sockets so that clients reconnect.
//!
//! # Limits
//! A sandbox left running for days, or fed by a hostile or broken client, stays small and
//! responsive:
//!
//! | what | limit (default) | then | change with |
//! |---|---|---|---|
//! | an HTTP request head (request line and headers) | [`HEADER_READ_TIMEOUT`], 5 s, from the connection or the previous answer | the connection is closed (slowloris, and idle keep-alive) | [`SandboxBuilder::header_read_timeout`] |
//! | a REST request body | 1 MiB, all arrived within [`HEADER_READ_TIMEOUT`] | 413; 408 `request_timeout` | [`SandboxBuilder::header_read_timeout`] |
//! | a realtime message or WebSocket frame, before and after authentication | [`RTM_MAX_PAYLOAD`], 1,000,000 bytes (socket.io's `maxPayload`, announced in the open packet) | WebSocket close 1009, refused from the frame header, nothing buffered | — |
//! | a realtime socket without a successful `authentication` | [`RTM_AUTH_TIMEOUT`], 10 s | WebSocket close 1008 | [`SandboxBuilder::rtm_auth_timeout`] |
//! | a realtime client that does not read | the heartbeat timeout (at least 1 s) per frame sent | the socket is dropped | [`SandboxBuilder::rtm_heartbeat`] |
//! | [`Sandbox::requests`], [`Sandbox::events`], [`Sandbox::deliveries`] | [`LOG_CAPACITY`], the last 10,000 entries each | the oldest are forgotten | [`SandboxBuilder::log_capacity`] |
//! | events waiting for web-hook delivery | [`LOG_CAPACITY`] | not delivered, logged as [`Delivery`] attempt 0 | [`SandboxBuilder::log_capacity`] |
//!
//! The Crisp state itself (websites, conversations, messages, profiles) is not bounded:
//! it holds what the client created.
//!
//! # Choices where Crisp's behaviour is not public
//! The sandbox follows the official clients and Crisp's docs; where they say nothing, it
//! chose, and a client should not depend on these:
//! - every success is 200, with the reason `resolved` (reads), `listed` (lists), `added`
//!   (creations), `dispatched` (messages), `updated`, `deleted` or `initiated`;
//! - list conversations with `search_type=filter` reads `search_query` as a JSON array of
//!   `{criterion, query, model, operator}` (criteria `segments`, `nickname`, `email`,
//!   `phone`, `subject`, `address`, `ip`, `origin`, `state`, `data.<key>`; operators `eq`,
//!   `neq`, `has`, `nhas`, `ex`, `nex`, `gte`, `lte`, case-insensitive), all of them
//!   (`search_operator=and`, the default) or one (`or`);
//! - unknown routes, and known paths with another method, are 404 `route_error`; faults
//!   answer `rate_limited` (429, 420), `internal_error`, `bad_gateway`,
//!   `service_unavailable`, `gateway_timeout`; a duplicate profile email is 409
//!   `people_exists`;
//! - pages hold 20 conversations (`per_page` from 1 to 50), 20 profiles, 20 connect
//!   websites; "get messages" answers up to 20 messages, oldest first, with 206 Partial
//!   Content while more match the query and 200 with the last of them;
//! - a conversation is `pending` until an operator's first reply (a note does not count)
//!   makes it `unresolved`; a visitor writing in a `resolved` conversation makes it
//!   `unresolved`; creating a conversation over REST emits nothing, initiating it emits
//!   `session:request:initiated`;
//! - "get routing" answers `{}` when nobody is assigned; routing changes emit no event;
//!   assigning an operator who is not a member is 404 `operator_not_found`;
//! - a `fingerprint` sent with a message is kept (400 if the conversation already has it);
//!   otherwise it is the timestamp × 100 plus a random number below 100;
//! - profiles keep `email` (required when adding or saving), `person`, `company`,
//!   `segments` and `notepad`; an update merges `person` and `company` key by key; a
//!   profile is found by id or by email;
//! - refused realtime authentication is `unauthorized` `{"message":"invalid_session"}`,
//!   then a close; a socket more than 4096 events behind misses the oldest;
//! - web hooks get every event (no per-hook event filter), 3 attempts 100 ms then 200 ms
//!   apart, 5 s each, with `X-Crisp-Hook-Origin: plugin/rtm sandbox development`;
//! - there are no inboxes (`inbox_id` is `null` in events), and no spam, campaigns,
//!   helpdesk, visitors, analytics or billing: those routes answer 404 `route_error`.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod app;
mod auth;
mod clock;
mod envelope;
mod error;
mod faults;
mod hub;
mod ids;
mod query;
mod requests;
mod rest;
mod ring;
mod rtm;
mod sandbox;
mod seed;
mod server;
mod state;
mod trace;
mod visitor;
mod webhooks;

pub use error::SandboxError;
pub use faults::Faults;
pub use hub::EmittedEvent;
pub use requests::RequestRecord;
pub use sandbox::{
    DEFAULT_IDENTIFIER, DEFAULT_KEY, HEADER_READ_TIMEOUT, LOG_CAPACITY, RTM_AUTH_TIMEOUT,
    RTM_MAX_PAYLOAD, Sandbox, SandboxBuilder,
};
pub use seed::{
    SeedConversation, SeedData, SeedMessage, SeedOperator, SeedWebsite, Seeded, SeededWebsite,
};
pub use visitor::Visitor;
pub use webhooks::Delivery;
