//! Checks a captured web-hook delivery from the command line.
//!
//! ```text
//! cargo run --example verify_webhook -- --secret S --timestamp T --signature SIG < body.json
//! ```
//!
//! Prints one JSON line and exits 0 when the delivery is authentic and well-formed:
//! `{"ok":true,"event":"message:send","typed":true,"website_id":"…"}` (`typed` is false
//! when the event name is not one this library knows). Otherwise prints
//! `{"ok":false,"error":"…","code":"…"}` and exits 1; bad usage exits 2.
//!
//! A captured delivery is usually older than the replay window, so the timestamp is not
//! checked against the clock unless `--tolerance SECONDS` is given.

use std::io::Read;
use std::process::ExitCode;
use std::time::Duration;

use crisp::webhook::Verifier;
use serde_json::json;

/// Parsed command line.
#[derive(Debug, Default, PartialEq)]
struct Args {
    secrets: Vec<String>,
    timestamp: String,
    signature: String,
    tolerance: Option<Duration>,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args::default();
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--secret" => parsed.secrets.push(value()?),
            "--timestamp" => parsed.timestamp = value()?,
            "--signature" => parsed.signature = value()?,
            "--tolerance" => {
                let seconds: u64 = value()?
                    .parse()
                    .map_err(|_| "--tolerance takes whole seconds".to_owned())?;
                parsed.tolerance = Some(Duration::from_secs(seconds));
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if parsed.secrets.is_empty() || parsed.timestamp.is_empty() || parsed.signature.is_empty() {
        return Err("usage: verify_webhook --secret S [--secret S2] --timestamp T --signature SIG [--tolerance SECONDS] < body.json".to_owned());
    }
    Ok(parsed)
}

/// The JSON line and exit status for a delivery.
fn check(args: &Args, body: &[u8]) -> (serde_json::Value, u8) {
    let verifier = Verifier::with_secrets(&args.secrets).tolerance(args.tolerance);
    match verifier.verify_and_parse(&args.timestamp, &args.signature, body) {
        Ok(webhook) => (
            json!({
                "ok": true,
                "event": webhook.event.name(),
                "typed": webhook.event.is_typed(),
                "website_id": webhook.website_id.as_ref().map(|id| id.as_str()),
                "session_id": webhook.event.session_id(),
                "timestamp": webhook.timestamp,
            }),
            0,
        ),
        Err(error) => (
            json!({"ok": false, "error": error.to_string(), "code": error.code()}),
            1,
        ),
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let mut body = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut body) {
        eprintln!("cannot read the body from standard input: {e}");
        return ExitCode::from(2);
    }
    let (line, status) = check(&args, &body);
    println!("{line}");
    ExitCode::from(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = br#"{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"message:send","data":{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_1","type":"text","from":"user","origin":"chat","content":"Hello","fingerprint":1,"timestamp":1506985696616},"timestamp":1506985696616}"#;

    fn args(signature: String) -> Args {
        parse_args(
            [
                "--secret",
                "s3cret",
                "--timestamp",
                "1506985696616",
                "--signature",
                &signature,
            ]
            .map(str::to_owned),
        )
        .unwrap()
    }

    #[test]
    fn authentic_delivery_prints_ok_and_typed() {
        let signature = crisp::webhook::sign("s3cret", "1506985696616", BODY);
        let (line, status) = check(&args(signature), BODY);
        assert_eq!(status, 0);
        assert_eq!(line["ok"], true);
        assert_eq!(line["event"], "message:send");
        assert_eq!(line["typed"], true);
        assert_eq!(line["website_id"], "42286ab3-b29a-4fde-8538-da0ae501d825");
        assert_eq!(line["session_id"], "session_1");
    }

    #[test]
    fn unknown_event_is_ok_but_untyped() {
        let body = br#"{"website_id":"w","event":"future:event","data":{"a":1},"timestamp":1}"#;
        let signature = crisp::webhook::sign("s3cret", "1506985696616", body);
        let (line, status) = check(&args(signature), body);
        assert_eq!((status, line["typed"].clone()), (0, json!(false)));
    }

    #[test]
    fn forged_delivery_prints_the_error_and_exits_1() {
        let signature = crisp::webhook::sign("wrong", "1506985696616", BODY);
        let (line, status) = check(&args(signature.clone()), BODY);
        assert_eq!(status, 1);
        assert_eq!(line["ok"], false);
        assert_eq!(line["code"], "signature_mismatch");
        assert!(
            !line
                .to_string()
                .contains(&crisp::webhook::sign("s3cret", "1506985696616", BODY))
        );
    }

    #[test]
    fn usage_errors() {
        assert!(parse_args(["--secret".to_owned()]).is_err());
        assert!(parse_args(["--bogus".to_owned(), "x".to_owned()]).is_err());
        assert!(parse_args(Vec::new()).is_err());
        let parsed = parse_args(
            [
                "--secret",
                "a",
                "--secret",
                "b",
                "--timestamp",
                "1",
                "--signature",
                "f",
                "--tolerance",
                "60",
            ]
            .map(str::to_owned),
        )
        .unwrap();
        assert_eq!(parsed.secrets, ["a", "b"]);
        assert_eq!(parsed.tolerance, Some(Duration::from_secs(60)));
    }
}
