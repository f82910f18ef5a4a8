//! Wall-clock time in epoch milliseconds, and RFC 3339 dates for `date_since`.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in epoch milliseconds.
pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Parses an RFC 3339 date-time (`2024-05-01T12:00:00Z`, `…T12:00:00.250+02:00`) or a bare
/// date (`2024-05-01`, midnight UTC) into epoch milliseconds; `None` when it is not one.
pub(crate) fn parse_rfc3339_ms(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, time) = match text.split_once(['T', 't', ' ']) {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let mut fields = date.splitn(3, '-');
    let year: i64 = number(fields.next()?, 4)?;
    let month: i64 = number(fields.next()?, 2)?;
    let day: i64 = number(fields.next()?, 2)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut millis = days_from_civil(year, month, day) * 86_400_000;
    if let Some(time) = time {
        let (clock, offset_ms) = split_offset(time)?;
        let (hms, fraction) = match clock.split_once('.') {
            Some((hms, fraction)) => (hms, Some(fraction)),
            None => (clock, None),
        };
        let mut parts = hms.splitn(3, ':');
        let hours: i64 = number(parts.next()?, 2)?;
        let minutes: i64 = number(parts.next()?, 2)?;
        let seconds: i64 = number(parts.next()?, 2)?;
        if hours > 23 || minutes > 59 || seconds > 60 {
            return None;
        }
        let fraction_ms = match fraction {
            Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                let padded = format!("{digits:0<3}");
                padded.get(..3)?.parse::<i64>().ok()?
            }
            Some(_) => return None,
            None => 0,
        };
        millis += ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction_ms - offset_ms;
    }
    Some(millis)
}

/// Splits `12:00:00+02:00` into the clock and the offset in milliseconds.
fn split_offset(time: &str) -> Option<(&str, i64)> {
    if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    let at = time.rfind(['+', '-'])?;
    let (clock, offset) = time.split_at(at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let (hours, minutes) = offset.get(1..)?.split_once(':')?;
    let hours: i64 = number(hours, 2)?;
    let minutes: i64 = number(minutes, 2)?;
    Some((clock, sign * (hours * 60 + minutes) * 60_000))
}

/// A run of exactly `digits` ASCII digits.
fn number(text: &str, digits: usize) -> Option<i64> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339() {
        assert_eq!(parse_rfc3339_ms("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339_ms("1970-01-02"), Some(86_400_000));
        assert_eq!(
            parse_rfc3339_ms("2024-02-29T12:30:15.5Z"),
            Some(1_709_209_815_500)
        );
        assert_eq!(
            parse_rfc3339_ms("2024-02-29T14:30:15.500+02:00"),
            Some(1_709_209_815_500)
        );
        assert_eq!(
            parse_rfc3339_ms("2000-03-01T00:00:00-01:00"),
            Some(951_872_400_000)
        );
        for bad in [
            "",
            "yesterday",
            "2024-13-01",
            "2024-01-01T25:00:00Z",
            "2024-01-01T10:00:00",
            "2024-1-1",
        ] {
            assert_eq!(parse_rfc3339_ms(bad), None, "{bad}");
        }
        assert!(now_ms() > 1_600_000_000_000);
    }
}
