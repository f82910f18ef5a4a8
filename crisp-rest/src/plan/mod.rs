//! The `plan` service: `client.plan().<method>(…)`.

mod subscription;

crate::service::service! {
    /// The methods of the `plan` service. Get one with [`Client::plan`](crate::Client::plan).
    PlanApi
}
