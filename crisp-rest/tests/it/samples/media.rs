use crisp_types::media::animation::AnimationSearchQuery;
use serde_json::json;

use super::{Sample, run};

pub(crate) fn samples() -> Vec<Sample> {
    vec![
        Sample::new(
            "media",
            "list_animation_medias",
            run!(|c| c.media().list_animation_medias(
                1,
                "f7fb43da-1cd8-49c1-ade0-9f5b71d034e3",
                &AnimationSearchQuery::text("thumbs up")
            )),
        )
        .query(
            "list_id=f7fb43da-1cd8-49c1-ade0-9f5b71d034e3&search_query=%7B%22text%22%3A%22thumbs%20up%22%7D",
        )
        .data(json!([
            {"type": "image/gif", "url": "https://media.giphy.com/media/111ebonMs90YLu/giphy.gif"}
        ])),
    ]
}
