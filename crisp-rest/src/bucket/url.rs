//! Bucket URLs: signed URLs to upload files to.

use crisp_types::bucket::url::BucketUrlRequest;

use crate::bucket::BucketApi;
use crate::call::Call;

impl BucketApi<'_> {
    /// *Generate Bucket URL* — tiers: user, plugin. Asks for a signed URL to upload a
    /// file to. The URL is not in the response: it is delivered by a
    /// `bucket:url:<namespace>:generated` realtime event (`BucketUrlGenerated` in
    /// `crisp_types::event`) carrying the request's `id`; `crisp_rtm::upload::Uploader`
    /// does the whole flow in one call.
    ///
    /// `request` is the file to upload and what it is for ([`BucketUrlRequest`]). Resolves
    /// to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn generate_bucket_url(&self, request: &BucketUrlRequest) -> Call<()> {
        self.post("/bucket/url/generate").json(request).unit()
    }
}
