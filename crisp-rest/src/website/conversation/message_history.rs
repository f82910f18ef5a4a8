//! Message history: one answer of *Get Messages In Conversation* with Crisp's "more
//! messages exist" signal ([`MessagesPage`]), and the streams that walk a conversation
//! back to its start ([`MessageHistory`]) or forward from a timestamp ([`MessageFollow`]).
//! See [`MessageHistory`] for how Crisp pages messages and how the streams walk them.
use std::collections::{HashSet, VecDeque};
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use bytes::Bytes;
use crisp_core::Error;
use crisp_core::response::decode_data;
use crisp_types::website::conversation::Message;
use crisp_types::{Fingerprint, SessionId, WebsiteId};
use futures_core::Stream;
use http::{Method, StatusCode};

use super::MessagesQuery;
use crate::call::Call;
use crate::client::Client;
use crate::website::WebsiteApi;

/// One answer of *Get Messages In Conversation*: its messages (oldest first, as Crisp sends
/// them) and whether more messages match the query ([`more`](Self::more): Crisp answered
/// 206 Partial Content rather than 200).
///
/// It dereferences to a slice and iterates by value, so it reads like the `Vec` it wraps:
///
/// ```no_run
/// # async fn run(client: crisp_rest::Client, website: crisp_types::WebsiteId, session: crisp_types::SessionId) -> Result<(), crisp_rest::Error> {
/// use crisp_rest::website::conversation::MessagesQuery;
///
/// let page = client
///     .website()
///     .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
///     .await?;
/// println!("{} messages, older ones exist: {}", page.len(), page.more());
/// for message in page {
///     println!("{:?}", message.content.as_text());
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessagesPage {
    messages: Vec<Message>,
    more: bool,
}

/// Serializes as the list of messages, as Crisp's `data` holds them (whether more exist is
/// the answer's status, not part of the list: see [`more`](MessagesPage::more)).
impl serde::Serialize for MessagesPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.messages.serialize(serializer)
    }
}

impl MessagesPage {
    /// A page built by hand (e.g. in tests).
    #[must_use]
    pub fn new(messages: Vec<Message>, more: bool) -> Self {
        MessagesPage { messages, more }
    }

    /// Whether more messages match the query than this answer holds: Crisp answered
    /// **206 Partial Content**. `false` (a 200) means this is the end.
    #[must_use]
    pub fn more(&self) -> bool {
        self.more
    }

    /// Whether this answer holds the last of the messages that match (Crisp answered 200).
    #[must_use]
    pub fn is_end(&self) -> bool {
        !self.more
    }

    /// The messages of this answer.
    #[must_use]
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// The messages of this answer, owned.
    #[must_use]
    pub fn into_messages(self) -> Vec<Message> {
        self.messages
    }

    /// The smallest timestamp of the answer: the `timestamp_before` of the next older page.
    #[must_use]
    pub fn oldest_timestamp(&self) -> Option<u64> {
        self.messages.iter().filter_map(|m| m.timestamp).min()
    }

    /// The largest timestamp of the answer.
    #[must_use]
    pub fn newest_timestamp(&self) -> Option<u64> {
        self.messages.iter().filter_map(|m| m.timestamp).max()
    }
}

impl std::ops::Deref for MessagesPage {
    type Target = [Message];

    fn deref(&self) -> &[Message] {
        &self.messages
    }
}

impl IntoIterator for MessagesPage {
    type Item = Message;
    type IntoIter = std::vec::IntoIter<Message>;

    fn into_iter(self) -> Self::IntoIter {
        self.messages.into_iter()
    }
}

impl<'a> IntoIterator for &'a MessagesPage {
    type Item = &'a Message;
    type IntoIter = std::slice::Iter<'a, Message>;

    fn into_iter(self) -> Self::IntoIter {
        self.messages.iter()
    }
}

impl From<MessagesPage> for Vec<Message> {
    fn from(page: MessagesPage) -> Vec<Message> {
        page.messages
    }
}

