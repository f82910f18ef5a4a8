//! Where a message or an action comes from (`origin`), and who sent it (`from`).

crate::string_enum! {
    /// The channel a message or an action comes from (`origin`). Besides the values below,
    /// Crisp uses `urn:…` identifiers for plugins and integrations (for example
    /// `urn:crisp.im:slack:0`); those decode to [`Origin::Unknown`] and re-encode unchanged.
    pub enum Origin {
        /// The chatbox.
        Chat = "chat",
        /// An email.
        Email = "email",
    }
}

impl Origin {
    /// Whether this origin is a `urn:…` identifier (a plugin or an integration).
    #[must_use]
    pub fn is_urn(&self) -> bool {
        self.as_str().starts_with("urn:")
    }
}

crate::string_enum! {
    /// Which side of the conversation a message comes from (`from`).
    pub enum MessageFrom {
        /// The visitor (end user).
        User = "user",
        /// An operator (or a bot / plugin acting as one).
        Operator = "operator",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urn_origins_are_kept() {
        let origin: Origin = serde_json::from_str("\"urn:crisp.im:slack:0\"").unwrap();
        assert!(origin.is_urn());
        assert!(origin.is_unknown());
        assert_eq!(
            serde_json::to_string(&origin).unwrap(),
            "\"urn:crisp.im:slack:0\""
        );
        assert!(!Origin::Chat.is_urn());
    }
}
