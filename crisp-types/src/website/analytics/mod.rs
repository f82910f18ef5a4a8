//! Analytics: generated reports.
//!
//! "Generate analytics" takes an [`AnalyticsQuery`] (a metric, a type, a date range
//! with its split and time zone, and optional aggregation, split and filters) and returns
//! a list of [`AnalyticsPoint`]s. Metric, type, aggregator and split names are sent as
//! given: Crisp documents them per metric (e.g. metric `conversation`, type `total`).

use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

/// Body of "generate analytics" (the `query` argument of the official clients).
///
/// ```
/// use crisp_types::website::analytics::{AnalyticsDate, AnalyticsQuery};
/// let query = AnalyticsQuery::new(
///     "conversation",
///     "total",
///     AnalyticsDate::new("2024-01-01T00:00:00Z", "2024-01-31T23:59:59Z", "day", "Europe/Paris"),
/// )
/// .split_by("inbox");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyticsQuery {
    /// Metric to compute (e.g. `conversation`).
    pub metric: String,
    /// Type of the metric (`type`, e.g. `total`).
    #[serde(rename = "type")]
    pub kind: String,
    /// How values are aggregated over each period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregator: Option<String>,
    /// Dimension to split points by (each point then carries its `split_by` value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_by: Option<String>,
    /// Filter on the analyzed items, in the shape Crisp documents for the metric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Value>,
    /// Date range, split and time zone.
    pub date: AnalyticsDate,
    /// Condition on another metric (`if`).
    #[serde(rename = "if", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<AnalyticsCondition>,
    /// What to compute for the items matching [`condition`](Self::condition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub then: Option<AnalyticsThen>,
    /// Whether to ask for a raw export of the data instead of points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_export: Option<bool>,
}

impl AnalyticsQuery {
    /// A query of `metric` of type `kind` over `date`.
    pub fn new(metric: impl Into<String>, kind: impl Into<String>, date: AnalyticsDate) -> Self {
        AnalyticsQuery {
            metric: metric.into(),
            kind: kind.into(),
            date,
            ..AnalyticsQuery::default()
        }
    }

    /// Sets the condition (`if`) and what to compute when it holds (`then`).
    #[must_use]
    pub fn condition(mut self, condition: AnalyticsCondition, then: AnalyticsThen) -> Self {
        self.condition = Some(condition);
        self.then = Some(then);
        self
    }
}

crate::setters! {
    impl AnalyticsQuery {
        /// Sets how values are aggregated.
        #[must_use]
        aggregator: impl Into<String>,
        /// Sets the dimension points are split by.
        #[must_use]
        split_by: impl Into<String>,
        /// Sets the filter.
        #[must_use]
        filter: Value,
        /// Asks for a raw export.
        #[must_use]
        raw_export: bool,
    }
}

/// Date range of an [`AnalyticsQuery`] (`date`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyticsDate {
    /// Start of the range (ISO 8601 date-time).
    pub from: String,
    /// End of the range (ISO 8601 date-time).
    pub to: String,
    /// Length of each period of the result (e.g. `hour`, `day`, `week`, `month`).
    pub split: String,
    /// Time zone periods are computed in (IANA name, e.g. `Europe/Paris`).
    pub timezone: String,
    /// Hours of each weekday to count; every hour when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<AnalyticsDays>,
}

impl AnalyticsDate {
    /// A range from `from` to `to`, split in periods of `split`, in `timezone`.
    pub fn new(
        from: impl Into<String>,
        to: impl Into<String>,
        split: impl Into<String>,
        timezone: impl Into<String>,
    ) -> Self {
        AnalyticsDate {
            from: from.into(),
            to: to.into(),
            split: split.into(),
            timezone: timezone.into(),
            days: None,
        }
    }
}

crate::setters! {
    impl AnalyticsDate {
        /// Restricts the range to some hours of some weekdays.
        #[must_use]
        days: AnalyticsDays,
    }
}

crate::model! {
    /// Hours counted on each weekday (`date.days`); a day left `None` is not counted.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AnalyticsDays {
        /// Monday.
        pub monday: Option<AnalyticsHours>,
        /// Tuesday.
        pub tuesday: Option<AnalyticsHours>,
        /// Wednesday.
        pub wednesday: Option<AnalyticsHours>,
        /// Thursday.
        pub thursday: Option<AnalyticsHours>,
        /// Friday.
        pub friday: Option<AnalyticsHours>,
        /// Saturday.
        pub saturday: Option<AnalyticsHours>,
        /// Sunday.
        pub sunday: Option<AnalyticsHours>,
    }
}

/// Hours of one weekday, `HH:MM` to `HH:MM`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyticsHours {
    /// First hour counted (`HH:MM`).
    pub hour_from: String,
    /// Last hour counted (`HH:MM`).
    pub hour_to: String,
}

impl AnalyticsHours {
    /// From `hour_from` to `hour_to` (`HH:MM`).
    pub fn new(hour_from: impl Into<String>, hour_to: impl Into<String>) -> Self {
        AnalyticsHours {
            hour_from: hour_from.into(),
            hour_to: hour_to.into(),
        }
    }
}

/// Condition of an [`AnalyticsQuery`] (`if`): a metric and the dimension it is split by.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyticsCondition {
    /// Metric the condition is on.
    pub metric: String,
    /// Dimension of that metric.
    pub split_by: String,
}

impl AnalyticsCondition {
    /// A condition on `metric` split by `split_by`.
    pub fn new(metric: impl Into<String>, split_by: impl Into<String>) -> Self {
        AnalyticsCondition {
            metric: metric.into(),
            split_by: split_by.into(),
        }
    }
}

crate::model! {
    /// What to compute when the condition of an [`AnalyticsQuery`] holds (`then`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AnalyticsThen {
        /// Type to compute (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Filter, in the shape Crisp documents for the metric.
        pub filter: Option<Value>,
    }
}

crate::model! {
    /// One point of "generate analytics": a period, and the value found there (the response
    /// is a list of them).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AnalyticsPoint {
        /// Period the point covers (its start date).
        pub period: Option<String>,
        /// Value (integer or decimal, kept as sent).
        pub value: Option<Number>,
        /// Value of the split dimension, when the query has `split_by`.
        pub split_by: Option<String>,
        /// Number of items counted.
        pub hits: Option<u64>,
        /// Number of distinct items counted.
        pub unique_hits: Option<u64>,
        /// Sum of the values (integer or decimal, kept as sent).
        pub sum_value: Option<Number>,
        /// Sum of the hits.
        pub sum_hits: Option<u64>,
    }
}