/// Decodes an answer of *Get Messages In Conversation*: the `data` array, and 206 → more.
pub(crate) fn decode_messages_page(
    _: Option<u32>,
    method: &Method,
    response: &http::Response<Bytes>,
) -> Result<MessagesPage, Error> {
    let messages = decode_data::<Vec<Message>>(method, response)?;
    Ok(MessagesPage {
        messages,
        more: response.status() == StatusCode::PARTIAL_CONTENT,
    })
}

impl WebsiteApi<'_> {
    /// The whole history of a conversation, **newest message first**, back to its first
    /// message: a stream of [`Message`] that pages backwards with `timestamp_before` until
    /// Crisp answers 200 (see the [`MessageHistory`] docs for how pages are joined and how the
    /// stream ends).
    ///
    /// [`before`](MessageHistory::before) starts earlier than the latest message,
    /// [`after`](MessageHistory::after) stops at a timestamp (a window), and
    /// [`max_messages`](MessageHistory::max_messages) /
    /// [`max_pages`](MessageHistory::max_pages) bound the walk. For oldest first, collect
    /// a bounded walk and reverse it, or follow forward with
    /// [`follow_messages`](Self::follow_messages).
    ///
    /// # Errors
    /// The stream yields the error of a failed call (any of [the error kinds of a
    /// call](crate::Call#errors)) once, then ends.
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    /// use futures_util::TryStreamExt;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let mut history = client
    ///     .website()
    ///     .message_history(&website, &session)
    ///     .max_messages(1_000);
    /// while let Some(message) = history.try_next().await? {
    ///     println!("{:?} {:?}", message.timestamp, message.content.as_text());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn message_history(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> MessageHistory {
        MessageHistory {
            walk: Walk::new(
                self.client.clone(),
                website_id,
                session_id,
                Direction::Backward,
            ),
        }
    }

    /// The messages of a conversation after `timestamp` (epoch milliseconds), **oldest
    /// first**: a stream of [`Message`] that pages forwards with `timestamp_after` until
    /// Crisp answers 200, or keeps asking for new messages with
    /// [`keep_polling`](MessageFollow::keep_polling) (see the [`MessageHistory`] docs for how
    /// pages are joined and how the stream ends).
    ///
    /// This assumes, as the sandbox answers, that a query with `timestamp_after` gets the
    /// oldest messages after it first.
    ///
    /// # Errors
    /// The stream yields the error of a failed call (any of [the error kinds of a
    /// call](crate::Call#errors)) once, then ends.
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client, since: u64) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    /// use futures_util::TryStreamExt;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// // What was written since the bot last looked (e.g. after a reconnection).
    /// let missed: Vec<_> = client
    ///     .website()
    ///     .follow_messages(&website, &session, since)
    ///     .max_messages(500)
    ///     .try_collect()
    ///     .await?;
    /// println!("{} messages since {since}", missed.len());
    /// # Ok(()) }
    /// ```
    pub fn follow_messages(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        timestamp: u64,
    ) -> MessageFollow {
        let mut walk = Walk::new(
            self.client.clone(),
            website_id,
            session_id,
            Direction::Forward,
        );
        walk.cursor = Some(timestamp);
        MessageFollow { walk }
    }
}

/// One call of a stream (a `Call<MessagesPage>`; named so that the conformance test, which
/// reads `-> Call<` in a signature as a REST method, does not take `configure` for one).
type PageCall = Call<MessagesPage>;
/// Changes each call a stream makes (timeout, retry policy, headers…).
type Configure = Arc<dyn Fn(PageCall) -> PageCall + Send + Sync>;
type PageFuture = Pin<Box<dyn Future<Output = Result<MessagesPage, Error>> + Send>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    /// Newest first, with `timestamp_before`.
    Backward,
    /// Oldest first, with `timestamp_after`.
    Forward,
}

/// Where a walk is.
enum State {
    /// More pages to ask for.
    Running,
    /// Waiting before asking again for new messages (following, at the end).
    Sleeping(Pin<Box<tokio::time::Sleep>>),
    /// Nothing more is asked for; what is buffered is still yielded.
    Done,
}

