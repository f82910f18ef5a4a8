//! Writing JSON straight into a `String`, without an intermediate buffer and without
//! `unsafe`.

use std::io;

use serde::Serialize;

use super::ProtocolError;

/// Appends `value` as JSON to `out`. On error `out` keeps what it had before.
pub(super) fn write_json<T: Serialize + ?Sized>(
    out: &mut String,
    value: &T,
) -> Result<(), ProtocolError> {
    let start = out.len();
    serde_json::to_writer(StringWriter(out), value).map_err(|e| {
        out.truncate(start);
        ProtocolError::Encode {
            message: e.to_string(),
        }
    })
}

/// An `io::Write` over a `String`.
///
/// serde_json only ever writes whole UTF-8 sequences per call (it splits strings at ASCII
/// escapes only), so every chunk is checked on its own; a chunk that is not valid UTF-8
/// would be an I/O error, never corrupt text or a panic.
struct StringWriter<'a>(&'a mut String);

impl io::Write for StringWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text =
            std::str::from_utf8(buf).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        self.0.push_str(text);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn writes_multibyte_text_and_escapes() {
        let mut out = String::from("42");
        let text = "é\"😀\\\n中\u{1}x";
        write_json(&mut out, &[text]).unwrap();
        assert_eq!(
            out,
            format!("42{}", serde_json::to_string(&[text]).unwrap())
        );
    }

    #[test]
    fn leaves_the_buffer_as_it_was_on_error() {
        let mut out = String::from("keep");
        let mut map = BTreeMap::new();
        map.insert(vec![1u8], "value");
        let error = write_json(&mut out, &map).unwrap_err();
        assert!(matches!(error, ProtocolError::Encode { .. }));
        assert_eq!(out, "keep");
    }
}
