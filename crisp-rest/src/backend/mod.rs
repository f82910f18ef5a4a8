//! HTTP backends: [`ReqwestTransport`] (feature `reqwest`, the default) and
//! [`HyperTransport`] (feature `hyper`). Both use rustls with the `ring` provider and the
//! Mozilla root certificates of `webpki-roots`, built in one place ([`tls_config`]), and
//! keep connections alive. When both features are on, [`Client::new`](crate::Client::new)
//! uses reqwest; pick the other with
//! [`ClientBuilder::transport`](crate::ClientBuilder::transport).

#[cfg(any(feature = "hyper", feature = "reqwest"))]
mod body;
#[cfg(feature = "hyper")]
mod hyper;
#[cfg(feature = "reqwest")]
mod reqwest;
#[cfg(feature = "__rustls")]
mod tls;

use std::sync::Arc;

use crisp_core::{Error, Transport};

#[cfg(feature = "hyper")]
pub use self::hyper::HyperTransport;
#[cfg(feature = "reqwest")]
pub use self::reqwest::ReqwestTransport;
#[cfg(feature = "__rustls")]
pub use self::tls::tls_config;

/// The transport [`Client::new`](crate::Client::new) uses: reqwest when its feature is on,
/// else hyper.
///
/// # Errors
/// When neither backend feature is enabled, or the backend cannot be built.
#[allow(unreachable_code)]
pub fn default_transport() -> Result<Arc<dyn Transport>, Error> {
    #[cfg(feature = "reqwest")]
    return Ok(Arc::new(ReqwestTransport::new()?));
    #[cfg(feature = "hyper")]
    return Ok(Arc::new(HyperTransport::new()));
    Err(Error::invalid_argument(
        "no HTTP backend: enable the `reqwest` or `hyper` feature, or give the client a transport",
    ))
}
