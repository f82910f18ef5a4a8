//! The check of plugin pages: Crisp opens a plugin's settings page and its iFrame widgets
//! with `?website_id=…&token=…&locale=…&session_id=…`, where `token` is the website's
//! subscription token. [`PluginPageRequest`] reads that query; the cache compares the
//! token with the one it holds, in constant time.

use std::fmt;

use crisp_types::{SessionId, WebsiteId};

/// The longest query string [`PluginPageRequest::from_query`] reads (a Crisp page URL is
/// far shorter); a longer one is refused before it is decoded.
pub const MAX_PAGE_QUERY: usize = 8 * 1024;

/// What Crisp adds to the URL of a plugin settings page or iFrame widget.
///
/// Its `Debug` never shows the token.
///
/// ```
/// use crisp_rtm::plugin::PluginPageRequest;
///
/// let request = PluginPageRequest::from_query(
///     "?website_id=8c842203-7ed8-4e29-a608-7cf78a7d2fcc&token=abc%2B1&locale=fr",
/// )
/// .unwrap();
/// assert_eq!(request.website_id.as_str(), "8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
/// assert_eq!(request.token(), "abc+1");
/// assert_eq!(request.locale.as_deref(), Some("fr"));
/// assert!(request.session_id.is_none());
/// assert!(!format!("{request:?}").contains("abc"));
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PluginPageRequest {
    /// The website the page is opened for.
    pub website_id: WebsiteId,
    token: String,
    /// The operator's locale (`locale`), when sent.
    pub locale: Option<String>,
    /// The conversation (`session_id`), for widgets opened in a conversation.
    pub session_id: Option<SessionId>,
}

impl PluginPageRequest {
    /// A request built by hand (e.g. from a framework's own query extractor).
    pub fn new(website_id: WebsiteId, token: impl Into<String>) -> Self {
        PluginPageRequest {
            website_id,
            token: token.into(),
            locale: None,
            session_id: None,
        }
    }

    /// The token sent with the page (check it with
    /// [`Plugin::verify_request`](super::Plugin::verify_request), never compare it by
    /// hand with `==`).
    pub fn token(&self) -> &str {
        &self.token
    }

    /// Reads a query string: `website_id=…&token=…` (both required), `locale` and
    /// `session_id` (optional), percent-encoded, `+` for a space. A leading `?` is
    /// skipped; so is everything up to the first `?` of a whole URL, and a `#fragment`.
    /// Other keys are ignored.
    ///
    /// # Errors
    /// A [`PageRequestError`]: the query is over [`MAX_PAGE_QUERY`] bytes, a required key
    /// is missing or empty, a key is given twice (parameter pollution), or a value is not
    /// valid percent-encoded UTF-8.
    pub fn from_query(query: &str) -> Result<Self, PageRequestError> {
        if query.len() > MAX_PAGE_QUERY {
            return Err(PageRequestError::TooLong { len: query.len() });
        }
        let query = query.split_once('?').map_or(query, |(_, rest)| rest);
        let query = query.split_once('#').map_or(query, |(head, _)| head);
        let mut website_id = None;
        let mut token = None;
        let mut locale = None;
        let mut session_id = None;
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Ok(key) = decode(key) else { continue };
            let (slot, field) = match key.as_str() {
                "website_id" => (&mut website_id, Field::WebsiteId),
                "token" => (&mut token, Field::Token),
                "locale" => (&mut locale, Field::Locale),
                "session_id" => (&mut session_id, Field::SessionId),
                _ => continue,
            };
            if slot.is_some() {
                return Err(PageRequestError::Duplicate { field });
            }
            *slot = Some(decode(value).map_err(|()| PageRequestError::Encoding { field })?);
        }
        let website_id =
            website_id
                .filter(|id| !id.is_empty())
                .ok_or(PageRequestError::Missing {
                    field: Field::WebsiteId,
                })?;
        let token = token
            .filter(|token| !token.is_empty())
            .ok_or(PageRequestError::Missing {
                field: Field::Token,
            })?;
        Ok(PluginPageRequest {
            website_id: WebsiteId::new(website_id),
            token,
            locale: locale.filter(|locale| !locale.is_empty()),
            session_id: session_id.filter(|id| !id.is_empty()).map(SessionId::new),
        })
    }
}

impl fmt::Debug for PluginPageRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PluginPageRequest")
            .field("website_id", &self.website_id)
            .field("token", &"<redacted>")
            .field("locale", &self.locale)
            .field("session_id", &self.session_id)
            .finish()
    }
}

/// A key of the page query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// `website_id`.
    WebsiteId,
    /// `token`.
    Token,
    /// `locale`.
    Locale,
    /// `session_id`.
    SessionId,
}

impl Field {
    /// The query key.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::WebsiteId => "website_id",
            Field::Token => "token",
            Field::Locale => "locale",
            Field::SessionId => "session_id",
        }
    }
}

