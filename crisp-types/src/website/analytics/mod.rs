//! Analytics: generated reports.
