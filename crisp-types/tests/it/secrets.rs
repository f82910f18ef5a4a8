//! The models that hold a secret (a plugin token, an operator's token key, a verify secret,
//! a helpdesk password, a challenge secret, a verification token) never print it through
//! `Debug`; the other fields still show.

use std::fmt::Debug;

use serde::de::DeserializeOwned;

use crisp_types::plugin::connect::PluginConnectWebsite;
use crisp_types::plugin::subscription::PluginSubscriptionSettings;
use crisp_types::website::base::VerifyChallenge;
use crisp_types::website::conversation::IdentityVerificationRedeem;
use crisp_types::website::helpdesk::HelpdeskSettingsAccess;
use crisp_types::website::operator::WebsiteOperator;
use crisp_types::website::verify::VerifyKey;

const CANARY: &str = "canary-secret-3f9a";

/// Decodes `json` as `T`, checks the secret arrived, and that `Debug` hides it while showing
/// `visible`.
fn hidden<T: DeserializeOwned + Debug + serde::Serialize>(json: &str, visible: &str) {
    let value: T = serde_json::from_str(json).unwrap();
    assert!(
        serde_json::to_string(&value).unwrap().contains(CANARY),
        "the secret decodes"
    );
    for shown in [format!("{value:?}"), format!("{value:#?}")] {
        assert!(!shown.contains(CANARY), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");
        assert!(shown.contains(visible), "{shown}");
    }
}

#[test]
fn secrets_are_redacted_in_debug() {
    hidden::<PluginConnectWebsite>(
        r#"{"website_id":"w-1","token":"canary-secret-3f9a"}"#,
        "w-1",
    );
    hidden::<PluginSubscriptionSettings>(
        r#"{"plugin_id":"p-1","token":"canary-secret-3f9a"}"#,
        "p-1",
    );
    hidden::<WebsiteOperator>(
        r#"{"email":"op@example.com","identifier":"id-1","key":"canary-secret-3f9a"}"#,
        "op@example.com",
    );
    hidden::<VerifyChallenge>(
        r#"{"method":"password","secret":"canary-secret-3f9a"}"#,
        "Password",
    );
    hidden::<IdentityVerificationRedeem>(
        r#"{"identity":"email","token":"canary-secret-3f9a","recipient":"v@example.com"}"#,
        "v@example.com",
    );
    hidden::<VerifyKey>(r#"{"secret":"canary-secret-3f9a"}"#, "VerifyKey");
    hidden::<HelpdeskSettingsAccess>(
        r#"{"password":"canary-secret-3f9a"}"#,
        "HelpdeskSettingsAccess",
    );
}
