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
