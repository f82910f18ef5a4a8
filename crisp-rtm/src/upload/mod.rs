//! File upload in one call: Crisp's bucket flow, done for you by [`Uploader`].
//!
//! Sending a file in a conversation takes four steps with Crisp, across both of its APIs:
//!
//! 1. **generate**: `POST /bucket/url/generate` (namespace `upload`, an `id` of our
//!    choice, the file's name and MIME type, the website) — Crisp answers at once, without
//!    the URL;
//! 2. **wait for the URL**: the signed upload URL arrives on the realtime socket, as the
//!    event `bucket:url:upload:generated` carrying the same `id`, with `url.signed` (where
//!    to upload) and `url.resource` (the file's public URL once uploaded);
//! 3. **upload**: one `PUT` of the whole file to `url.signed`, with the declared
//!    `Content-Type` and a `Content-Length` (never chunked into several `PUT`s: each would
//!    replace the previous one);
//! 4. **send the message**: a `file` message whose content is `{name, url: url.resource,
//!    type}`.
//!
//! [`Uploader::upload`] does all four, with a timeout on the event and on the `PUT`, a size
//! limit checked before anything is sent, and an [`UploadError`] that names the failing
//! step ([`UploadError::step`]). [`Uploader::upload_file`] stops after step 3 and returns
//! the resource URL, for the other namespaces (avatars, website icons…).
//!
//! The waiter for the event is registered on the realtime client
//! ([`RtmHandle::wait_for`]) *before* the REST call, so the event cannot be missed, and the
//! client's own stream receives the event as usual. The client must be subscribed to the
//! event: add [`EVENTS`] to [`RtmConfig::events`](crate::RtmConfig::events) (and
//! [`Uploader::new`] asks for it too, with [`RtmHandle::push`]).
//!
//! The `PUT` goes through the REST client's [`Transport`](crisp_core::Transport) (its
//! backend, TLS and proxy; no redirect followed), as a plain request: the Crisp
//! credentials are never sent to the upload URL.
//!
//! **The signed URL is a credential** (its query carries the signature): it appears in no
//! `Debug` output, error or log of this module; errors show it with its query replaced by
//! `<redacted>`.
//!
//! ```no_run
//! # async fn run(rest: crisp_rest::Client, rtm: crisp_rtm::RtmHandle) -> Result<(), Box<dyn std::error::Error>> {
//! use crisp_rtm::upload::{File, Uploader};
//! use crisp_types::{SessionId, WebsiteId};
//!
//! let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
//! let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
//! let uploader = Uploader::new(rest, rtm);
//! let file = File::new("invoice.pdf", "application/pdf", std::fs::read("invoice.pdf")?);
//! let sent = uploader.upload(&website, &session, &file).await?;
//! println!("sent as {:?}, at {}", sent.fingerprint, sent.resource_url);
//! # Ok(()) }
//! ```

mod error;

use std::fmt;
use std::time::Duration;

use crisp_core::reexports::Bytes;
use crisp_core::transport::BodyLimit;
use crisp_types::bucket::url::{BucketFile, BucketNamespace, BucketResource, BucketUrlRequest};
use crisp_types::event::{BucketUrlGenerated, Event, EventName};
use crisp_types::website::conversation::{FileContent, MessageFrom, NewMessage, Origin};
use crisp_types::{Fingerprint, SessionId, WebsiteId};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderValue, Method};

pub use error::{UploadError, UploadStep, redact_url};

use crate::RtmHandle;

/// The event that delivers the URL of an upload of namespace `upload` (what
/// [`Uploader::upload`] uses): add it to the client's events.
pub const EVENTS: [EventName; 1] = [EventName::BucketUrlUploadGenerated];

/// The default largest file: 20 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 20 * 1024 * 1024;
/// The default wait for the URL event.
pub const DEFAULT_EVENT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default limit on the `PUT` (sending the file and reading the answer).
pub const DEFAULT_PUT_TIMEOUT: Duration = Duration::from_secs(120);

/// The largest answer to the `PUT` that is read (it is not used: only its status is).
const PUT_ANSWER_LIMIT: u64 = 64 * 1024;

