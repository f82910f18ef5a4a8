//! The error of an upload, naming its step; signed URLs shown without their query.

use std::fmt;
use std::time::Duration;

use crisp_core::TransportErrorKind;

use crate::waiter::WaitError;

/// The steps of an upload, in order (see the [module docs](super)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UploadStep {
    /// The checks before anything is sent (size, name, MIME type).
    Check,
    /// `POST /bucket/url/generate`.
    Generate,
    /// Waiting for the `bucket:url:<namespace>:generated` event, and reading it.
    WaitForUrl,
    /// The `PUT` of the file to the signed URL.
    Upload,
    /// Sending the `file` message.
    SendMessage,
}

impl fmt::Display for UploadStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UploadStep::Check => "check",
            UploadStep::Generate => "generate the upload URL",
            UploadStep::WaitForUrl => "wait for the upload URL",
            UploadStep::Upload => "upload (PUT)",
            UploadStep::SendMessage => "send the file message",
        })
    }
}

/// Why an upload failed; [`step`](UploadError::step) names the step.
///
/// Signed URLs are credentials: the `url` fields hold them with their query replaced by
/// `<redacted>` ([`redact_url`]), and so do the messages.
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadError {
    /// The file is larger than the uploader's limit; nothing was sent.
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file cannot be declared as it is (empty name, MIME type not `type/subtype` or
    /// not a header value), or the namespace has no event; nothing was sent.
    InvalidFile {
        /// What is wrong.
        reason: &'static str,
    },
    /// Crisp refused the request for an upload URL (or it could not be sent).
    Generate(Box<crisp_core::Error>),
    /// The URL event did not come in time ([`WaitError::Timeout`]), the realtime client
    /// stopped ([`WaitError::Closed`]) or has too many waiters.
    WaitForUrl(WaitError),
    /// The URL event came without a usable URL.
    NoUrl {
        /// What is missing (`url.signed`, `url.resource`, …).
        missing: &'static str,
    },
    /// The file is larger than the upload policy of the URL event (`policy.size_limit`);
    /// it was not uploaded.
    OverPolicy {
        /// The file's size in bytes.
        size: u64,
        /// Crisp's limit.
        limit: u64,
    },
    /// The upload URL answered the `PUT` with a status other than 2xx (a 3xx is not
    /// followed). The answer's body is not kept.
    PutStatus {
        /// The HTTP status.
        status: u16,
        /// The signed URL, redacted.
        url: String,
    },
    /// The `PUT` could not be exchanged (connection, I/O…).
    PutFailed {
        /// What kind of failure the transport met.
        kind: TransportErrorKind,
        /// The transport's message, URL queries redacted.
        message: String,
        /// The signed URL, redacted.
        url: String,
    },
    /// The `PUT` took longer than the uploader's limit.
    PutTimeout {
        /// The limit.
        after: Duration,
        /// The signed URL, redacted.
        url: String,
    },
    /// The file is uploaded (at `resource_url`), but the `file` message could not be sent.
    SendMessage {
        /// Why.
        source: Box<crisp_core::Error>,
        /// The file's public URL: send the message again with it.
        resource_url: String,
    },
}

impl UploadError {
    /// The step that failed.
    #[must_use]
    pub fn step(&self) -> UploadStep {
        match self {
            UploadError::TooLarge { .. } | UploadError::InvalidFile { .. } => UploadStep::Check,
            UploadError::Generate(_) => UploadStep::Generate,
            UploadError::WaitForUrl(_) | UploadError::NoUrl { .. } => UploadStep::WaitForUrl,
            UploadError::OverPolicy { .. }
            | UploadError::PutStatus { .. }
            | UploadError::PutFailed { .. }
            | UploadError::PutTimeout { .. } => UploadStep::Upload,
            UploadError::SendMessage { .. } => UploadStep::SendMessage,
        }
    }
}

impl fmt::Display for UploadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "upload failed at step `{}`: ", self.step())?;
        match self {
            UploadError::TooLarge { size, limit } => {
                write!(
                    f,
                    "the file has {size} bytes, more than the limit of {limit}"
                )
            }
            UploadError::InvalidFile { reason } => f.write_str(reason),
            UploadError::Generate(error) => write!(f, "{error}"),
            UploadError::WaitForUrl(error) => write!(f, "{error}"),
            UploadError::NoUrl { missing } => {
                write!(f, "the URL event has no usable `{missing}`")
            }
            UploadError::OverPolicy { size, limit } => write!(
                f,
                "the file has {size} bytes, more than Crisp's upload policy allows ({limit})"
            ),
            UploadError::PutStatus { status, url } => {
                write!(f, "PUT {url} answered {status}")
            }
            UploadError::PutFailed { kind, message, url } => {
                write!(f, "PUT {url} failed ({kind}): {message}")
            }
            UploadError::PutTimeout { after, url } => {
                write!(f, "PUT {url} took longer than {after:?}")
            }
            UploadError::SendMessage {
                source,
                resource_url,
            } => write!(f, "the file is at {resource_url}, but: {source}"),
        }
    }
}

