//! Where the command line finds its credentials: flags, then the `CRISP_*` environment
//! variables (both through clap), then a JSON config file; or `--sandbox`.
//!
//! The config file is `--config FILE`, else `$CRISP_CONFIG`, else
//! `$XDG_CONFIG_HOME/crisp/config.json`, else `~/.config/crisp/config.json` (a missing
//! default file is no error):
//!
//! ```json
//! {"identifier": "…", "key": "…", "tier": "plugin", "website_id": "…", "base_url": "https://api.crisp.chat/v1/"}
//! ```
//!
//! Every key is optional. The key is never printed, nor written to errors or logs.

use std::path::{Path, PathBuf};

use crisp::{Credentials, Tier};
use serde::Deserialize;

use crate::error::CliError;

/// The connection options shared by every command.
#[derive(Clone, clap::Args)]
pub(crate) struct Connection {
    /// The token identifier.
    #[arg(long, global = true, env = "CRISP_IDENTIFIER", value_name = "ID")]
    identifier: Option<String>,
    /// The token key (never printed).
    #[arg(
        long,
        global = true,
        env = "CRISP_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    key: Option<String>,
    /// The token tier: plugin (default), website or user.
    #[arg(long, global = true, env = "CRISP_TIER", value_name = "TIER")]
    tier: Option<String>,
    /// The website of `website_id` arguments left out.
    #[arg(long, global = true, env = "CRISP_WEBSITE_ID", value_name = "ID")]
    website_id: Option<String>,
    /// The REST base URL (default https://api.crisp.chat/v1/).
    #[arg(long, global = true, env = "CRISP_BASE_URL", value_name = "URL")]
    base_url: Option<String>,
    /// The config file (JSON; see `crisp config`).
    #[arg(long, global = true, env = "CRISP_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Runs the command against a sandbox started in this process.
    #[arg(long, global = true)]
    pub(crate) sandbox: bool,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("identifier", &self.identifier)
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .field("tier", &self.tier)
            .field("website_id", &self.website_id)
            .field("base_url", &self.base_url)
            .field("sandbox", &self.sandbox)
            .finish_non_exhaustive()
    }
}

/// The config file's keys.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    identifier: Option<String>,
    key: Option<String>,
    tier: Option<String>,
    website_id: Option<String>,
    base_url: Option<String>,
}

/// What a command connects with.
#[derive(Clone)]
pub(crate) struct Resolved {
    /// The token.
    pub(crate) credentials: Credentials,
    /// The REST base URL, unless the default.
    pub(crate) base_url: Option<String>,
    /// The default website.
    pub(crate) website_id: Option<String>,
}

impl std::fmt::Debug for Resolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resolved")
            .field("tier", &self.credentials.tier())
            .field("base_url", &self.base_url)
            .field("website_id", &self.website_id)
            .finish_non_exhaustive()
    }
}

fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(base.join("crisp").join("config.json"))
}

fn read_file(path: &Path, explicit: bool) -> Result<File, CliError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if !explicit && e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(File::default());
        }
        Err(e) => {
            return Err(CliError::usage(format!(
                "config file {}: {e}",
                path.display()
            )));
        }
    };
    // serde_json's errors name the line and column, never the text.
    serde_json::from_str(&text)
        .map_err(|e| CliError::usage(format!("config file {}: {e}", path.display())))
}

/// Parses a tier name.
pub(crate) fn tier(name: &str) -> Result<Tier, CliError> {
    match name {
        "plugin" => Ok(Tier::Plugin),
        "website" => Ok(Tier::Website),
        "user" => Ok(Tier::User),
        other => Err(CliError::usage(format!(
            "tier {other:?}: expected plugin, website or user"
        ))),
    }
}

impl Connection {
    /// The credentials and settings from flags, environment and config file.
    pub(crate) fn resolve(&self) -> Result<Resolved, CliError> {
        let file = match &self.config {
            Some(path) => read_file(path, true)?,
            None => match default_path() {
                Some(path) => read_file(&path, false)?,
                None => File::default(),
            },
        };
        let identifier = self.identifier.clone().or(file.identifier);
        let key = self.key.clone().or(file.key);
        let (Some(identifier), Some(key)) = (identifier, key) else {
            return Err(CliError::usage(
                "no credentials: give --identifier and --key, CRISP_IDENTIFIER and CRISP_KEY, a config file (`crisp help config`), or --sandbox",
            ));
        };
        let tier = tier(
            self.tier
                .as_deref()
                .or(file.tier.as_deref())
                .unwrap_or("plugin"),
        )?;
        Ok(Resolved {
            credentials: Credentials::new(tier, identifier, key),
            base_url: self.base_url.clone().or(file.base_url),
            website_id: self.website_id.clone().or(file.website_id),
        })
    }

    /// The website flag or variable, if given.
    pub(crate) fn website_id(&self) -> Option<&str> {
        self.website_id.as_deref()
    }
}

/// The help of `crisp help config`.
pub(crate) const HELP: &str = "\
Credentials and settings come from, in order: the flags (--identifier, --key, --tier,
--website-id, --base-url), the environment (CRISP_IDENTIFIER, CRISP_KEY, CRISP_TIER,
CRISP_WEBSITE_ID, CRISP_BASE_URL), then a JSON config file: --config FILE, else
$CRISP_CONFIG, else $XDG_CONFIG_HOME/crisp/config.json, else ~/.config/crisp/config.json.

  {\"identifier\": \"…\", \"key\": \"…\", \"tier\": \"plugin\", \"website_id\": \"…\",
   \"base_url\": \"https://api.crisp.chat/v1/\"}

Every key is optional; the tier is plugin unless told. The key is never printed.
--sandbox ignores them all and runs the command against a sandbox in this process.";
