//! Teams of operators (`WebsiteTeams`, node client 11.3+).

use serde::{Deserialize, Serialize};

use crate::id::{TeamId, UserId};

crate::model! {
    /// A team of operators (list teams, get team).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Team {
        /// Team identifier.
        pub team_id: Option<TeamId>,
        /// Team name.
        pub name: Option<String>,
        /// Emoji shown next to the team name.
        pub emoji: Option<String>,
        /// Operators in the team (user identifiers).
        pub operators: Vec<UserId>,
        /// Time the team was created, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Time the team was last updated, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// Response of "create a new team": the identifier of the team.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct NewTeam {
        /// Identifier of the new team.
        pub team_id: Option<TeamId>,
    }
}

/// Body of "create a new team" and "save team": `{name, emoji?, operators}`.
///
/// "Save team" is a `PUT`, so the whole team is sent: `operators` always goes out, an
/// empty list removing every operator.
///
/// ```
/// use crisp_types::website::team::TeamSave;
/// let team = TeamSave::new("Support").emoji("🛟").operator("a4c32c68-be91-4e29-8a05-976e93abbe3f");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamSave {
    /// Team name.
    pub name: String,
    /// Emoji shown next to the team name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    /// Operators in the team (user identifiers).
    #[serde(default)]
    pub operators: Vec<UserId>,
    /// Keys this version has no field for, written after the fields above, sorted by key
    /// (see [`Extra`](crate::body::Extra)).
    #[serde(flatten)]
    pub extra: crate::body::Extra,
}

impl TeamSave {
    /// A team with a name, no emoji and no operators.
    pub fn new(name: impl Into<String>) -> Self {
        TeamSave {
            name: name.into(),
            emoji: None,
            operators: Vec::new(),
            extra: crate::body::Extra::new(),
        }
    }

    /// Adds one operator.
    #[must_use]
    pub fn operator(mut self, user_id: impl Into<UserId>) -> Self {
        self.operators.push(user_id.into());
        self
    }

    /// Replaces the operators.
    #[must_use]
    pub fn operators(mut self, user_ids: impl IntoIterator<Item = impl Into<UserId>>) -> Self {
        self.operators = user_ids.into_iter().map(Into::into).collect();
        self
    }
}

crate::setters! {
    impl TeamSave {
        /// Sets the emoji.
        #[must_use]
        emoji: impl Into<String>,
    }
}