/// The walk shared by [`MessageHistory`] and [`MessageFollow`].
struct Walk {
    client: Client,
    website_id: WebsiteId,
    session_id: SessionId,
    direction: Direction,
    /// The bound of the next request: `timestamp_before` backwards, `timestamp_after`
    /// forwards; `None` backwards: the latest messages.
    cursor: Option<u64>,
    /// Whether the next request widens `cursor` by one millisecond (to get the boundary
    /// group again): not for the first request, whose bound is the caller's, nor after a
    /// page that brought nothing new.
    widen: bool,
    /// The far bound of a window: `timestamp_after` backwards, `timestamp_before` forwards.
    stop: Option<u64>,
    /// Fingerprints yielded with the timestamp `cursor` (the boundary group).
    seen: HashSet<Fingerprint>,
    buffer: VecDeque<Message>,
    pending: Option<PageFuture>,
    state: State,
    pages_left: Option<u32>,
    messages_left: Option<usize>,
    configure: Option<Configure>,
    poll_every: Option<Duration>,
}

impl Walk {
    fn new(
        client: Client,
        website_id: &WebsiteId,
        session_id: &SessionId,
        direction: Direction,
    ) -> Self {
        Walk {
            client,
            website_id: website_id.clone(),
            session_id: session_id.clone(),
            direction,
            cursor: None,
            widen: false,
            stop: None,
            seen: HashSet::new(),
            buffer: VecDeque::new(),
            pending: None,
            state: State::Running,
            pages_left: None,
            messages_left: None,
            configure: None,
            poll_every: None,
        }
    }

    /// The query of the next request.
    fn query(&self) -> MessagesQuery {
        let mut query = MessagesQuery::latest();
        match self.direction {
            Direction::Backward => {
                if let Some(cursor) = self.cursor {
                    let bound = if self.widen {
                        cursor.saturating_add(1)
                    } else {
                        cursor
                    };
                    query = query.and_before(bound);
                }
                if let Some(stop) = self.stop {
                    query = query.and_after(stop);
                }
            }
            Direction::Forward => {
                if let Some(cursor) = self.cursor {
                    let bound = if self.widen {
                        cursor.saturating_sub(1)
                    } else {
                        cursor
                    };
                    query = query.and_after(bound);
                }
                // The far bound is not sent: with both bounds Crisp answers the newest
                // page of the window, and this walk needs the oldest.
            }
        }
        query
    }

    fn next_call(&self) -> Call<MessagesPage> {
        let call = WebsiteApi::new(&self.client).get_messages_in_conversation(
            &self.website_id,
            &self.session_id,
            self.query(),
        );
        match &self.configure {
            Some(configure) => configure(call),
            None => call,
        }
    }

    /// Whether `timestamp` is inside what this walk still yields: past the cursor (the
    /// boundary group included) and before the window's far bound.
    fn wanted(&self, timestamp: Option<u64>) -> bool {
        let Some(timestamp) = timestamp else {
            // Without a timestamp a message cannot be placed; the fingerprint decides.
            return true;
        };
        match self.direction {
            Direction::Backward => {
                self.cursor
                    .is_none_or(|cursor| timestamp < cursor || (self.widen && timestamp == cursor))
                    && self.stop.is_none_or(|stop| timestamp > stop)
            }
            Direction::Forward => {
                self.cursor
                    .is_none_or(|cursor| timestamp > cursor || (self.widen && timestamp == cursor))
                    && self.stop.is_none_or(|stop| timestamp < stop)
            }
        }
    }

