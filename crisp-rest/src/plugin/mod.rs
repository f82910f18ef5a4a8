//! The `plugin` service: `client.plugin().<method>(…)`.

pub mod connect;
mod subscription;

crate::service::service! {
    /// The methods of the `plugin` service. Get one with [`Client::plugin`](crate::Client::plugin).
    PluginApi
}
