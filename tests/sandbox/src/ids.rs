//! Identifiers shaped like Crisp's: UUID v4 text, `session_<uuid>`, hex tokens.

use std::fmt::Write as _;

/// A random UUID v4 in its lowercase hyphenated form.
pub(crate) fn uuid() -> String {
    let mut bytes = [0u8; 16];
    for byte in &mut bytes {
        *byte = fastrand::u8(..);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// A conversation id: `session_<uuid>`.
pub(crate) fn session_id() -> String {
    format!("session_{}", uuid())
}

/// `len` random lowercase hex digits.
pub(crate) fn hex(len: usize) -> String {
    (0..len)
        .map(|_| char::from_digit(fastrand::u32(..16), 16).unwrap_or('0'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_4() {
        let id = uuid();
        assert_eq!(id.len(), 36);
        let parts: Vec<&str> = id.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(matches!(
            parts[3].chars().next(),
            Some('8' | '9' | 'a' | 'b')
        ));
        assert_ne!(uuid(), id);
        assert!(session_id().starts_with("session_"));
        assert_eq!(hex(16).len(), 16);
    }
}
