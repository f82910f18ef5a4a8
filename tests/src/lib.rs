//! Test support shared by the cross-crate integration tests of crisp-rs.

use std::sync::Arc;

use crisp::rest::test_util::CaptureTransport;
use crisp::{Client, Credentials};

/// A plugin-tier client whose requests go to a fresh [`CaptureTransport`].
#[must_use]
pub fn captured_client() -> (Client, Arc<CaptureTransport>) {
    let capture = Arc::new(CaptureTransport::new());
    let client = Client::builder()
        .credentials(Credentials::plugin("identifier", "key"))
        .transport(Arc::clone(&capture) as Arc<dyn crisp::core::Transport>)
        .build()
        .expect("a client over a capture transport always builds");
    (client, capture)
}

pub mod redis;
pub mod sandbox;
