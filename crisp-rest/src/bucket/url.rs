//! Bucket URLs: signed URLs to upload files to.

use crisp_types::bucket::url::BucketUrlRequest;

use crate::bucket::BucketApi;
use crate::call::Call;

impl BucketApi<'_> {
    /// *Generate Bucket URL* — tiers: user, plugin. Asks for a signed URL to upload a
    /// file to. The URL is not in the response: it is delivered by a
    /// `bucket:url:<namespace>:generated` event
    /// ([`BucketUrlGenerated`](crisp_types::event::BucketUrlGenerated)) carrying the
    /// request's `id`.
    pub fn generate_bucket_url(&self, request: &BucketUrlRequest) -> Call<()> {
        self.post("/bucket/url/generate").json(request).unit()
    }
}