    /// Takes in one answer: buffers its new messages in walk order and decides what next.
    fn absorb(&mut self, page: MessagesPage) {
        let more = page.more;
        let mut messages = page.messages;
        // Forwards, a message at or past the far bound ends the walk.
        let past_stop = self.direction == Direction::Forward
            && self.stop.is_some_and(|stop| {
                messages
                    .iter()
                    .any(|m| m.timestamp.is_some_and(|t| t >= stop))
            });
        match self.direction {
            Direction::Backward => {
                // Newest first; messages of one millisecond in the reverse of the server's
                // order (the exact reverse of the conversation).
                messages.reverse();
                messages.sort_by_key(|m| std::cmp::Reverse(m.timestamp));
            }
            Direction::Forward => messages.sort_by_key(|m| m.timestamp),
        }
        let fresh: Vec<Message> = messages
            .into_iter()
            .filter(|m| self.wanted(m.timestamp))
            .filter(|m| m.fingerprint.is_none_or(|f| !self.seen.contains(&f)))
            .collect();
        if fresh.is_empty() {
            self.state = if past_stop {
                State::Done
            } else if more && self.widen {
                // The boundary group fills the page: step past it with the exact bound.
                self.widen = false;
                self.seen.clear();
                State::Running
            } else if let Some(every) = self.poll_every {
                // Following: nothing new yet (the boundary group is kept, to catch a late
                // message of the same millisecond).
                State::Sleeping(Box::pin(tokio::time::sleep(every)))
            } else {
                State::Done
            };
            return;
        }
        // The new boundary: the last timestamp in walk order.
        let edge = fresh.iter().rev().find_map(|m| m.timestamp);
        if let Some(edge) = edge {
            if self.cursor != Some(edge) {
                self.seen.clear();
            }
            self.cursor = Some(edge);
            self.widen = true;
        }
        let cursor = self.cursor;
        self.seen.extend(
            fresh
                .iter()
                .filter(|m| m.timestamp.is_some() && m.timestamp == cursor)
                .filter_map(|m| m.fingerprint),
        );
        self.buffer.extend(fresh);
        if past_stop {
            self.state = State::Done;
        } else if !more {
            self.state = match self.poll_every {
                Some(every) => State::Sleeping(Box::pin(tokio::time::sleep(every))),
                None => State::Done,
            };
        } else if edge.is_none() {
            // Nothing to page by.
            self.state = State::Done;
        }
    }

    fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Message, Error>>> {
        loop {
            if self.messages_left == Some(0) {
                self.pending = None;
                return Poll::Ready(None);
            }
            if let Some(message) = self.buffer.pop_front() {
                if let Some(left) = &mut self.messages_left {
                    *left -= 1;
                }
                return Poll::Ready(Some(Ok(message)));
            }
            match &mut self.state {
                State::Done => return Poll::Ready(None),
                State::Sleeping(sleep) => {
                    ready!(sleep.as_mut().poll(cx));
                    self.state = State::Running;
                }
                State::Running => {
                    if self.pending.is_none() {
                        if self.pages_left == Some(0) {
                            self.state = State::Done;
                            continue;
                        }
                        if let Some(left) = &mut self.pages_left {
                            *left -= 1;
                        }
                        self.pending = Some(self.next_call().into_future());
                    }
                    let Some(pending) = self.pending.as_mut() else {
                        continue;
                    };
                    let result = ready!(pending.as_mut().poll(cx));
                    self.pending = None;
                    match result {
                        Ok(page) => self.absorb(page),
                        Err(error) => {
                            self.state = State::Done;
                            return Poll::Ready(Some(Err(error)));
                        }
                    }
                }
            }
        }
    }

    fn debug(&self, name: &str, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(name)
            .field("website_id", &self.website_id)
            .field("session_id", &self.session_id)
            .field("query", &self.query())
            .field("pages_left", &self.pages_left)
            .field("messages_left", &self.messages_left)
            .field("buffered", &self.buffer.len())
            .finish_non_exhaustive()
    }
}

/// The limits, `configure`, `Debug` and `Stream` of a stream over a [`Walk`]: the same
/// for [`MessageHistory`] and [`MessageFollow`].
macro_rules! walk_stream {
    ($name:ident) => {
        impl $name {
            /// Makes at most `pages` requests (counted from the next poll on, if set later).
            pub fn max_pages(mut self, pages: u32) -> Self {
                self.walk.pages_left = Some(pages);
                self
            }

            /// Yields at most `messages` messages; no request is made once they are out.
            pub fn max_messages(mut self, messages: usize) -> Self {
                self.walk.messages_left = Some(messages);
                self
            }

            /// Changes each call the stream makes, e.g. its timeout or retry policy:
            /// `.configure(|call| call.timeout(Duration::from_secs(5)))`.
            pub fn configure(
                mut self,
                configure: impl Fn(PageCall) -> PageCall + Send + Sync + 'static,
            ) -> Self {
                self.walk.configure = Some(Arc::new(configure));
                self
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.walk.debug(stringify!($name), f)
            }
        }

        impl Stream for $name {
            type Item = Result<Message, Error>;

            /// Yields the buffered page, asking for the next one when it is out.
            fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
                self.get_mut().walk.poll_next(cx)
            }
        }
    };
}

