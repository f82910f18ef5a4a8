//! Fault switches: make the next REST requests fail or stall, drop the realtime sockets.

use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::app::{App, lock};
use crate::envelope::ApiError;
use crate::trace::debug;

/// What is armed.
#[derive(Debug)]
struct Armed {
    fail: Option<(usize, StatusCode)>,
    slow: Option<(usize, Duration)>,
    retry_after: Duration,
}

/// The switches, shared by the server and [`Faults`] handles.
#[derive(Debug)]
pub(crate) struct FaultState(Mutex<Armed>);

impl Default for FaultState {
    fn default() -> Self {
        FaultState(Mutex::new(Armed {
            fail: None,
            slow: None,
            retry_after: Duration::from_secs(1),
        }))
    }
}

/// What happens to one request.
#[derive(Debug, Default, PartialEq, Eq)]
struct Fate {
    delay: Option<Duration>,
    fail: Option<ApiError>,
}

impl FaultState {
    /// Takes one request's share of the armed faults.
    fn take(&self) -> Fate {
        let mut armed = lock(&self.0);
        let retry_after = armed.retry_after;
        let delay = take_one(&mut armed.slow);
        let fail = take_one(&mut armed.fail).map(|status| fault_error(status, retry_after));
        Fate { delay, fail }
    }
}

/// One use of a counted switch; disarms it after the last.
fn take_one<T: Copy>(slot: &mut Option<(usize, T)>) -> Option<T> {
    let (left, value) = slot.as_mut()?;
    let value = *value;
    *left -= 1;
    if *left == 0 {
        *slot = None;
    }
    Some(value)
}

/// The error a failing request gets: 429 / 420 `rate_limited` with `Retry-After`, 5xx
/// with a server reason.
fn fault_error(status: StatusCode, retry_after: Duration) -> ApiError {
    let reason = match status.as_u16() {
        420 | 429 => "rate_limited",
        500 => "internal_error",
        502 => "bad_gateway",
        503 => "service_unavailable",
        504 => "gateway_timeout",
        _ => "http_error",
    };
    let mut error = ApiError::new(status, reason);
    if matches!(status.as_u16(), 420 | 429) {
        error.retry_after = Some(retry_after.as_secs());
    }
    error
}

/// Middleware: applies the armed faults to each REST request, before authentication.
pub(crate) async fn apply(State(app): State<App>, request: Request, next: Next) -> Response {
    let fate = app.faults.take();
    if let Some(delay) = fate.delay {
        tokio::time::sleep(delay).await;
    }
    match fate.fail {
        Some(error) => error.into_response(),
        None => next.run(request).await,
    }
}

/// The fault switches of a [`Sandbox`](crate::Sandbox), for testing how clients cope.
///
/// Switches count REST requests (the realtime endpoint is not affected), whatever their
/// route or credentials; arming a switch again replaces its previous setting. A request
/// can be both slowed and failed: it waits, then fails.
///
/// ```no_run
/// # async fn run(sandbox: &crisp_sandbox::Sandbox) {
/// use std::time::Duration;
/// let faults = sandbox.faults();
/// faults.fail_next(1, 429); // 429 rate_limited, Retry-After: 1
/// faults.fail_next(2, 503); // then 503 twice (replaces the 429)
/// faults.slow_next(1, Duration::from_secs(3));
/// faults.drop_rtm_sockets();
/// # }
/// ```
#[derive(Clone)]
pub struct Faults {
    app: App,
}

impl fmt::Debug for Faults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Faults")
            .field("armed", &*lock(&self.app.faults.0))
            .finish()
    }
}

impl Faults {
    pub(crate) fn new(app: App) -> Self {
        Faults { app }
    }

    /// The next `n` REST requests fail with `status`: 429 or 420 answer
    /// `rate_limited` with a `Retry-After` header (see [`retry_after`](Self::retry_after)),
    /// 5xx answer `internal_error`, `bad_gateway`, `service_unavailable`,
    /// `gateway_timeout` or `http_error`. A status outside 400–599 is read as 500; `n = 0`
    /// disarms.
    pub fn fail_next(&self, n: usize, status: u16) -> &Self {
        let status = StatusCode::from_u16(status)
            .ok()
            .filter(|s| s.is_client_error() || s.is_server_error())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        debug!(
            n,
            status = status.as_u16(),
            "sandbox: fault armed, failing requests"
        );
        lock(&self.app.faults.0).fail = (n > 0).then_some((n, status));
        self
    }

    /// The next `n` REST requests wait `delay` before being handled (a client with a
    /// shorter timeout gives up); `n = 0` disarms.
    pub fn slow_next(&self, n: usize, delay: Duration) -> &Self {
        debug!(
            n,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            "sandbox: fault armed, slow requests"
        );
        lock(&self.app.faults.0).slow = (n > 0).then_some((n, delay));
        self
    }

    /// The `Retry-After` of rate-limited answers, in whole seconds (default 1 s).
    pub fn retry_after(&self, delay: Duration) -> &Self {
        lock(&self.app.faults.0).retry_after = delay;
        self
    }

    /// Disarms every REST fault.
    pub fn clear(&self) -> &Self {
        let mut armed = lock(&self.app.faults.0);
        armed.fail = None;
        armed.slow = None;
        self
    }

    /// Closes every open realtime socket (a WebSocket close, as when a server goes away),
    /// so that clients reconnect. Returns how many sockets were open.
    pub fn drop_rtm_sockets(&self) -> usize {
        let open = self.app.rtm.open.load(Ordering::SeqCst);
        debug!(open, "sandbox: fault, dropping the realtime sockets");
        let _ = self.app.rtm.drops.send(());
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_switches_run_out() {
        let state = FaultState::default();
        {
            let mut armed = lock(&state.0);
            armed.fail = Some((2, StatusCode::TOO_MANY_REQUESTS));
            armed.slow = Some((1, Duration::from_millis(5)));
        }
        let first = state.take();
        assert_eq!(first.delay, Some(Duration::from_millis(5)));
        let error = first.fail.unwrap();
        assert_eq!(error.reason, "rate_limited");
        assert_eq!(error.retry_after, Some(1));
        let second = state.take();
        assert_eq!(second.delay, None);
        assert!(second.fail.is_some());
        assert_eq!(state.take(), Fate::default());
    }

    #[test]
    fn server_errors_have_reasons_and_no_retry_after() {
        let error = fault_error(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(1));
        assert_eq!(error.reason, "service_unavailable");
        assert_eq!(error.retry_after, None);
        assert_eq!(
            fault_error(StatusCode::IM_A_TEAPOT, Duration::ZERO).reason,
            "http_error"
        );
    }
}
