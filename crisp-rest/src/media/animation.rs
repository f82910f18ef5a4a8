//! Animation medias (GIFs).

use crisp_core::Json;
use crisp_types::media::animation::{AnimationMedia, AnimationSearchQuery};

use crate::call::Call;
use crate::media::MediaApi;
use crate::page::Page;

impl MediaApi<'_> {
    /// *List Animation Medias* — tiers: user. One page (1-based) of the animations
    /// matching `search_query` (sent as JSON text). `list_id` identifies the listing;
    /// results are also delivered by a `media:animation:listed` event carrying it.
    ///
    /// `page_number` is the page number (from 1) and `search_query` an
    /// [`AnimationSearchQuery`]. Resolves to a [`Page`] of [`AnimationMedia`] (empty past
    /// the end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_animation_medias(
        &self,
        page_number: u32,
        list_id: &str,
        search_query: &AnimationSearchQuery,
    ) -> Call<Page<AnimationMedia>> {
        self.get("/media/animation/list/{page_number}")
            .page(page_number)
            .query("list_id", list_id)
            .query("search_query", Json(search_query))
            .paged()
    }
}