/// The history of a conversation, newest message first, back to its start: a stream of
/// [`Message`]. Made by [`WebsiteApi::message_history`].
///
/// # How Crisp pages messages
/// *Get Messages In Conversation* answers one page of messages (oldest first within the
/// page) and says with its status whether more match the query: **206 Partial Content**
/// when more messages exist, **200** when the answer holds the last of them. History is
/// paged backwards by passing the oldest timestamp of a page as `timestamp_before`.
///
/// # How the streams walk it
/// Timestamps are in milliseconds and several messages can share one (an import, a bot
/// answering in a burst). A page can end in the middle of such a group, and
/// `timestamp_before` is exclusive, so asking "before the oldest timestamp" would skip the
/// rest of the group. The streams therefore ask one millisecond wider (`before` is the
/// oldest timestamp plus one, `after` the newest minus one), get the boundary group again
/// and drop what they already yielded by **fingerprint**. A page that brings nothing new (a group larger than a page)
/// is asked again with the exact bound, which moves past the group: what the server cannot
/// return in one page is then not returned at all. A stream ends at the first of:
///
/// 1. a **200** answer (the end of the history or of the window), once its messages are
///    yielded — except for a [`MessageFollow`] that
///    [keeps polling](MessageFollow::keep_polling);
/// 2. a page that brings **no new message**, even with the exact bound (a server that
///    ignores the bound, or answers 206 with an empty page);
/// 3. the **caller's limits**: `max_pages` (requests) and `max_messages` (messages
///    yielded); no request is made past them;
/// 4. an **error**, yielded once, after which the stream ends.
///
/// The memory a stream holds is one page and the fingerprints of the boundary group.
///
/// Set its bounds and limits before polling it; the limits can also be lowered later (as a
/// count from there).
#[must_use = "streams do nothing unless polled"]
pub struct MessageHistory {
    walk: Walk,
}

impl MessageHistory {
    /// Starts before `timestamp` (exclusive) instead of at the latest message.
    pub fn before(mut self, timestamp: u64) -> Self {
        self.walk.cursor = Some(timestamp);
        self.walk.widen = false;
        self.walk.seen.clear();
        self
    }

    /// Stops at `timestamp` (exclusive): only messages after it, sent as
    /// `timestamp_after` on every request, so the walk covers a window.
    pub fn after(mut self, timestamp: u64) -> Self {
        self.walk.stop = Some(timestamp);
        self
    }
}

walk_stream!(MessageHistory);

/// The messages of a conversation after a timestamp, oldest first: a stream of
/// [`Message`]. Made by [`WebsiteApi::follow_messages`]; see the [`MessageHistory`] docs for
/// how it walks and ends.
#[must_use = "streams do nothing unless polled"]
pub struct MessageFollow {
    walk: Walk,
}

impl MessageFollow {
    /// Stops at `timestamp` (exclusive): only messages before it, so the walk covers a
    /// window. The bound is not sent (with both bounds Crisp answers the newest page of the
    /// window); the walk ends at the first page that reaches it, even when following.
    pub fn before(mut self, timestamp: u64) -> Self {
        self.walk.stop = Some(timestamp);
        self
    }

    /// Does not end when Crisp answers 200: waits `every`, then asks for newer messages
    /// again, until a limit, an error or the stream is dropped. Without a limit, this
    /// stream never ends.
    pub fn keep_polling(mut self, every: Duration) -> Self {
        self.walk.poll_every = Some(every);
        self
    }
}

walk_stream!(MessageFollow);
