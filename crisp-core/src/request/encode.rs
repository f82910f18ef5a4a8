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

/// Appends `value`, rendered through `Display`, to `out` as one path segment, encoding as
/// it goes (no temporary string). Returns `false`, leaving `out` as it was, when the value
/// renders empty.
pub(crate) fn write_segment(out: &mut String, value: &dyn std::fmt::Display) -> bool {
    struct Encoder<'a> {
        out: &'a mut String,
        written: usize,
        only_dots: bool,
    }
    impl std::fmt::Write for Encoder<'_> {
        fn write_str(&mut self, text: &str) -> std::fmt::Result {
            self.written += text.len();
            self.only_dots &= text.bytes().all(|b| b == b'.');
            encode_component(self.out, text);
            Ok(())
        }
    }
    let start = out.len();
    let mut encoder = Encoder {
        out,
        written: 0,
        only_dots: true,
    };
    // Writing into a String cannot fail.
    let _ = write!(encoder, "{value}");
    let (written, only_dots) = (encoder.written, encoder.only_dots);
    if written == 0 {
        return false;
    }
    if only_dots && written <= 2 {
        // `.` and `..` are dot segments to URL parsers: encode the dots themselves.
        out.truncate(start);
        out.push_str(if written == 1 { "%2E" } else { "%2E%2E" });
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(value: &str) -> String {
        let mut out = String::from("/x/");
        assert!(write_segment(&mut out, &value));
        out.split_off(3)
    }

    #[test]
    fn empty_segment_leaves_output_unchanged() {
        let mut out = String::from("/x/");
        assert!(!write_segment(&mut out, &""));
        assert_eq!(out, "/x/");
    }

    #[test]
    fn display_values_are_encoded_as_written() {
        let mut out = String::new();
        assert!(write_segment(&mut out, &format_args!("{}/{}", "a", 1)));
        assert_eq!(out, "a%2F1");
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
