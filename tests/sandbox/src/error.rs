//! The errors of the sandbox's own API (not of the REST API it serves).

use std::fmt;

/// What can go wrong when starting or driving a sandbox.
#[derive(Debug)]
#[non_exhaustive]
pub enum SandboxError {
    /// The server could not listen on 127.0.0.1.
    Bind(std::io::Error),
    /// No website has this id.
    WebsiteNotFound(String),
    /// No conversation has this session id.
    SessionNotFound(String),
    /// A web-hook URL the sandbox cannot deliver to (it needs `http://host…`).
    InvalidWebhookUrl(String),
    /// Another invalid argument, with what is wrong.
    Invalid(String),
}

impl fmt::Display for SandboxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SandboxError::Bind(error) => {
                write!(f, "the sandbox cannot listen on 127.0.0.1: {error}")
            }
            SandboxError::WebsiteNotFound(id) => write!(f, "no website {id} in the sandbox"),
            SandboxError::SessionNotFound(id) => write!(f, "no conversation {id} in the sandbox"),
            SandboxError::InvalidWebhookUrl(message) => {
                write!(f, "invalid web-hook URL: {message}")
            }
            SandboxError::Invalid(message) => write!(f, "invalid argument: {message}"),
        }
    }
}

impl std::error::Error for SandboxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SandboxError::Bind(error) => Some(error),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_and_sources() {
        let bind = SandboxError::Bind(std::io::Error::other("busy"));
        assert!(bind.to_string().contains("busy"));
        assert!(std::error::Error::source(&bind).is_some());
        let missing = SandboxError::SessionNotFound("session_x".to_owned());
        assert_eq!(
            missing.to_string(),
            "no conversation session_x in the sandbox"
        );
        assert!(std::error::Error::source(&missing).is_none());
    }
}
