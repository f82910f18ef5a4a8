//! The 6 methods of the Teams API (`WebsiteTeams`, node client 11.3+): teams of
//! operators.

use crisp_types::WebsiteId;
use crisp_types::id::TeamId;
use crisp_types::website::team::{NewTeam, Team, TeamSave};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Teams* — tiers: not documented.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`Team`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_teams(&self, website_id: &WebsiteId, page_number: u32) -> Call<Page<Team>> {
        self.get("/website/{website_id}/teams/list/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Create A New Team* — tiers: not documented. Returns the new team id.
    ///
    /// `website_id` is the website and `team` the team ([`TeamSave`]). Resolves to a
    /// [`NewTeam`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn create_new_team(&self, website_id: &WebsiteId, team: &TeamSave) -> Call<NewTeam> {
        self.post("/website/{website_id}/team")
            .param(website_id)
            .json(team)
            .data()
    }

    /// *Check If Team Exists* — tiers: not documented. `true` if it exists.
    ///
    /// `website_id` is the website and `team_id` the team.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_team_exists(&self, website_id: &WebsiteId, team_id: &TeamId) -> Call<bool> {
        self.head("/website/{website_id}/team/{team_id}")
            .param(website_id)
            .param(team_id)
            .exists()
    }

    /// *Get Team* — tiers: not documented.
    ///
    /// `website_id` is the website and `team_id` the team. Resolves to the [`Team`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_team(&self, website_id: &WebsiteId, team_id: &TeamId) -> Call<Team> {
        self.get("/website/{website_id}/team/{team_id}")
            .param(website_id)
            .param(team_id)
            .data()
    }

    /// *Save Team* — tiers: not documented. Replaces the whole team (a `PUT`).
    ///
    /// `website_id` is the website, `team_id` the team and `team` the team ([`TeamSave`]).
    /// Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_team(&self, website_id: &WebsiteId, team_id: &TeamId, team: &TeamSave) -> Call<()> {
        self.put("/website/{website_id}/team/{team_id}")
            .param(website_id)
            .param(team_id)
            .json(team)
            .unit()
    }

    /// *Delete Team* — tiers: not documented.
    ///
    /// `website_id` is the website and `team_id` the team. Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_team(&self, website_id: &WebsiteId, team_id: &TeamId) -> Call<()> {
        self.delete("/website/{website_id}/team/{team_id}")
            .param(website_id)
            .param(team_id)
            .unit()
    }
}
