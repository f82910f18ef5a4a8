//! Importing people profiles from a CSV file.

use serde::{Deserialize, Serialize};

/// Body of "import people profiles": where the CSV file is, which column goes to which
/// profile field, and how to read it.
///
/// ```
/// use crisp_types::website::people::{PeopleImportOptions, PeopleImportSetup};
///
/// let setup = PeopleImportSetup::new("https://storage.crisp.chat/users/processing/import/contacts.csv")
///     .map(1, "email")
///     .map(2, "person.nickname")
///     .options(PeopleImportOptions::new().column_separator(";").skip_header(true));
/// assert_eq!(setup.mapping.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub struct PeopleImportSetup {
    /// URL of the CSV file (e.g. uploaded to the Crisp bucket first).
    pub url: String,
    /// Column to field mapping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mapping: Vec<PeopleImportMapping>,
    /// How to read the file; Crisp's defaults when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<PeopleImportOptions>,
}

impl PeopleImportSetup {
    /// An import of the CSV file at `url`, with no mapping yet.
    pub fn new(url: impl Into<String>) -> Self {
        PeopleImportSetup {
            url: url.into(),
            mapping: Vec::new(),
            options: None,
        }
    }

    /// Maps one column to a profile field.
    pub fn map(mut self, column: u32, field: impl Into<String>) -> Self {
        self.mapping.push(PeopleImportMapping::new(column, field));
        self
    }
}

crate::setters! {
    impl PeopleImportSetup {
        /// Sets how to read the file.
        options: PeopleImportOptions,
    }
}

/// One column of an import and the profile field it fills.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleImportMapping {
    /// Column number in the CSV file.
    pub column: u32,
    /// Profile field path (e.g. `email`, `person.nickname`).
    pub field: String,
}

impl PeopleImportMapping {
    /// Maps `column` to `field`.
    pub fn new(column: u32, field: impl Into<String>) -> Self {
        PeopleImportMapping {
            column,
            field: field.into(),
        }
    }
}

crate::model! {
    /// How an import reads its CSV file (`options`).
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[must_use]
    pub struct PeopleImportOptions {
        /// Column separator (e.g. `;`).
        pub column_separator: Option<String>,
        /// Whether the first line is a header to skip.
        pub skip_header: Option<bool>,
    }
}

impl PeopleImportOptions {
    /// Crisp's defaults.
    pub fn new() -> Self {
        PeopleImportOptions::default()
    }
}

crate::setters! {
    impl PeopleImportOptions {
        /// Sets the column separator.
        column_separator: impl Into<String>,
        /// Sets whether to skip the header line.
        skip_header: bool,
    }
}

crate::model! {
    /// Response of "import people profiles": the import started.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleImport {
        /// Import identifier; progress comes as `people:import:progress` events.
        pub import_id: Option<String>,
    }
}
