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
use std::future::Future;
use std::hash::{Hash, Hasher};
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use crisp_core::Error;
use crisp_core::response::decode_data;
use futures_core::Stream;
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

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send>>;

/// A stream of the pages of a list, from the page its call asked for. Made by
/// [`Call::pages`]; see the [module docs](self) for how it ends.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<T> {
    template: Call<Page<T>>,
    next: u32,
    pages_left: Option<u32>,
    last_digest: Option<u64>,
    in_flight: Option<PageFuture<T>>,
    done: bool,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("next", &self.next)
            .field("pages_left", &self.pages_left)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Pages<T> {
    pub(crate) fn new(template: Call<Page<T>>) -> Self {
        let next = template.request().page_number().unwrap_or(1);
        Pages {
            template,
            next,
            pages_left: None,
            last_digest: None,
            in_flight: None,
            done: false,
        }
    }

    /// Requests at most `pages` pages.
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.pages_left = Some(pages);
        self
    }

    /// The items of every page, one by one.
    pub fn items(self) -> Items<T> {
        Items {
            pages: self,
            current: Vec::new().into_iter(),
            items_left: None,
        }
    }
}

impl<T: Send + 'static> Stream for Pages<T> {
    type Item = Result<Page<T>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        if this.in_flight.is_none() {
            if this.pages_left == Some(0) {
                this.done = true;
                return Poll::Ready(None);
            }
            match this.template.for_page(this.next) {
                Some(call) => this.in_flight = Some(Box::pin(call.send())),
                None => {
                    this.done = true;
                    return Poll::Ready(Some(Err(Error::invalid_argument(
                        "this call is not a paged list",
                    ))));
                }
            }
        }
        let Some(future) = this.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let result = match future.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        this.in_flight = None;
        match result {
            Err(error) => {
                this.done = true;
                Poll::Ready(Some(Err(error)))
            }
            Ok(page) if page.items.is_empty() || this.last_digest == Some(page.digest) => {
                this.done = true;
                Poll::Ready(None)
            }
            Ok(page) => {
                this.last_digest = Some(page.digest);
                this.pages_left = this.pages_left.map(|left| left - 1);
                match this.next.checked_add(1) {
                    Some(next) => this.next = next,
                    None => this.pages_left = Some(0),
                }
                Poll::Ready(Some(Ok(page)))
            }
        }
    }
}

/// A stream of the items of a list across its pages. Made by [`Call::items`] or
/// [`Pages::items`]; see the [module docs](self) for how it ends.
#[must_use = "streams do nothing unless polled"]
pub struct Items<T> {
    pages: Pages<T>,
    current: std::vec::IntoIter<T>,
    items_left: Option<usize>,
}

impl<T> std::fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.current.len())
            .field("items_left", &self.items_left)
            .finish()
    }
}

// `Items` never pins its fields: the page future is boxed, the buffer is plain data.
impl<T> Unpin for Items<T> {}

impl<T: Send + 'static> Items<T> {
    /// Yields at most `items` items; no page is requested once they are out.
    pub fn max_items(mut self, items: usize) -> Self {
        self.items_left = Some(items);
        self
    }

    /// Requests at most `pages` pages.
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.pages.pages_left = Some(pages);
        self
    }
}

impl<T: Send + 'static> Stream for Items<T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if this.items_left == Some(0) {
                return Poll::Ready(None);
            }
            if let Some(item) = this.current.next() {
                this.items_left = this.items_left.map(|left| left - 1);
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(Some(Ok(page))) => this.current = page.items.into_iter(),
            }
        }
    }
}
