//! The delivery headers Crisp sends with every web hook.

/// The header naming the hook that sent the delivery (`plugin/rtm 38b411d9377a6a00
/// production`).
pub const HOOK_ORIGIN_HEADER: &str = "X-Crisp-Hook-Origin";
/// The header counting the attempts of this delivery, from 1.
pub const ATTEMPT_COUNT_HEADER: &str = "X-Delivery-Attempt-Count";
/// The header giving how many attempts Crisp makes at most.
pub const ATTEMPT_LIMIT_HEADER: &str = "X-Delivery-Attempt-Limit";

/// What the delivery headers say: the hook origin and the attempt count and limit. Each
/// is `None` when the header is missing or not valid (Crisp sends all three; a test
/// client may not).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// `X-Crisp-Hook-Origin`, at most 256 bytes of it.
    pub hook_origin: Option<String>,
    /// `X-Delivery-Attempt-Count`: 1 for the first attempt, more for retries.
    pub attempt_count: Option<u32>,
    /// `X-Delivery-Attempt-Limit`: the last attempt Crisp will make.
    pub attempt_limit: Option<u32>,
}

/// The longest hook origin kept.
const MAX_ORIGIN: usize = 256;

impl Delivery {
    /// Reads the delivery headers.
    #[must_use]
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let number = |name: &str| text(name).and_then(|v| v.trim().parse::<u32>().ok());
        Delivery {
            hook_origin: text(HOOK_ORIGIN_HEADER)
                .filter(|origin| origin.len() <= MAX_ORIGIN)
                .map(str::to_owned),
            attempt_count: number(ATTEMPT_COUNT_HEADER),
            attempt_limit: number(ATTEMPT_LIMIT_HEADER),
        }
    }

    /// Whether this is a retry (attempt count above 1).
    #[must_use]
    pub fn is_retry(&self) -> bool {
        self.attempt_count.is_some_and(|count| count > 1)
    }

    /// Whether this is Crisp's last attempt (the count has reached the limit): if it
    /// fails, the delivery is lost.
    #[must_use]
    pub fn is_last_attempt(&self) -> bool {
        matches!((self.attempt_count, self.attempt_limit), (Some(count), Some(limit)) if count >= limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_and_bad_values_dropped() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            HOOK_ORIGIN_HEADER,
            "plugin/rtm 38b411d9377a6a00 production".parse().unwrap(),
        );
        headers.insert(ATTEMPT_COUNT_HEADER, "2".parse().unwrap());
        headers.insert(ATTEMPT_LIMIT_HEADER, "x".parse().unwrap());
        let delivery = Delivery::from_headers(&headers);
        assert_eq!(
            delivery.hook_origin.as_deref(),
            Some("plugin/rtm 38b411d9377a6a00 production")
        );
        assert_eq!(delivery.attempt_count, Some(2));
        assert_eq!(delivery.attempt_limit, None);
        assert!(delivery.is_retry());
        assert!(!delivery.is_last_attempt());
        headers.insert(ATTEMPT_LIMIT_HEADER, "2".parse().unwrap());
        headers.insert(HOOK_ORIGIN_HEADER, "o".repeat(300).parse().unwrap());
        let delivery = Delivery::from_headers(&headers);
        assert!(delivery.is_last_attempt());
        assert_eq!(delivery.hook_origin, None);
        assert_eq!(
            Delivery::from_headers(&http::HeaderMap::new()),
            Delivery::default()
        );
    }
}
