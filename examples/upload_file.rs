//! Sends a file in a conversation in one call: against the embedded sandbox without
//! credentials (it uploads a 256 KB file and checks it is served back), or against Crisp.
//!
//! ```text
//! cargo run --example upload_file
//! ```
//!
//! Crisp's upload takes four steps across its two APIs: ask for a bucket URL over REST,
//! receive the signed URL over the realtime socket (`bucket:url:upload:generated`, with the
//! request's id), PUT the whole file there, then send a `file` message with the file's
//! public URL. `Uploader::upload` does all four, with timeouts, a size limit and an error
//! naming the step that failed; the signed URL (a credential) is never printed.
//!
//! With `CRISP_IDENTIFIER`, `CRISP_KEY`, `CRISP_WEBSITE_ID`, `CRISP_SESSION_ID` and
//! `CRISP_FILE` (a path) it sends that file in that conversation on Crisp instead.
//! Optional: `CRISP_FILE_TYPE` (the MIME type, else guessed from the extension),
//! `CRISP_TIER` (`plugin`, the default, `website` or `user`) and `CRISP_BASE_URL`.

use std::process::ExitCode;
use std::time::Duration;

use crisp::core::reexports::{Bytes, http};
use crisp::rest::website::conversation::MessagesQuery;
use crisp::rtm::upload::{File, Uploader};
use crisp::rtm::{RtmClient, RtmConfig};
use crisp::sandbox::Sandbox;
use crisp::types::website::conversation::MessageContent;
use crisp::types::{SessionId, WebsiteId};
use crisp::{Client, Credentials, Tier};

type Failure = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> ExitCode {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let result = match (var("CRISP_IDENTIFIER"), var("CRISP_KEY")) {
        (None, None) => match tokio::time::timeout(Duration::from_secs(30), offline()).await {
            Ok(result) => result,
            Err(_) => Err("no answer within 30 s".into()),
        },
        (Some(identifier), Some(key)) => live(identifier, key, var).await,
        _ => Err("set both CRISP_IDENTIFIER and CRISP_KEY, or neither".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("upload_file: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Uploads a generated file to a new conversation of the sandbox, then reads it back.
async fn offline() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!(
        "upload_file: no CRISP_IDENTIFIER / CRISP_KEY set, running against the embedded sandbox at {}",
        sandbox.base_url()
    );
    let rest = Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .build()?;
    let rtm = RtmClient::connect(
        RtmConfig::new(sandbox.credentials())
            .rest_base_url(sandbox.base_url())
            .events(crisp::rtm::upload::EVENTS),
    );
    tokio::time::timeout(Duration::from_secs(10), rtm.ready()).await??;
    let website = sandbox.website_id();
    let session = rest
        .website()
        .create_new_conversation(&website)
        .await?
        .session_id;

    let bytes: Vec<u8> = (0..256 * 1024u32).map(|i| (i % 253) as u8).collect();
    let file = File::new("measurements.csv", "text/csv", bytes);
    let sent = send(&rest, &rtm, &website, &session, &file).await?;

    // The file is served at its resource URL, byte for byte.
    let request = http_get(&sent)?;
    let served = rest.transport().send(request).await?;
    if served.status() != 200 || served.body() != &file.bytes {
        return Err(format!(
            "the resource URL answered {} with {} bytes, expected the {} bytes uploaded",
            served.status(),
            served.body().len(),
            file.size()
        )
        .into());
    }
    println!("fetched it back: {} bytes, identical", served.body().len());

    // The conversation shows it.
    let messages = rest
        .website()
        .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
        .await?;
    let shown = messages.iter().any(|m| {
        matches!(&m.content, MessageContent::File(content) if content.url.as_deref() == Some(sent.as_str()))
    });
    if !shown {
        return Err("the file message is not in the conversation".into());
    }
    println!("the conversation shows the file message");
    Ok(())
}

/// The one call; prints what it did.
async fn send(
    rest: &Client,
    rtm: &RtmClient,
    website: &WebsiteId,
    session: &SessionId,
    file: &File,
) -> Result<String, Failure> {
    let uploader = Uploader::new(rest.clone(), rtm.handle());
    let uploaded = uploader.upload(website, session, file).await?;
    println!(
        "uploaded {} ({}, {} bytes) and sent it in {session} as message {}",
        file.name,
        file.mime,
        file.size(),
        uploaded
            .fingerprint
            .map_or_else(|| "(no fingerprint)".to_owned(), |f| f.to_string())
    );
    println!("  resource URL: {}", uploaded.resource_url);
    Ok(uploaded.resource_url)
}

/// A plain GET of `url` (the resource URL is public: no credentials).
fn http_get(url: &str) -> Result<http::Request<Bytes>, Failure> {
    Ok(http::Request::get(url).body(Bytes::new())?)
}

/// The same upload on Crisp.
async fn live(
    identifier: String,
    key: String,
    var: impl Fn(&str) -> Option<String>,
) -> Result<(), Failure> {
    let (Some(website), Some(session), Some(path)) = (
        var("CRISP_WEBSITE_ID"),
        var("CRISP_SESSION_ID"),
        var("CRISP_FILE"),
    ) else {
        return Err(
            "set CRISP_WEBSITE_ID, CRISP_SESSION_ID and CRISP_FILE (the file to send)".into(),
        );
    };
    let tier: Tier = var("CRISP_TIER").as_deref().unwrap_or("plugin").parse()?;
    let credentials = Credentials::new(tier, identifier, key);
    let mut builder = Client::builder().credentials(credentials.clone());
    let mut config = RtmConfig::new(credentials).events(crisp::rtm::upload::EVENTS);
    if let Some(base_url) = var("CRISP_BASE_URL") {
        builder = builder.base_url(base_url.clone());
        config = config.rest_base_url(base_url);
    }
    let rest = builder.build()?;
    let rtm = RtmClient::connect(config.rest_client(rest.clone()));
    tokio::time::timeout(Duration::from_secs(20), rtm.ready()).await??;
    let bytes = std::fs::read(&path)?;
    let name = std::path::Path::new(&path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file")
        .to_owned();
    let mime = var("CRISP_FILE_TYPE").unwrap_or_else(|| guess_mime(&name).to_owned());
    let file = File::new(name, mime, bytes);
    send(
        &rest,
        &rtm,
        &WebsiteId::new(website),
        &SessionId::new(session),
        &file,
    )
    .await?;
    Ok(())
}

/// A MIME type from a file name's extension (a few common ones).
fn guess_mime(name: &str) -> &'static str {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match extension.as_deref() {
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("txt") => "text/plain",
        Some("csv") => "text/csv",
        Some("json") => "application/json",
        Some("zip") => "application/zip",
        _ => "application/octet-stream",
    }
}
