//! Percent-encoding of path segments and query components.
//!
//! Everything but the RFC 3986 *unreserved* characters (`A-Z a-z 0-9 - . _ ~`) is encoded,
//! so `/`, `?`, `#`, `%`, `\` and non-ASCII text can never change the shape of a URL. A path
//! segment that is exactly `.` or `..` is encoded as `%2E` / `%2E%2E`, because URL parsers
//! (and servers) resolve dot segments.

use std::fmt::Write as _;

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Appends `value` to `out`, percent-encoding every byte that is not unreserved.
pub(crate) fn encode_component(out: &mut String, value: &str) {
    for &byte in value.as_bytes() {
        if is_unreserved(byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}

/// Appends `value` as one path segment. Dot segments are encoded; the caller rejects empty
/// segments before calling.
pub(crate) fn encode_segment(out: &mut String, value: &str) {
    match value {
        "." => out.push_str("%2E"),
        ".." => out.push_str("%2E%2E"),
        _ => encode_component(out, value),
    }
}

/// Renders a value through `Display` into `buffer` (cleared first).
pub(crate) fn display_into(buffer: &mut String, value: &dyn std::fmt::Display) {
    buffer.clear();
    // Writing into a String cannot fail.
    let _ = write!(buffer, "{value}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(value: &str) -> String {
        let mut out = String::new();
        encode_segment(&mut out, value);
        out
    }

    #[test]
    fn unreserved_kept() {
        assert_eq!(seg("session_abc-DEF.1~"), "session_abc-DEF.1~");
    }

    #[test]
    fn reserved_and_unicode_encoded() {
        assert_eq!(seg("a/b"), "a%2Fb");
        assert_eq!(seg("a?b#c"), "a%3Fb%23c");
        assert_eq!(seg("100%"), "100%25");
        assert_eq!(seg("a\\b"), "a%5Cb");
        assert_eq!(seg("john@doe.com"), "john%40doe.com");
        assert_eq!(seg("é"), "%C3%A9");
        assert_eq!(seg("a b+c"), "a%20b%2Bc");
        assert_eq!(seg("../../x"), "..%2F..%2Fx");
    }

    #[test]
    fn dot_segments_encoded() {
        assert_eq!(seg("."), "%2E");
        assert_eq!(seg(".."), "%2E%2E");
        assert_eq!(seg("..."), "...");
    }
}
