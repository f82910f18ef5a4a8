//! Visitors on a map, around an optional center.

use crisp_types::WebsiteId;
use crisp_types::website::visitors::VisitorsMapPoint;

use crate::call::Call;
use crate::website::WebsiteApi;

/// The area of *Pinpoint Visitors On A Map*: a center (`center_longitude`,
/// `center_latitude`, in degrees) and a radius (`center_radius`).
///
/// ```
/// use crisp::rest::website::visitors::MapArea;
///
/// let nantes = MapArea::new(-1.5536, 47.2184, 50);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapArea {
    /// Longitude of the center, in degrees.
    pub longitude: f64,
    /// Latitude of the center, in degrees.
    pub latitude: f64,
    /// Radius around the center (kilometers, per Crisp's reference).
    pub radius: u32,
}

impl MapArea {
    /// The area around (`longitude`, `latitude`) within `radius`.
    #[must_use]
    pub fn new(longitude: f64, latitude: f64, radius: u32) -> Self {
        MapArea {
            longitude,
            latitude,
            radius,
        }
    }
}

impl WebsiteApi<'_> {
    /// *Pinpoint Visitors On A Map* — tiers: user, plugin. `None` maps every visitor
    /// (no query); `Some(area)` only those within the area.
    ///
    /// `website_id` is the website and `area` the area to map ([`MapArea`]: a centre and a
    /// radius), or `None`. Resolves to a `Vec` of [`VisitorsMapPoint`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn pinpoint_visitors_on_map(
        &self,
        website_id: &WebsiteId,
        area: Option<MapArea>,
    ) -> Call<Vec<VisitorsMapPoint>> {
        let endpoint = self
            .get("/website/{website_id}/visitors/map")
            .param(website_id);
        match area {
            None => endpoint,
            // Decimal text as JavaScript's `String(number)` gives it (`2.5`, `48`).
            Some(area) => endpoint
                .query("center_longitude", area.longitude.to_string())
                .query("center_latitude", area.latitude.to_string())
                .query("center_radius", area.radius),
        }
        .data()
    }
}
