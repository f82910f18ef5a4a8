//! The `media` service: `client.media().<method>(…)`.

mod animation;

crate::service::service! {
    /// The methods of the `media` service. Get one with [`Client::media`](crate::Client::media).
    MediaApi
}
