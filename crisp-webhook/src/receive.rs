//! Verify and parse in one call.

use bytes::Bytes;

use crate::dedup::Delivery;
use crate::error::WebhookError;
use crate::parse::{Webhook, parse};
use crate::verify::{Verifier, debug, log_rejected, signature_headers};

impl Verifier {
    /// Verifies a delivery, then parses it.
    ///
    /// # Errors
    /// Any [`WebhookError`]: verification errors first, then parse errors.
    #[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
    pub fn verify_and_parse(
        &self,
        timestamp: &str,
        signature: &str,
        body: &[u8],
    ) -> Result<Webhook, WebhookError> {
        self.verify(timestamp, signature, body)?;
        let parsed = parse(body);
        match &parsed {
            Ok(webhook) => debug!(event = webhook.event.name(), "web hook received"),
            Err(error) => log_rejected(error, Some(body.len())),
        }
        parsed
    }

    /// Verifies and parses a request received by any HTTP framework, as an
    /// `http::Request<Bytes>` (headers and the raw body). The [`Webhook`] also carries the
    /// delivery headers ([`Webhook::attempt_count`], [`Webhook::attempt_limit`],
    /// [`Webhook::hook_origin`]).
    ///
    /// ```no_run
    /// # fn handle(verifier: &crisp_webhook::Verifier, request: http::Request<bytes::Bytes>) {
    /// match verifier.receive(&request) {
    ///     Ok(webhook) => println!("{} for {:?}", webhook.event.name(), webhook.website_id),
    ///     Err(e) if e.is_authentication() => { /* answer 401 */ }
    ///     Err(e) => { /* answer 400: {e} */ }
    /// }
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`MissingHeader`](WebhookError::MissingHeader), then as
    /// [`verify_and_parse`](Self::verify_and_parse).
    pub fn receive(&self, request: &http::Request<Bytes>) -> Result<Webhook, WebhookError> {
        let (timestamp, signature) = signature_headers(request.headers())?;
        let mut webhook = self.verify_and_parse(timestamp, signature, request.body())?;
        webhook.delivery = Delivery::from_headers(request.headers());
        Ok(webhook)
    }
}
