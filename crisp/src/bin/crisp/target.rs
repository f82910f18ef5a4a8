//! What a command talks to: Crisp (or a server given by `--base-url`) with the resolved
//! credentials, or with `--sandbox` a sandbox started in this process.

use crisp::Client;
use crisp::sandbox::Sandbox;

use crate::config::{Connection, HELP, Resolved};
use crate::error::CliError;

/// A connected target.
#[derive(Debug)]
pub(crate) struct Target {
    /// The REST client.
    pub(crate) client: Client,
    /// Its credentials and settings.
    pub(crate) resolved: Resolved,
    /// The in-process sandbox of `--sandbox`, kept running as long as the target.
    pub(crate) sandbox: Option<Sandbox>,
}

impl Target {
    /// Connects as the flags, environment and config file say.
    pub(crate) async fn connect(connection: &Connection) -> Result<Target, CliError> {
        let (resolved, sandbox) = if connection.sandbox {
            let sandbox = Sandbox::start().await?;
            let resolved = Resolved {
                credentials: sandbox.credentials(),
                base_url: Some(sandbox.base_url()),
                website_id: Some(
                    connection
                        .website_id()
                        .map_or_else(|| sandbox.website_id().to_string(), str::to_owned),
                ),
            };
            (resolved, Some(sandbox))
        } else {
            (connection.resolve()?, None)
        };
        let mut builder = Client::builder().credentials(resolved.credentials.clone());
        if let Some(base_url) = &resolved.base_url {
            builder = builder.base_url(base_url.clone());
        }
        let client = builder
            .build()
            .map_err(|e| CliError::usage(format!("cannot build the client: {e}")))?;
        Ok(Target {
            client,
            resolved,
            sandbox,
        })
    }

    /// Whether the target is a sandbox: in-process, or a server on loopback.
    pub(crate) fn is_local(&self) -> bool {
        self.sandbox.is_some()
            || self.resolved.base_url.as_deref().is_some_and(|url| {
                let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
                let host = rest.split(['/', ':']).next().unwrap_or("");
                matches!(host, "127.0.0.1" | "localhost" | "[::1]")
            })
    }
}

/// `crisp config`: where settings come from, and which are set.
pub(crate) fn describe(connection: &Connection) -> Result<(), CliError> {
    println!("{HELP}\n");
    match connection.resolve() {
        Ok(resolved) => {
            println!("identifier: {}", resolved.credentials.identifier());
            println!("key:        set (not shown)");
            println!("tier:       {}", resolved.credentials.tier().as_str());
            println!(
                "website_id: {}",
                resolved.website_id.as_deref().unwrap_or("(none)")
            );
            println!(
                "base_url:   {}",
                resolved.base_url.as_deref().unwrap_or("(default)")
            );
        }
        Err(error) => println!("now: {error}"),
    }
    Ok(())
}
