//! The `website` service: `client.website().<method>(…)`.
//!
//! Each method is one short definition: the Crisp label and tiers in its doc line, then
//! the verb and route template, its parameters in order, query and body, and the output.
//! Arguments follow one rule: ids by reference, bodies the API takes whole (`message`,
//! `metas`…) by reference, and bodies Crisp builds from a few keys as typed values
//! (`impl Into<StateChange>` accepts a bare `ConversationState`).

pub mod conversation;

use http::Method;

use crate::call::Endpoint;
use crate::client::Client;

/// The methods of the `website` service. Get one with [`Client::website`].
#[derive(Clone, Copy, Debug)]
pub struct WebsiteApi<'a> {
    client: &'a Client,
}

impl<'a> WebsiteApi<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        WebsiteApi { client }
    }

    fn get(&self, route: &'static str) -> Endpoint {
        self.client.endpoint(Method::GET, route)
    }

    fn head(&self, route: &'static str) -> Endpoint {
        self.client.endpoint(Method::HEAD, route)
    }

    fn post(&self, route: &'static str) -> Endpoint {
        self.client.endpoint(Method::POST, route)
    }

    fn patch(&self, route: &'static str) -> Endpoint {
        self.client.endpoint(Method::PATCH, route)
    }

    fn put(&self, route: &'static str) -> Endpoint {
        self.client.endpoint(Method::PUT, route)
    }

    fn delete(&self, route: &'static str) -> Endpoint {
        self.client.endpoint(Method::DELETE, route)
    }
}
