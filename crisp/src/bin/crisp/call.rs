//! `crisp call`, `crisp raw` and `crisp methods`.

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::{Value, json};

use crate::config::Connection;
use crate::error::CliError;
use crate::methods::{self, Args, Kind, Output};
use crate::target::Target;

/// `crisp call METHOD [ARGS…]`.
#[derive(Debug, clap::Args)]
pub(crate) struct CallArgs {
    /// The method: its Rust name (`get_conversation`), node name (`getConversation`) or
    /// `service.name`.
    method: String,
    /// `name=value` arguments (a value that reads as JSON is JSON, else a string), and at
    /// most one JSON body alone: `'{…}'`, `@file.json`, or `-` for stdin.
    args: Vec<String>,
    /// Walks every page from `page_number` on, printing one item per line (progress on
    /// stderr).
    #[arg(long)]
    all: bool,
    /// With `--all`, stops after this many pages.
    #[arg(long, value_name = "N", requires = "all")]
    max_pages: Option<u32>,
    /// Prints the JSON on one line.
    #[arg(long)]
    compact: bool,
}

/// Reads a body argument: `@file`, `-` (stdin) or the JSON itself.
pub(crate) fn read_body(arg: &str) -> Result<Value, CliError> {
    let text = if arg == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(16 * 1024 * 1024)
            .read_to_string(&mut text)
            .map_err(CliError::io)?;
        text
    } else if let Some(path) = arg.strip_prefix('@') {
        std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("body file {path}: {e}")))?
    } else {
        arg.to_owned()
    };
    serde_json::from_str(&text).map_err(|e| CliError::usage(format!("the body is not JSON: {e}")))
}

/// Splits `name=value` arguments from the one body.
fn split(args: &[String]) -> Result<(BTreeMap<String, String>, Option<Value>), CliError> {
    let mut named = BTreeMap::new();
    let mut body = None;
    for arg in args {
        let is_body =
            arg == "-" || arg.starts_with('@') || arg.starts_with('{') || arg.starts_with('[');
        if is_body {
            if body.is_some() {
                return Err(CliError::usage("give at most one JSON body"));
            }
            body = Some(read_body(arg)?);
            continue;
        }
        let Some((name, value)) = arg.split_once('=') else {
            return Err(CliError::usage(format!(
                "argument {arg:?}: expected name=value, or a JSON body"
            )));
        };
        if named.insert(name.to_owned(), value.to_owned()).is_some() {
            return Err(CliError::usage(format!("argument `{name}` given twice")));
        }
    }
    Ok((named, body))
}

fn print(value: &Value, compact: bool) -> Result<(), CliError> {
    let text = if compact {
        serde_json::to_string(value)
    } else {
        serde_json::to_string_pretty(value)
    }
    .map_err(|e| CliError::internal(e.to_string()))?;
    println!("{text}");
    Ok(())
}

/// `crisp call`.
pub(crate) async fn call(connection: &Connection, args: CallArgs) -> Result<(), CliError> {
    let method = methods::find(&args.method)?;
    let (named, body) = split(&args.args)?;
    let target = Target::connect(connection).await?;
    let mut call_args = Args::new(method, named, body);
    if let Some(website_id) = &target.resolved.website_id {
        call_args.fallback("website_id", website_id);
    }
    if args.all && !method.paged {
        return Err(CliError::usage(format!(
            "{}: --all walks paged lists; this method answers no page",
            method.name
        )));
    }
    call_args.all = args.all;
    call_args.max_pages = args.max_pages;
    match (method.run)(target.client.clone(), call_args).await? {
        Output::Value(value) => print(&value, args.compact),
        Output::Streamed => Ok(()),
    }
}

/// `crisp raw VERB PATH [BODY]`.
#[derive(Debug, clap::Args)]
pub(crate) struct RawArgs {
    /// GET, HEAD, POST, PUT, PATCH or DELETE.
    verb: String,
    /// The path after the base URL (`/website/…`; a leading `/v1` is dropped), with an
    /// optional `?query`.
    path: String,
    /// The JSON body: the JSON itself, `@file.json` or `-` for stdin.
    body: Option<String>,
    /// Prints the JSON on one line.
    #[arg(long)]
    compact: bool,
}

