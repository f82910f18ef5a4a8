//! Conformance of the whole REST surface with the catalog (`tests/data/endpoints.tsv`, a
//! copy of the official clients' method list):
//!
//! - every row is called through its method with sample arguments, over the capture
//!   transport, and the request must have the row's verb, a path rendered from the row's
//!   template, the row's query names and its body;
//! - the public methods found in `crisp-rest/src` (every `pub fn` whose doc line is
//!   `*Crisp Label* — tiers: …`) and the catalog rows must be the same set, with the same
//!   label and tiers, and a `Page` exactly where the route is paged by `{page_number}`.

mod catalog;
mod check;
mod source;

use crate::samples;

use self::catalog::Catalog;

#[tokio::test]
async fn every_catalog_row_has_a_method_that_sends_what_the_row_says() {
    let catalog = Catalog::load();
    let report = check::run(&catalog, samples::all()).await;
    println!("{}", report.summary());
    assert!(report.is_clean(), "{}", report.details());
}

#[test]
fn public_methods_and_catalog_rows_are_the_same_set() {
    let catalog = Catalog::load();
    let methods = source::public_methods();
    let problems = source::compare(&catalog, &methods);
    assert!(
        problems.is_empty(),
        "public methods and catalog differ:\n{}",
        problems.join("\n")
    );
}
