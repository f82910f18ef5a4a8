//! Reading a response body whole within the request's [`BodyLimit`]: what both backends
//! share.

use bytes::{Bytes, BytesMut};
use crisp_core::TransportError;
use crisp_core::transport::BodyLimit;
use http_body::Body;
use http_body_util::BodyExt;

/// Reads `body` to its end. With a `limit`, a declared length over it fails before
/// anything is read, and the body stops being read as soon as it is over. A body that
/// comes in one frame (the usual small answer) is returned as it came, without a copy;
/// only a second frame makes a buffer to gather them in. `error` maps the body's errors.
pub(crate) async fn read<B>(
    mut body: B,
    limit: Option<BodyLimit>,
    error: impl Fn(B::Error) -> TransportError,
) -> Result<Bytes, TransportError>
where
    B: Body<Data = Bytes> + Unpin,
{
    if let Some(limit) = &limit {
        // The length is known from `Content-Length` (and a HEAD answer has none) before
        // anything is read.
        limit.check_declared(body.size_hint().exact())?;
        limit.check(Some(body.size_hint().lower()))?;
    }
    let mut first: Option<Bytes> = None;
    let mut collected = BytesMut::new();
    let mut length: usize = 0;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.map_err(&error)?.into_data() else {
            // Trailers: not part of the body.
            continue;
        };
        length = length.saturating_add(data.len());
        if let Some(limit) = &limit {
            limit.check(Some(u64::try_from(length).unwrap_or(u64::MAX)))?;
        }
        if collected.is_empty() && first.is_none() {
            first = Some(data);
            continue;
        }
        if let Some(first) = first.take() {
            collected.reserve(length);
            collected.extend_from_slice(&first);
        }
        collected.extend_from_slice(&data);
    }
    Ok(match first {
        Some(first) => first,
        None => collected.freeze(),
    })
}
