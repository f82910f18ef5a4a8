//! Sample calls, one module per resource group: the one sample type ([`Sample`]) of the
//! tests that call every method. Each sample calls one method with sample arguments and
//! says what the server answers (`data`) and, where fixed, the exact request (verb, path,
//! query, body). The conformance test runs them all over the capture transport against the
//! catalog; `conversation_routes` sends the Conversations ones to wiremock on both
//! backends; the sandbox's every-method test (`tests/sandbox/tests/it/every_method.rs`)
//! includes this module by path and runs them all against the sandbox.

use std::future::Future;
use std::pin::Pin;

use crisp_rest::{Client, Error};
use serde_json::{Value, json};

mod bucket;
mod campaign;
pub(crate) mod conversation;
mod helpdesk;
mod helpdesk_tree;
mod media;
mod people;
mod plan;
mod plugin;
mod team;
mod website;

/// Calls one method on a client.
pub(crate) type Run = fn(Client) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send>>;

/// `run!(|c| c.website().get_x(&w(), …))`: a [`Run`] awaiting the call.
macro_rules! run {
    (|$c:ident| $call:expr) => {
        |$c: crisp_rest::Client| Box::pin(async move { $call.await.map(drop) })
    };
}
pub(crate) use run;

/// One sample call of a method.
pub(crate) struct Sample {
    pub(crate) service: &'static str,
    pub(crate) method: &'static str,
    /// Which of several samples of one method it is (`"filter search"`), when there are.
    pub(crate) case: Option<&'static str>,
    pub(crate) run: Run,
    /// The `data` the transport answers with (the method's output must decode from it).
    pub(crate) data: Value,
    /// The exact JSON body expected, when given.
    pub(crate) body: Option<Value>,
    /// The exact query string expected, when given.
    pub(crate) query: Option<&'static str>,
    /// The exact verb and path (with `/v1`) expected, when given.
    pub(crate) request_line: Option<(&'static str, &'static str)>,
}

impl Sample {
    pub(crate) fn website(method: &'static str, run: Run) -> Self {
        Sample::new("website", method, run)
    }

    pub(crate) fn new(service: &'static str, method: &'static str, run: Run) -> Self {
        Sample {
            service,
            method,
            case: None,
            run,
            data: json!({}),
            body: None,
            query: None,
            request_line: None,
        }
    }

    /// Names one of several samples of the same method.
    pub(crate) fn case(mut self, case: &'static str) -> Self {
        self.case = Some(case);
        self
    }

    /// `service.method`, and the case in parentheses when there is one.
    pub(crate) fn name(&self) -> String {
        match self.case {
            Some(case) => format!("{}.{} ({case})", self.service, self.method),
            None => format!("{}.{}", self.service, self.method),
        }
    }

    /// The response `data`.
    pub(crate) fn data(mut self, data: Value) -> Self {
        self.data = data;
        self
    }

    /// The exact body expected.
    pub(crate) fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// The exact verb and path expected (path with its `/v1` prefix).
    pub(crate) fn request_line(mut self, verb: &'static str, path: &'static str) -> Self {
        self.request_line = Some((verb, path));
        self
    }

    /// The exact query string expected.
    pub(crate) fn query(mut self, query: &'static str) -> Self {
        self.query = Some(query);
        self
    }
}

pub(crate) fn all() -> Vec<Sample> {
    [
        bucket::samples(),
        campaign::samples(),
        conversation::samples(),
        helpdesk::samples(),
        helpdesk_tree::samples(),
        media::samples(),
        people::samples(),
        plan::samples(),
        plugin::samples(),
        team::samples(),
        website::samples(),
    ]
    .into_iter()
    .flatten()
    .collect()
}
