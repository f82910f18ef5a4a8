//! The chatbox section of the website settings.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

crate::model! {
    /// Chatbox settings (`chatbox`). Every option is optional; in an update, only the options
    /// set are sent. Theme names (`color_theme`, `text_theme`…) are sent as given.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SettingsChatbox {
        /// Chatbox button style (e.g. `default`).
        pub tile: Option<String>,
        /// Whether to show a game while visitors wait.
        pub wait_game: Option<bool>,
        /// Whether to show the website logo.
        pub website_logo: Option<bool>,
        /// Whether to show the face of the last operator seen.
        pub last_operator_face: Option<bool>,
        /// Whether to show the face of the operator in the ongoing conversation.
        pub ongoing_operator_face: Option<bool>,
        /// Whether to show response time metrics.
        pub activity_metrics: Option<bool>,
        /// Whether to hide operator details from visitors.
        pub operator_privacy: Option<bool>,
        /// Whether to hide visitor details (e.g. IP, location) from operators.
        pub visitor_privacy: Option<bool>,
        /// Whether to show the availability tooltip.
        pub availability_tooltip: Option<bool>,
        /// Whether to hide the chatbox during vacation.
        pub hide_vacation: Option<bool>,
        /// Whether to hide the chatbox when no operator is online.
        pub hide_on_away: Option<bool>,
        /// Whether to hide the chatbox on mobile devices.
        pub hide_on_mobile: Option<bool>,
        /// Whether the chatbox sits on the left instead of the right.
        pub position_reverse: Option<bool>,
        /// Whether to ask visitors for their email address.
        pub email_visitors: Option<bool>,
        /// Whether to ask visitors for their phone number.
        pub phone_visitors: Option<bool>,
        /// Whether visitors must identify before chatting.
        pub force_identify: Option<bool>,
        /// Whether to skip the privacy consent step.
        pub ignore_privacy: Option<bool>,
        /// Whether visitors may start conversations (composer enabled).
        pub visitor_compose: Option<bool>,
        /// Whether visitors may send files.
        pub file_transfer: Option<bool>,
        /// Whether visitors may record audio messages.
        pub audio_record: Option<bool>,
        /// Whether to show the helpdesk search overlay.
        pub overlay_search: Option<bool>,
        /// Whether the chatbox opens as an overlay.
        pub overlay_mode: Option<bool>,
        /// Whether to link the helpdesk from the chatbox.
        pub helpdesk_link: Option<bool>,
        /// Whether the chatbox only shows the helpdesk.
        pub helpdesk_only: Option<bool>,
        /// Whether to warn visitors when the status page reports an outage.
        pub status_health_dead: Option<bool>,
        /// Whether the chatbox only loads on the website domain.
        pub check_domain: Option<bool>,
        /// Color theme (e.g. `blue`).
        pub color_theme: Option<String>,
        /// Color mode (e.g. light or dark).
        pub color_mode: Option<String>,
        /// Layout theme.
        pub layout_theme: Option<String>,
        /// Text theme (e.g. `default`).
        pub text_theme: Option<String>,
        /// Welcome message style (e.g. `default`).
        pub welcome_message: Option<String>,
        /// Chatbox locale (e.g. `en`).
        pub locale: Option<String>,
        /// Pages the chatbox shows on (patterns); every page when empty.
        pub allowed_pages: Option<Vec<String>>,
        /// Pages the chatbox never shows on (patterns).
        pub blocked_pages: Option<Vec<String>>,
        /// Countries the chatbox is hidden in (ISO 3166-1 alpha-2 codes).
        pub blocked_countries: Option<Vec<String>>,
        /// Browser locales the chatbox is hidden for.
        pub blocked_locales: Option<Vec<String>>,
        /// IP addresses or CIDR ranges the chatbox is hidden for.
        pub blocked_ips: Option<Vec<String>>,
        /// Chatbox options this library does not type, by name, as sent.
        #[serde(flatten)]
        pub other: Map<String, Value>,
    }
}