/// A file to upload: its name, its MIME type and its bytes. `Debug` shows the size, not
/// the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    /// File name (e.g. `invoice.pdf`), shown in the conversation.
    pub name: String,
    /// MIME type (e.g. `application/pdf`), declared to Crisp and sent as `Content-Type`.
    pub mime: String,
    /// The whole file.
    pub bytes: Bytes,
}

impl File {
    /// A file by name, MIME type and content.
    pub fn new(name: impl Into<String>, mime: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        File {
            name: name.into(),
            mime: mime.into(),
            bytes: bytes.into(),
        }
    }

    /// The size in bytes.
    #[must_use]
    pub fn size(&self) -> u64 {
        self.bytes.len() as u64
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("name", &self.name)
            .field("mime", &self.mime)
            .field("size", &self.bytes.len())
            .finish()
    }
}

/// What [`Uploader::upload`] did: the file is at `resource_url`, and the message that
/// shows it was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Uploaded {
    /// The fingerprint of the `file` message sent, as Crisp answered it.
    pub fingerprint: Option<Fingerprint>,
    /// The file's public URL (`url.resource`), as in the message.
    pub resource_url: String,
}

/// Uploads files through Crisp's bucket flow and sends them as messages: see the
/// [module docs](self).
#[derive(Clone, Debug)]
pub struct Uploader {
    rest: crisp_rest::Client,
    rtm: RtmHandle,
    max_size: u64,
    event_timeout: Duration,
    put_timeout: Duration,
    from: MessageFrom,
    origin: Origin,
}

impl Uploader {
    /// An uploader calling Crisp through `rest` and waiting for the URLs on the realtime
    /// client of `rtm`; it asks that client to subscribe to [`EVENTS`] (kept across
    /// reconnections; subscribe in the [`RtmConfig`](crate::RtmConfig) too, so that the
    /// subscription is live before the first upload).
    ///
    /// Messages are sent `from` the operator, on the `chat` origin; files up to
    /// [`DEFAULT_MAX_SIZE`]; the URL is awaited [`DEFAULT_EVENT_TIMEOUT`], the `PUT`
    /// [`DEFAULT_PUT_TIMEOUT`].
    #[must_use]
    pub fn new(rest: crisp_rest::Client, rtm: RtmHandle) -> Self {
        // A closed client fails the first upload with a clear error: nothing to do here.
        let _ = rtm.push(EVENTS);
        Uploader {
            rest,
            rtm,
            max_size: DEFAULT_MAX_SIZE,
            event_timeout: DEFAULT_EVENT_TIMEOUT,
            put_timeout: DEFAULT_PUT_TIMEOUT,
            from: MessageFrom::Operator,
            origin: Origin::Chat,
        }
    }

    /// Sets the largest file accepted, in bytes; a larger one fails with
    /// [`UploadError::TooLarge`] before any request is sent.
    #[must_use]
    pub fn max_size(mut self, bytes: u64) -> Self {
        self.max_size = bytes;
        self
    }

    /// Sets how long to wait for the URL event after Crisp accepted the request.
    #[must_use]
    pub fn event_timeout(mut self, timeout: Duration) -> Self {
        self.event_timeout = timeout;
        self
    }

    /// Sets how long the `PUT` of the file may take, from sending to the answer's end.
    #[must_use]
    pub fn put_timeout(mut self, timeout: Duration) -> Self {
        self.put_timeout = timeout;
        self
    }

    /// Sets who sends the `file` message (the operator by default).
    #[must_use]
    pub fn from(mut self, from: MessageFrom) -> Self {
        self.from = from;
        self
    }

