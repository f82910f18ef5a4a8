use crisp_types::bucket::url::{BucketFile, BucketNamespace, BucketResource, BucketUrlRequest};
use serde_json::json;

use super::{Sample, run};

pub(crate) fn samples() -> Vec<Sample> {
    vec![
        Sample::new(
            "bucket",
            "generate_bucket_url",
            run!(|c| c.bucket().generate_bucket_url(
                &BucketUrlRequest::new(
                    BucketNamespace::Website,
                    BucketFile::new("logo.png", "image/png").size(20_480)
                )
                .id("f7fb43da-1cd8-49c1-ade0-9f5b71d034e3")
                .resource(BucketResource::new(
                    "website",
                    "8c842203-7ed8-4e29-a608-7cf78a7d2fcc"
                ))
            )),
        )
        .body(json!({
            "namespace": "website",
            "id": "f7fb43da-1cd8-49c1-ade0-9f5b71d034e3",
            "file": {"name": "logo.png", "type": "image/png", "size": 20480},
            "resource": {"type": "website", "id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc"}
        })),
    ]
}