impl std::error::Error for UploadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            UploadError::Generate(error) | UploadError::SendMessage { source: error, .. } => {
                Some(&**error)
            }
            UploadError::WaitForUrl(error) => Some(error),
            _ => None,
        }
    }
}

/// `url` as it may be shown: its query (where a signed URL keeps its signature) and
/// fragment become `<redacted>`, and a `user:password@` is dropped.
///
/// ```
/// use crisp_rtm::upload::redact_url;
/// assert_eq!(
///     redact_url("https://bucket.example.com/a/b.pdf?X-Amz-Signature=secret"),
///     "https://bucket.example.com/a/b.pdf?<redacted>"
/// );
/// assert_eq!(redact_url("https://u:p@host/x"), "https://host/x");
/// ```
#[must_use]
pub fn redact_url(url: &str) -> String {
    let (head, hidden) = match url.find(['?', '#']) {
        Some(at) => (&url[..at], true),
        None => (url, false),
    };
    let head = match head.split_once("://") {
        Some((scheme, rest)) => {
            let authority_end = rest.find('/').unwrap_or(rest.len());
            match rest[..authority_end].rfind('@') {
                Some(at) => format!("{scheme}://{}", &rest[at + 1..]),
                None => head.to_owned(),
            }
        }
        None => head.to_owned(),
    };
    if hidden {
        format!("{head}?<redacted>")
    } else {
        head
    }
}

/// `text` with `signed` and every URL in it redacted (a transport's message may quote the
/// URL it failed on, e.g. `error sending request for url (…)`).
pub(crate) fn redact_text(text: &str, signed: &str) -> String {
    let text = if signed.is_empty() {
        text.to_owned()
    } else {
        text.replace(signed, &redact_url(signed))
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("://") {
        // The URL starts at its scheme: the letters before `://`.
        let start = rest[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .map_or(0, |i| i + 1);
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | ','))
            .map_or(rest.len(), |i| at + i);
        out.push_str(&rest[..start]);
        let url = &rest[start..end];
        if url.ends_with("?<redacted>") {
            out.push_str(url);
        } else {
            out.push_str(&redact_url(url));
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_in_messages_lose_their_query() {
        let signed = "http://127.0.0.1:9/up/1?signature=s3cr3t";
        let message = format!("error sending request for url ({signed}): connection refused");
        let redacted = redact_text(&message, signed);
        assert!(!redacted.contains("s3cr3t"), "{redacted}");
        assert_eq!(
            redacted,
            "error sending request for url (http://127.0.0.1:9/up/1?<redacted>): connection refused"
        );
        // Another spelling of the URL (re-encoded by the backend) is caught too.
        let other = redact_text("for url (https://h/x?sig=a%2Fb) and more", signed);
        assert_eq!(other, "for url (https://h/x?<redacted>) and more");
        assert_eq!(redact_text("no url here", signed), "no url here");
        assert_eq!(redact_url("https://h/x#frag"), "https://h/x?<redacted>");
    }
}