/// Why a page query could not be read. It never contains a value of the query.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageRequestError {
    /// The query is longer than [`MAX_PAGE_QUERY`].
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// A required key is missing or empty.
    Missing {
        /// The key.
        field: Field,
    },
    /// A key is given more than once.
    Duplicate {
        /// The key.
        field: Field,
    },
    /// A value is not valid percent-encoded UTF-8.
    Encoding {
        /// The key.
        field: Field,
    },
}

impl fmt::Display for PageRequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageRequestError::TooLong { len } => write!(
                f,
                "the plugin page query is {len} bytes, over the {MAX_PAGE_QUERY}-byte limit"
            ),
            PageRequestError::Missing { field } => {
                write!(f, "the plugin page query has no `{}`", field.as_str())
            }
            PageRequestError::Duplicate { field } => {
                write!(f, "the plugin page query gives `{}` twice", field.as_str())
            }
            PageRequestError::Encoding { field } => write!(
                f,
                "the `{}` of the plugin page query is not valid percent-encoded UTF-8",
                field.as_str()
            ),
        }
    }
}

impl std::error::Error for PageRequestError {}

/// Why a plugin page is refused. Neither the expected token nor the one given appear in
/// it (its `Display` is safe to send back in a 401 / 404).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageAuthError {
    /// No token was given.
    MissingToken,
    /// The website is not subscribed to the plugin (not in the cache).
    UnknownWebsite {
        /// The website asked for.
        website_id: WebsiteId,
    },
    /// The website has no subscription token to compare with (Crisp sent none).
    NoTokenOnFile {
        /// The website.
        website_id: WebsiteId,
    },
    /// The token is not the website's.
    BadToken {
        /// The website.
        website_id: WebsiteId,
    },
}

impl PageAuthError {
    /// The HTTP status to answer: 404 for a website not subscribed, 401 otherwise.
    pub fn status(&self) -> u16 {
        match self {
            PageAuthError::UnknownWebsite { .. } => 404,
            _ => 401,
        }
    }
}

impl fmt::Display for PageAuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageAuthError::MissingToken => f.write_str("the plugin page has no token"),
            PageAuthError::UnknownWebsite { website_id } => {
                write!(f, "website {website_id} is not subscribed to the plugin")
            }
            PageAuthError::NoTokenOnFile { website_id } => write!(
                f,
                "website {website_id} has no subscription token to check the page with"
            ),
            PageAuthError::BadToken { website_id } => {
                write!(
                    f,
                    "the plugin page token is not the one of website {website_id}"
                )
            }
        }
    }
}

impl std::error::Error for PageAuthError {}

/// Compares two tokens in constant time for a given length: every byte is looked at
/// whatever the first difference; only whether the lengths differ is told early.
pub(crate) fn constant_time_eq(given: &[u8], expected: &[u8]) -> bool {
    if given.len() != expected.len() {
        return false;
    }
    let mut difference = 0u8;
    for (a, b) in given.iter().zip(expected) {
        difference |= std::hint::black_box(a ^ b);
    }
    std::hint::black_box(difference) == 0
}

/// Percent-decodes one query component (`+` is a space).
fn decode(text: &str) -> Result<String, ()> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).ok_or(())?;
                let hex = std::str::from_utf8(hex).map_err(|_| ())?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| ())?);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_every_byte() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abd", b"abc"));
        assert!(!constant_time_eq(b"xbc", b"abc"));
        assert!(!constant_time_eq(b"ab", b"abc"));
        assert!(constant_time_eq(b"", b""));
    }

    #[test]
    fn decodes_queries() {
        assert_eq!(decode("a%20b+c").unwrap(), "a b c");
        assert!(decode("%zz").is_err());
        assert!(decode("%2").is_err());
        assert!(decode("%ff").is_err());
        let request = PluginPageRequest::from_query(
            "https://p.example/settings?website_id=w&token=t&session_id=session_1#top",
        )
        .unwrap();
        assert_eq!(request.session_id.unwrap().as_str(), "session_1");
        assert_eq!(
            PluginPageRequest::from_query("website_id=w&token=t&token=u"),
            Err(PageRequestError::Duplicate {
                field: Field::Token
            })
        );
        assert_eq!(
            PluginPageRequest::from_query("website_id=w&token="),
            Err(PageRequestError::Missing {
                field: Field::Token
            })
        );
        assert_eq!(
            PluginPageRequest::from_query("token=t"),
            Err(PageRequestError::Missing {
                field: Field::WebsiteId
            })
        );
        assert_eq!(
            PluginPageRequest::from_query("website_id=w&token=%C3"),
            Err(PageRequestError::Encoding {
                field: Field::Token
            })
        );
        let long = format!("website_id=w&token={}", "a".repeat(MAX_PAGE_QUERY));
        assert!(matches!(
            PluginPageRequest::from_query(&long),
            Err(PageRequestError::TooLong { .. })
        ));
    }
}
