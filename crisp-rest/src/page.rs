//! Paged lists: [`Page`], and the [`Pages`] / [`Items`] streams that walk a list page by
//! page.
//!
//! # How the end of a list is found
//! Crisp pages its lists by a number in the path (`…/list/{page_number}`, from 1) and does
//! not say how many pages there are, nor how large a page is. A stream stops at the first
//! of:
//!
//! 1. an **empty page**: past the end, Crisp answers `[]`;
//! 2. a **repeated page**: a page whose response body is byte-for-byte the one of the page
//!    before (some routes answer the last page again for any number past it) — it is not
//!    yielded;
//! 3. the **caller's limit**: [`Pages::max_pages`] or [`Items::max_items`] — no request is
//!    made past it;
//! 4. an **error**, yielded once, after which the stream ends.
//!
//! A short page is not taken as the end, because page sizes differ between routes and
//! are not documented.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};

use bytes::Bytes;
use crisp_core::Error;
use crisp_core::response::decode_data;
use futures_core::Stream;
use futures_util::stream::{TryStreamExt, try_unfold};
use http::Method;
use serde::de::DeserializeOwned;

use crate::call::Call;

/// One page of a paged list: its number and its items.
///
/// It dereferences to a slice and iterates by value, so it reads like the `Vec` it wraps:
///
/// ```no_run
/// # async fn run(client: crisp_rest::Client, website: crisp_types::WebsiteId) -> Result<(), crisp_rest::Error> {
/// let page = client.website().list_conversations(&website, 1, Default::default()).await?;
/// println!("page {} has {} conversations", page.number(), page.len());
/// for conversation in page {
///     println!("{}", conversation.session_id);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    number: u32,
    items: Vec<T>,
    digest: u64,
}

impl<T> Page<T> {
    /// A page built by hand (e.g. in tests).
    #[must_use]
    pub fn new(number: u32, items: Vec<T>) -> Self {
        Page {
            number,
            items,
            digest: 0,
        }
    }

    /// The page number (the first page is 1).
    #[must_use]
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The items of this page.
    #[must_use]
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The items of this page, owned.
    #[must_use]
    pub fn into_items(self) -> Vec<T> {
        self.items
    }
}

impl<T> std::ops::Deref for Page<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Page<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// Decodes a page: the `data` array, plus a digest of the body to spot repeated pages.
pub(crate) fn decode_page<T: DeserializeOwned>(
    number: Option<u32>,
    method: &Method,
    response: &http::Response<Bytes>,
) -> Result<Page<T>, Error> {
    let items = decode_data::<Vec<T>>(method, response)?;
    let mut hasher = DefaultHasher::new();
    response.body().hash(&mut hasher);
    Ok(Page {
        number: number.unwrap_or(1),
        items,
        digest: hasher.finish(),
    })
}

/// How many more pages or items a stream may yield: set by the caller at any time (also
/// after the first poll, as a count from there), read by the walk.
#[derive(Clone, Debug)]
struct Limit(Arc<AtomicU64>);

impl Limit {
    const NONE: u64 = u64::MAX;

    fn unlimited() -> Self {
        Limit(Arc::new(AtomicU64::new(Self::NONE)))
    }

    fn set(&self, left: u64) {
        self.0.store(left.min(Self::NONE - 1), Ordering::Relaxed);
    }

    fn left(&self) -> Option<u64> {
        let left = self.0.load(Ordering::Relaxed);
        (left != Self::NONE).then_some(left)
    }

    /// Counts one more page or item; `false` (and nothing counted) when none is left.
    fn take_one(&self) -> bool {
        self.0
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| match left {
                0 => None,
                Self::NONE => Some(left),
                _ => Some(left - 1),
            })
            .is_ok()
    }
}

type PageStream<T> = Pin<Box<dyn Stream<Item = Result<Page<T>, Error>> + Send>>;
type ItemStream<T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>;

/// The state of a walk over the pages: what [`Pages`] unfolds.
struct PageWalk<T> {
    template: Call<Page<T>>,
    next: u32,
    pages_left: Limit,
    last_digest: Option<u64>,
}

