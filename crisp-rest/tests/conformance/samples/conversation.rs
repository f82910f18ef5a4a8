//! The Conversations samples are the cases of the `conversation_routes` test, which also
//! fix the exact query string and body.

#[path = "../../cases/conversation.rs"]
mod cases;

use super::Sample;

pub(crate) fn samples() -> Vec<Sample> {
    cases::cases()
        .into_iter()
        .map(|case| {
            let method = case.name.split(' ').next().unwrap_or(case.name);
            let mut sample = Sample::website(method, case.run)
                .data(case.data)
                .query(case.query)
                .request_line(case.verb, case.path);
            if let Some(body) = case.body {
                sample = sample.body(body);
            }
            sample
        })
        .collect()
}