    /// Sets the origin of the `file` message (`chat` by default).
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = origin.into();
        self
    }

    /// Uploads `file` for website `website_id` and sends it as a `file` message in the
    /// conversation `session_id`: the four steps of the [module docs](self).
    ///
    /// # Errors
    /// An [`UploadError`] naming the step that failed ([`UploadError::step`]). When the
    /// message could not be sent, [`UploadError::SendMessage`] still gives the file's URL:
    /// the file is uploaded.
    pub async fn upload(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        file: &File,
    ) -> Result<Uploaded, UploadError> {
        let resource_url = self
            .upload_file(
                BucketNamespace::Upload,
                Some(BucketResource::new("website", website_id.as_str())),
                file,
            )
            .await?;
        let message = NewMessage::new(
            self.from.clone(),
            self.origin.clone(),
            FileContent::new(&file.name, &resource_url, &file.mime),
        );
        match self
            .rest
            .website()
            .send_message_in_conversation(website_id, session_id, &message)
            .await
        {
            Ok(sent) => Ok(Uploaded {
                fingerprint: sent.fingerprint,
                resource_url,
            }),
            Err(source) => Err(UploadError::SendMessage {
                source: Box::new(source),
                resource_url,
            }),
        }
    }

    /// Uploads `file` to the bucket of `namespace` (for `resource`, e.g. the website of a
    /// logo) and returns its public URL (`url.resource`), without sending any message:
    /// steps 1 to 3 of the [module docs](self). The realtime client must be subscribed to
    /// `bucket:url:<namespace>:generated`.
    ///
    /// # Errors
    /// An [`UploadError`] naming the step that failed; [`UploadError::InvalidFile`] for a
    /// namespace this library does not know (no event would deliver its URL).
    pub async fn upload_file(
        &self,
        namespace: BucketNamespace,
        resource: Option<BucketResource>,
        file: &File,
    ) -> Result<String, UploadError> {
        // Step 0: everything that can be checked before sending anything.
        let size = file.size();
        if size > self.max_size {
            return Err(UploadError::TooLarge {
                size,
                limit: self.max_size,
            });
        }
        let content_type = check_file(file)?;
        if payload_of(&namespace, None).is_none() {
            return Err(UploadError::InvalidFile {
                reason: "no realtime event delivers the URLs of this bucket namespace",
            });
        }

        // Step 1, with the waiter registered first: the event cannot come before it.
        let id = format!(
            "crisp-rs-{:016x}{:016x}",
            fastrand::u64(..),
            fastrand::u64(..)
        );
        let waiter = {
            let namespace = namespace.clone();
            let id = id.clone();
            self.rtm
                .wait_for(move |event| {
                    payload_of(&namespace, Some(event))
                        .flatten()
                        .is_some_and(|payload| payload.id.as_deref() == Some(id.as_str()))
                })
                .map_err(UploadError::WaitForUrl)?
        };
        let mut request =
            BucketUrlRequest::new(namespace.clone(), BucketFile::new(&file.name, &file.mime))
                .id(id);
        if let Some(resource) = resource {
            request = request.resource(resource);
        }
        self.rest
            .bucket()
            .generate_bucket_url(&request)
            .await
            .map_err(|error| UploadError::Generate(Box::new(error)))?;

        // Step 2.
        let event = waiter
            .wait(self.event_timeout)
            .await
            .map_err(UploadError::WaitForUrl)?;
        let Some(Some(payload)) = payload_of(&namespace, Some(&event)) else {
            // The filter accepted only this namespace's event.
            return Err(UploadError::NoUrl { missing: "url" });
        };
        let url = payload
            .url
            .as_ref()
            .ok_or(UploadError::NoUrl { missing: "url" })?;
        let signed = url
            .signed
            .as_deref()
            .filter(|s| !s.is_empty())
            .ok_or(UploadError::NoUrl {
                missing: "url.signed",
            })?;
        let resource_url =
            url.resource
                .clone()
                .filter(|s| !s.is_empty())
                .ok_or(UploadError::NoUrl {
                    missing: "url.resource",
                })?;
        if let Some(limit) = payload.policy.as_ref().and_then(|p| p.size_limit) {
            if size > limit {
                return Err(UploadError::OverPolicy { size, limit });
            }
        }

        // Step 3.
        self.put(signed, content_type, file).await?;
        Ok(resource_url)
    }

    /// One `PUT` of the whole file to `signed`.
    async fn put(
        &self,
        signed: &str,
        content_type: HeaderValue,
        file: &File,
    ) -> Result<(), UploadError> {
        let redacted = redact_url(signed);
        let uri: http::Uri = signed
            .parse()
            .ok()
            .filter(|uri: &http::Uri| {
                matches!(uri.scheme_str(), Some("http" | "https")) && uri.host().is_some()
            })
            .ok_or(UploadError::NoUrl {
                missing: "url.signed (not an http(s) URL)",
            })?;
        let mut request = http::Request::builder()
            .method(Method::PUT)
            .uri(uri)
            .header(CONTENT_TYPE, content_type)
            .header(CONTENT_LENGTH, file.bytes.len())
            .body(file.bytes.clone())
            .map_err(|_| UploadError::NoUrl {
                missing: "url.signed (not an http(s) URL)",
            })?;
        request
            .extensions_mut()
            .insert(BodyLimit::new(PUT_ANSWER_LIMIT));
        let transport = self.rest.transport();
        let answer = tokio::time::timeout(self.put_timeout, transport.send(request)).await;
        match answer {
            Err(_) => Err(UploadError::PutTimeout {
                after: self.put_timeout,
                url: redacted,
            }),
            Ok(Err(error)) => Err(UploadError::PutFailed {
                kind: error.kind(),
                message: error::redact_text(&error.to_string(), signed),
                url: redacted,
            }),
            Ok(Ok(response)) if response.status().is_success() => Ok(()),
            Ok(Ok(response)) => Err(UploadError::PutStatus {
                status: response.status().as_u16(),
                url: redacted,
            }),
        }
    }
}