impl<T: Send + 'static> PageWalk<T> {
    /// Requests the next page: `None` at the end of the list (see the module docs).
    async fn step(mut self) -> Result<Option<(Page<T>, Self)>, Error> {
        if self.pages_left.left() == Some(0) {
            return Ok(None);
        }
        let call = self
            .template
            .for_page(self.next)
            .ok_or_else(|| Error::invalid_argument("this call is not a paged list"))?;
        let page = call.send().await?;
        if page.items.is_empty() || self.last_digest == Some(page.digest) {
            return Ok(None);
        }
        self.last_digest = Some(page.digest);
        self.pages_left.take_one();
        match self.next.checked_add(1) {
            Some(next) => self.next = next,
            None => self.pages_left.set(0),
        }
        Ok(Some((page, self)))
    }
}

/// A stream of the pages of a list, from the page its call asked for. Made by
/// [`Call::pages`]; see the [module docs](self) for how it ends.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<T> {
    pages_left: Limit,
    stream: PageStream<T>,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("pages_left", &self.pages_left.left())
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Pages<T> {
    pub(crate) fn new(template: Call<Page<T>>) -> Self {
        let next = template.request().page_number().unwrap_or(1);
        let pages_left = Limit::unlimited();
        let walk = PageWalk {
            template,
            next,
            pages_left: pages_left.clone(),
            last_digest: None,
        };
        Pages {
            pages_left,
            stream: Box::pin(try_unfold(walk, PageWalk::step)),
        }
    }

    /// Requests at most `pages` pages (more pages once the stream has been polled).
    pub fn max_pages(self, pages: u32) -> Self {
        self.pages_left.set(u64::from(pages));
        self
    }

    /// The items of every page, one by one.
    pub fn items(self) -> Items<T> {
        let items_left = Limit::unlimited();
        let walk = ItemWalk {
            items_left: items_left.clone(),
            pages: self.stream,
            current: Vec::new().into_iter(),
        };
        Items {
            pages_left: self.pages_left,
            items_left,
            stream: Box::pin(try_unfold(walk, ItemWalk::step)),
        }
    }
}

impl<T: Send + 'static> Stream for Pages<T> {
    type Item = Result<Page<T>, Error>;

    /// Only forwards to the walk (`try_unfold` over `PageWalk::step`).
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.stream.as_mut().poll_next(cx)
    }
}

/// The state of a walk over the items: what [`Items`] unfolds.
struct ItemWalk<T> {
    items_left: Limit,
    pages: PageStream<T>,
    current: std::vec::IntoIter<T>,
}

impl<T: Send + 'static> ItemWalk<T> {
    /// The next item, from the current page or the next one.
    async fn step(mut self) -> Result<Option<(T, Self)>, Error> {
        loop {
            if self.items_left.left() == Some(0) {
                return Ok(None);
            }
            if let Some(item) = self.current.next() {
                self.items_left.take_one();
                return Ok(Some((item, self)));
            }
            match self.pages.try_next().await? {
                Some(page) => self.current = page.items.into_iter(),
                None => return Ok(None),
            }
        }
    }
}

/// A stream of the items of a list across its pages. Made by [`Call::items`] or
/// [`Pages::items`]; see the [module docs](self) for how it ends.
#[must_use = "streams do nothing unless polled"]
pub struct Items<T> {
    pages_left: Limit,
    items_left: Limit,
    stream: ItemStream<T>,
}

impl<T> std::fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("pages_left", &self.pages_left.left())
            .field("items_left", &self.items_left.left())
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Items<T> {
    /// Yields at most `items` items (more items once the stream has been polled); no page
    /// is requested once they are out.
    pub fn max_items(self, items: usize) -> Self {
        self.items_left
            .set(u64::try_from(items).unwrap_or(u64::MAX));
        self
    }

    /// Requests at most `pages` pages (more pages once the stream has been polled).
    pub fn max_pages(self, pages: u32) -> Self {
        self.pages_left.set(u64::from(pages));
        self
    }
}

impl<T: Send + 'static> Stream for Items<T> {
    type Item = Result<T, Error>;

    /// Only forwards to the walk (`try_unfold` over `ItemWalk::step`).
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.stream.as_mut().poll_next(cx)
    }
}