/// `crisp raw`.
pub(crate) async fn raw(connection: &Connection, args: RawArgs) -> Result<(), CliError> {
    let verb = args.verb.to_ascii_uppercase();
    let method = http::Method::from_bytes(verb.as_bytes())
        .ok()
        .filter(|m| {
            matches!(
                m.as_str(),
                "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"
            )
        })
        .ok_or_else(|| {
            CliError::usage(format!(
                "verb {:?}: expected GET, HEAD, POST, PUT, PATCH or DELETE",
                args.verb
            ))
        })?;
    let body = args.body.as_deref().map(read_body).transpose()?;
    let (path, query) = match args.path.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (args.path.as_str(), None),
    };
    let path = path.strip_prefix("/v1").unwrap_or(path);
    if !path.starts_with('/') || path.contains(['{', '}']) {
        return Err(CliError::usage(format!(
            "path {path:?}: expected an absolute path with the ids filled in (`/website/…`)"
        )));
    }
    let target = Target::connect(connection).await?;
    // The route of a raw request is `&'static str`: one per process.
    let route: &'static str = Box::leak(path.to_owned().into_boxed_str());
    let mut request = target.client.raw(method.clone(), route);
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        request = request.query(name, value);
    }
    if let Some(body) = &body {
        request = request.json(body);
    }
    let value = if method == http::Method::HEAD {
        Value::Bool(request.exists().await?)
    } else {
        request.data::<Value>().await?
    };
    print(&value, args.compact)
}

/// `crisp methods [FILTER]`.
#[derive(Debug, clap::Args)]
pub(crate) struct MethodsArgs {
    /// Only methods whose Rust name, node name, label, route or service contains this.
    filter: Option<String>,
    /// Prints a JSON array instead.
    #[arg(long)]
    json: bool,
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Required => "required",
        Kind::Optional => "optional",
        Kind::Body => "body",
        Kind::Page => "page",
        Kind::Options => "options",
    }
}

/// `crisp methods`.
pub(crate) fn methods(args: &MethodsArgs) -> Result<(), CliError> {
    let filter = args.filter.as_deref().map(str::to_lowercase);
    let chosen: Vec<_> = methods::all()
        .filter(|m| {
            filter.as_deref().is_none_or(|f| {
                [m.name, m.node, m.label, m.path, m.service]
                    .iter()
                    .any(|field| field.to_lowercase().contains(f))
            })
        })
        .collect();
    if args.json {
        let list: Vec<Value> = chosen
            .iter()
            .map(|m| {
                json!({
                    "service": m.service,
                    "name": m.name,
                    "node": m.node,
                    "label": m.label,
                    "tiers": m.tiers,
                    "verb": m.verb,
                    "path": m.path,
                    "paged": m.paged,
                    "args": m.args.iter().map(|a| json!({
                        "name": a.name,
                        "type": a.ty,
                        "kind": kind_name(a.kind),
                        "options": crate::options::names(a.ty),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        return print(&Value::Array(list), false);
    }
    for m in &chosen {
        println!(
            "{} ({}) — {} {} — tiers: {}{}",
            m.name,
            m.node,
            m.verb,
            m.path,
            m.tiers,
            if m.paged { " — paged (--all)" } else { "" }
        );
        for a in m.args {
            match a.kind {
                Kind::Options => println!(
                    "    [{}]  ({}: {})",
                    crate::options::names(a.ty).join("= ") + "=",
                    a.name,
                    a.ty
                ),
                Kind::Body => println!("    {}=JSON | JSON alone  ({})", a.name, a.ty),
                Kind::Page => println!("    [{}=N]  (default 1)", a.name),
                Kind::Optional => println!("    [{}=…]  ({})", a.name, a.ty),
                Kind::Required => println!("    {}=…  ({})", a.name, a.ty),
            }
        }
    }
    eprintln!("{} of {} methods", chosen.len(), methods::all().count());
    Ok(())
}