/// The name and MIME type must be usable: the type as a header, the name non-empty.
fn check_file(file: &File) -> Result<HeaderValue, UploadError> {
    if file.name.trim().is_empty() {
        return Err(UploadError::InvalidFile {
            reason: "the file name is empty",
        });
    }
    let (kind, subtype) = file.mime.split_once('/').unwrap_or_default();
    if kind.trim().is_empty() || subtype.trim().is_empty() {
        return Err(UploadError::InvalidFile {
            reason: "the MIME type is not of the form `type/subtype`",
        });
    }
    HeaderValue::from_str(&file.mime).map_err(|_| UploadError::InvalidFile {
        reason: "the MIME type cannot be sent as a Content-Type header",
    })
}

/// For a known `namespace`: `Some` (with `event`'s payload when it is this namespace's
/// `generated` event); `None` for a namespace without an event.
fn payload_of<'e>(
    namespace: &BucketNamespace,
    event: Option<&'e Event>,
) -> Option<Option<&'e BucketUrlGenerated>> {
    let payload = match (namespace, event) {
        (BucketNamespace::Unknown(_), _) => return None,
        (_, None) => None,
        (BucketNamespace::Upload, Some(Event::BucketUrlUploadGenerated(p)))
        | (BucketNamespace::Avatar, Some(Event::BucketUrlAvatarGenerated(p)))
        | (BucketNamespace::Website, Some(Event::BucketUrlWebsiteGenerated(p)))
        | (BucketNamespace::Campaign, Some(Event::BucketUrlCampaignGenerated(p)))
        | (BucketNamespace::Helpdesk, Some(Event::BucketUrlHelpdeskGenerated(p)))
        | (BucketNamespace::Status, Some(Event::BucketUrlStatusGenerated(p)))
        | (BucketNamespace::Processing, Some(Event::BucketUrlProcessingGenerated(p))) => Some(&**p),
        (_, Some(_)) => None,
    };
    Some(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_checked() {
        assert!(check_file(&File::new("a.pdf", "application/pdf", vec![1])).is_ok());
        for (name, mime) in [
            ("", "text/plain"),
            ("a", "text"),
            ("a", "/x"),
            ("a", "text/\n"),
        ] {
            assert!(
                matches!(
                    check_file(&File::new(name, mime, vec![])),
                    Err(UploadError::InvalidFile { .. })
                ),
                "{name:?} {mime:?}"
            );
        }
        let debug = format!("{:?}", File::new("a.pdf", "application/pdf", vec![7; 3]));
        assert_eq!(
            debug,
            r#"File { name: "a.pdf", mime: "application/pdf", size: 3 }"#
        );
    }

    #[test]
    fn namespaces_match_their_event_only() {
        let upload = Event::decode_value(
            "bucket:url:upload:generated",
            serde_json::json!({"id": "x"}),
        )
        .unwrap();
        assert!(payload_of(&BucketNamespace::Upload, Some(&upload)).is_some_and(|p| p.is_some()));
        assert_eq!(
            payload_of(&BucketNamespace::Avatar, Some(&upload)),
            Some(None)
        );
        assert_eq!(
            payload_of(&BucketNamespace::Unknown("new".into()), Some(&upload)),
            None
        );
    }
}
