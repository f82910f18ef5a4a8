//! The `bucket` service: `client.bucket().<method>(…)`.

mod url;

crate::service::service! {
    /// The methods of the `bucket` service. Get one with [`Client::bucket`](crate::Client::bucket).
    BucketApi
}
