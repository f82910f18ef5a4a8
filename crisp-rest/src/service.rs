//! The service handles (`client.website()`, `client.plugin()`…): each is a borrowed
//! client plus one short constructor per HTTP verb, so that an endpoint method reads as
//! its verb, route template, parameters, query, body and output.

/// Declares a service handle type with its verb constructors.
macro_rules! service {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name<'a> {
            client: &'a $crate::client::Client,
        }

        #[allow(dead_code)]
        impl<'a> $name<'a> {
            pub(crate) fn new(client: &'a $crate::client::Client) -> Self {
                $name { client }
            }

            fn get(&self, route: &'static str) -> $crate::call::RequestBuilder {
                self.client.endpoint(::http::Method::GET, route)
            }

            fn head(&self, route: &'static str) -> $crate::call::RequestBuilder {
                self.client.endpoint(::http::Method::HEAD, route)
            }

            fn post(&self, route: &'static str) -> $crate::call::RequestBuilder {
                self.client.endpoint(::http::Method::POST, route)
            }

            fn patch(&self, route: &'static str) -> $crate::call::RequestBuilder {
                self.client.endpoint(::http::Method::PATCH, route)
            }

            fn put(&self, route: &'static str) -> $crate::call::RequestBuilder {
                self.client.endpoint(::http::Method::PUT, route)
            }

            fn delete(&self, route: &'static str) -> $crate::call::RequestBuilder {
                self.client.endpoint(::http::Method::DELETE, route)
            }
        }
    };
}

pub(crate) use service;
