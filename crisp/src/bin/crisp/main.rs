//! `crisp`: the Crisp API from the command line. Every REST method (`crisp call`), the
//! escape hatch (`crisp raw`), realtime events (`crisp events tail`), web hooks forwarded
//! from realtime (`crisp listen`), the sandbox as a server (`crisp sandbox`) and events
//! made on demand there (`crisp trigger`), web-hook signatures (`crisp webhook`).
//!
//! Built with the facade's feature `cli`: `cargo install --path crisp --features cli`, or
//! `cargo run -p crisp-api --features cli -- …`. See the README's "Command line".

mod call;
mod config;
mod error;
mod events;
mod forward;
mod methods;
mod options;
mod progress;
mod sandbox;
mod target;
mod trigger;
mod webhook;

use clap::{Parser, Subcommand};

use crate::config::Connection;
use crate::error::CliError;

/// The Crisp API from the command line.
#[derive(Debug, Parser)]
#[command(name = "crisp", version, about = "The Crisp API from the command line: every REST method, realtime events, web hooks and a local sandbox.", long_about = None, after_help = "Credentials: `crisp config` tells where they come from.")]
struct Cli {
    #[command(flatten)]
    connection: Connection,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the embedded sandbox as a server until Ctrl-C.
    Sandbox(sandbox::SandboxArgs),
    /// Calls a REST method by its Rust or node name: `crisp call get_conversation session_id=…`.
    Call(call::CallArgs),
    /// Sends any request: `crisp raw GET /website/{id}/conversations/1`.
    Raw(call::RawArgs),
    /// Lists the REST methods, their arguments and tiers.
    Methods(call::MethodsArgs),
    /// Realtime events.
    Events {
        #[command(subcommand)]
        command: events::EventsCommand,
    },
    /// Re-sends realtime events to a local URL as signed web hooks.
    Listen(forward::ListenArgs),
    /// Makes the sandbox emit an event (over realtime and to its web hooks).
    Trigger(trigger::TriggerArgs),
    /// Signs or verifies a web-hook delivery.
    Webhook {
        #[command(subcommand)]
        command: webhook::WebhookCommand,
    },
    /// Where the credentials come from, and which are set (the key is never shown).
    Config,
}

fn init_logging(default: &str) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("CRISP_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

async fn run(cli: Cli) -> Result<(), CliError> {
    let connection = cli.connection;
    match cli.command {
        Command::Sandbox(args) => {
            init_logging("warn,crisp_sandbox=debug");
            sandbox::run(args).await
        }
        Command::Call(args) => {
            init_logging("warn");
            call::call(&connection, args).await
        }
        Command::Raw(args) => {
            init_logging("warn");
            call::raw(&connection, args).await
        }
        Command::Methods(args) => call::methods(&args),
        Command::Events { command } => {
            init_logging("warn");
            events::run(&connection, command).await
        }
        Command::Listen(args) => {
            init_logging("warn");
            forward::run(&connection, args).await
        }
        Command::Trigger(args) => {
            init_logging("warn");
            trigger::run(&connection, args).await
        }
        Command::Webhook { command } => webhook::run(command),
        Command::Config => target::describe(&connection),
    }
}

fn main() {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("crisp: cannot start the runtime: {e}");
            std::process::exit(3);
        }
    };
    let result = runtime.block_on(run(cli));
    // Leave background tasks (sockets, sandbox) behind without waiting for them.
    runtime.shutdown_background();
    if let Err(error) = result {
        eprintln!("crisp: {error}");
        std::process::exit(error.code());
    }
}
