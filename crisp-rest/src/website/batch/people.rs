//! Batch operations on people profiles.

use crisp_types::WebsiteId;
use crisp_types::website::batch::PeopleSelection;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::body::field;
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Batch Remove People* — tiers: user.
    ///
    /// `website_id` is the website and `people` the profiles to act on: given ids or a
    /// search ([`PeopleSelection`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_remove_people(
        &self,
        website_id: &WebsiteId,
        people: &PeopleSelection,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/remove")
            .named("batch_remove_people")
            .param(website_id)
            .json(&field("people", people))
            .unit()
    }

    /// *Batch Update People Data* — tiers: not documented. Sets the data keys of `data`
    /// (free-form values) on every selected profile.
    ///
    /// `website_id` is the website and `people` the profiles to act on: given ids or a
    /// search ([`PeopleSelection`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_update_people_data(
        &self,
        website_id: &WebsiteId,
        people: &PeopleSelection,
        data: &Map<String, Value>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/data")
            .named("batch_update_people_data")
            .param(website_id)
            .json(&PeopleData { data, people })
            .unit()
    }

    /// *Batch Update People Segments* — tiers: not documented.
    ///
    /// `website_id` is the website, `people` the profiles to act on: given ids or a search
    /// ([`PeopleSelection`]) and `segments` the segments to set. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_update_people_segments(
        &self,
        website_id: &WebsiteId,
        people: &PeopleSelection,
        segments: &[String],
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/segments")
            .named("batch_update_people_segments")
            .param(website_id)
            .json(&PeopleSegments { people, segments })
            .unit()
    }
}

/// Body of "batch update people data" (fields in the order they are sent).
#[derive(Serialize)]
struct PeopleData<'a> {
    data: &'a Map<String, Value>,
    people: &'a PeopleSelection,
}

/// Body of "batch update people segments".
#[derive(Serialize)]
struct PeopleSegments<'a> {
    people: &'a PeopleSelection,
    segments: &'a [String],
}
