//! Percent-encoding of path segments and query components.
//!
//! Everything but the RFC 3986 *unreserved* characters (`A-Z a-z 0-9 - . _ ~`) is encoded,
//! so `/`, `?`, `#`, `%`, `\` and non-ASCII text can never change the shape of a URL. A path
//! segment that is exactly `.` or `..` is refused, because URL parsers (and servers) resolve
//! dot segments, even percent-encoded ones (`%2E%2E`). Since `%` itself is encoded, no other
//! value can render as a dot segment.

use std::fmt::Write as _;

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// `UNRESERVED[b]` tells whether byte `b` is sent as is.
const UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
        byte += 1;
    }
    table
};

fn is_unreserved(byte: u8) -> bool {
    UNRESERVED[usize::from(byte)]
}

/// Appends `value` to `out`, percent-encoding every byte that is not unreserved. Runs of
/// unreserved bytes (most ids) are copied in one go.
pub(crate) fn encode_component(out: &mut String, value: &str) {
    let bytes = value.as_bytes();
    if bytes.iter().all(|&b| is_unreserved(b)) {
        out.push_str(value);
        return;
    }
    let mut run_start = 0;
    for (index, &byte) in bytes.iter().enumerate() {
        if is_unreserved(byte) {
            continue;
        }
        // `run_start..index` holds only unreserved ASCII, so both ends are char boundaries.
        if let Some(run) = value.get(run_start..index) {
            out.push_str(run);
        }
        out.push('%');
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
        run_start = index + 1;
    }
    if let Some(run) = value.get(run_start..) {
        out.push_str(run);
    }
}

/// Why a value cannot be a path segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BadSegment {
    /// It renders empty.
    Empty,
    /// It is `.` or `..`.
    DotSegment,
}

/// Appends `value`, rendered through `Display`, to `out` as one path segment, encoding as
/// it goes (no temporary string). When the value renders empty, `.` or `..`, `out` is
/// left as it was and the reason is returned.
pub(crate) fn write_segment(
    out: &mut String,
    value: &dyn std::fmt::Display,
) -> Result<(), BadSegment> {
    struct Encoder<'a> {
        out: &'a mut String,
        written: usize,
        only_dots: bool,
    }
    impl std::fmt::Write for Encoder<'_> {
        fn write_str(&mut self, text: &str) -> std::fmt::Result {
            self.written += text.len();
            // Only a segment of at most two bytes can be a dot segment: longer ones are
            // not scanned.
            self.only_dots = self.only_dots && self.written <= 2 && text.bytes().all(|b| b == b'.');
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
        return Err(BadSegment::Empty);
    }
    if only_dots && written <= 2 {
        // `.` and `..` are dot segments to URL parsers, encoded or not.
        out.truncate(start);
        return Err(BadSegment::DotSegment);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(value: &str) -> String {
        let mut out = String::from("/x/");
        assert_eq!(write_segment(&mut out, &value), Ok(()));
        out.split_off(3)
    }

    #[test]
    fn empty_segment_leaves_output_unchanged() {
        let mut out = String::from("/x/");
        assert_eq!(write_segment(&mut out, &""), Err(BadSegment::Empty));
        assert_eq!(out, "/x/");
    }

    #[test]
    fn display_values_are_encoded_as_written() {
        let mut out = String::new();
        assert_eq!(
            write_segment(&mut out, &format_args!("{}/{}", "a", 1)),
            Ok(())
        );
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

    /// Percent-decodes `text` (test helper).
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn encoding_round_trips_and_leaves_only_safe_bytes() {
        let samples = [
            "plain-id_1.2~",
            "é",
            "aé",
            "éa",
            "日本語/テキスト",
            "😀x😀",
            "a b%c/d?e#f\\g",
            "session_é..x",
            "\u{0}\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}",
        ];
        for sample in samples {
            let mut out = String::new();
            encode_component(&mut out, sample);
            assert!(
                out.bytes().all(|b| is_unreserved(b) || b == b'%'),
                "{sample:?} -> {out}"
            );
            assert_eq!(decode(&out), sample, "{sample:?} -> {out}");
        }
    }

    #[test]
    fn dot_segments_refused() {
        for dots in [".", ".."] {
            let mut out = String::from("/x/");
            assert_eq!(write_segment(&mut out, &dots), Err(BadSegment::DotSegment));
            assert_eq!(out, "/x/");
            // Written in pieces by a `Display` impl, too.
            let mut out = String::from("/x/");
            let pieces = format_args!("{}{}", &dots[..1], &dots[1..]);
            assert_eq!(
                write_segment(&mut out, &pieces),
                Err(BadSegment::DotSegment)
            );
        }
        assert_eq!(seg("..."), "...");
        assert_eq!(seg(".a"), ".a");
        // Percent-encoded dots are not dot segments once `%` is encoded.
        assert_eq!(seg("%2E%2E"), "%252E%252E");
        assert_eq!(seg("%2e"), "%252e");
        assert_eq!(seg(".%2E"), ".%252E");
    }
}
