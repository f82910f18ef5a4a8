//! The TLS configuration both backends share.

use std::sync::Arc;

/// A rustls client configuration: the `ring` provider, TLS 1.2 and 1.3, the Mozilla roots
/// of `webpki-roots`. ALPN is left to each backend (hyper-rustls sets its own).
#[must_use]
pub fn tls_config() -> rustls::ClientConfig {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("the ring provider supports the default TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth()
}
