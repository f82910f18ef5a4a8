//! `crisp sandbox`: the embedded sandbox as a server until Ctrl-C, for any language's
//! client: prints the base URL, the credentials it accepts, the realtime endpoint and the
//! web-hook secret; logs every request and delivery on stderr.

use std::path::PathBuf;

use crisp::sandbox::Sandbox;
use serde_json::json;

use crate::error::CliError;
use crate::forward::fresh_secret;

/// `crisp sandbox`.
#[derive(Debug, clap::Args)]
pub(crate) struct SandboxArgs {
    /// The port of 127.0.0.1 to listen on (default: a free one).
    #[arg(long)]
    port: Option<u16>,
    /// A JSON seed file: websites, operators, people, conversations (see the README's
    /// "Command line").
    #[arg(long, value_name = "FILE")]
    seed: Option<PathBuf>,
    /// Registers a web hook: every event is POSTed there, signed (repeatable).
    #[arg(long, value_name = "URL")]
    hook: Vec<String>,
    /// The web hooks' signing secret (default: a fresh one, printed).
    #[arg(long, env = "CRISP_WEBHOOK_SECRET", hide_env_values = true)]
    secret: Option<String>,
    /// Prints the settings as one JSON line instead.
    #[arg(long)]
    json: bool,
}

/// Runs `crisp sandbox`.
pub(crate) async fn run(args: SandboxArgs) -> Result<(), CliError> {
    let seed = match &args.seed {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .map_err(|e| CliError::usage(format!("seed file {}: {e}", path.display())))?,
        ),
        None => None,
    };
    let mut builder = Sandbox::builder();
    if let Some(port) = args.port {
        builder = builder.port(port);
    }
    let sandbox = builder.start().await?;
    let seeded = match &seed {
        Some(text) => Some(sandbox.seed_json(text).map_err(|e| {
            CliError::usage(format!(
                "seed file {}: {e}",
                args.seed
                    .as_deref()
                    .unwrap_or_else(|| "".as_ref())
                    .display()
            ))
        })?),
        None => None,
    };
    let (secret, shown) = match args.secret {
        Some(secret) => (secret, "(as given)".to_owned()),
        None => {
            let secret = fresh_secret();
            (secret.clone(), secret)
        }
    };
    for hook in &args.hook {
        sandbox.add_webhook(hook, &secret)?;
    }
    let credentials = sandbox.credentials();
    // The sandbox's own token is no secret: it is the one its clients are given.
    let websites: Vec<_> = seeded
        .iter()
        .flat_map(|s| s.websites.iter())
        .map(|w| {
            json!({
                "website_id": w.website_id,
                "operators": w.operators,
                "people": w.people,
                "conversations": w.conversations,
            })
        })
        .collect();
    if args.json {
        println!(
            "{}",
            json!({
                "base_url": sandbox.base_url(),
                "identifier": credentials.identifier(),
                "key": credentials.key(),
                "tier": credentials.tier().as_str(),
                "website_id": sandbox.website_id(),
                "operator_id": sandbox.operator_id(),
                "rtm_url": sandbox.rtm_url(),
                "webhook_secret": shown,
                "hooks": args.hook,
                "seeded": websites,
            })
        );
    } else {
        println!("crisp sandbox: a local Crisp, until Ctrl-C");
        println!("  base URL         {}", sandbox.base_url());
        println!(
            "  credentials      {} / {} (tier {})",
            credentials.identifier(),
            credentials.key(),
            credentials.tier().as_str()
        );
        println!("  website_id       {}", sandbox.website_id());
        println!("  operator_id      {}", sandbox.operator_id());
        println!("  realtime         {}", sandbox.rtm_url());
        println!("  web-hook secret  {shown}");
        for hook in &args.hook {
            println!("  web hook         {hook}");
        }
        for website in &websites {
            println!("  seeded           {website}");
        }
        println!();
        println!("export CRISP_BASE_URL={}", sandbox.base_url());
        println!("export CRISP_IDENTIFIER={}", credentials.identifier());
        println!("export CRISP_KEY={}", credentials.key());
        println!("export CRISP_TIER={}", credentials.tier().as_str());
        println!("export CRISP_WEBSITE_ID={}", sandbox.website_id());
    }
    tokio::signal::ctrl_c().await.map_err(CliError::io)?;
    eprintln!("crisp sandbox: stopped");
    Ok(())
}
