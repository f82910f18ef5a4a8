//! Benchmark: realtime events end to end over loopback. A fast local server (this binary
//! with `serve`, in a child process) authenticates the client, then pushes `message:send`
//! events of ~1 KB as fast as it can over one connection; the client counts them through
//! `RtmClient`, i.e. WebSocket read, Engine.IO / Socket.IO decode, typed event, channel,
//! `Stream`.
//!
//! ```text
//! cargo bench -p crisp-rtm --bench end_to_end
//! E2E_EVENTS=500000 cargo bench -p crisp-rtm --bench end_to_end
//! ```
//!
//! Prints events/s, CPU µs per event (user + system of the client process, from
//! `/proc/self/stat`) and the client's peak RSS (`VmHWM`), then one `result …` line for
//! scripts.
//!
//! Knobs (environment):
//! - `E2E_URL`: connect to that socket.io server instead of starting the fast one (the
//!   side-by-side run against the node client, `benches/node/side_by_side.sh`, starts a
//!   real socket.io 4 server and points both clients at it);
//! - `E2E_RUNTIME`: `current` (the default, one core), `multi` (tokio's multi-thread
//!   runtime, as `#[tokio::main]` builds it, the stream read in `block_on`'s own future, as
//!   `main` does) or `multi-spawn` (the same runtime, the stream read in a spawned task);
//! - `E2E_READ_BUFFER`: [`RtmConfig::read_buffer_size`] in bytes.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crisp_core::Credentials;
use crisp_rtm::{RtmClient, RtmConfig};
use crisp_types::event::EventName;
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

fn frame() -> String {
    let text = "Hello! I ordered the blue jacket last week (order A-1042) and it still has not shipped. \
                Could you check the status and tell me when it will leave the warehouse? \
                I would also like to change the delivery address to my office if that is still possible. Thanks!";
    format!(
        r#"42["message:send",{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","inbox_id":null,"type":"text","from":"user","origin":"chat","content":"{text}","mentions":[],"stamped":true,"timestamp":1700000000000,"fingerprint":170000000012345,"user":{{"user_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","nickname":"Jane Doe","avatar":"https://avatars.example.com/u/9f2c1b7e-5a4d-4c3b-8e2f-1a0b9c8d7e6f.png"}},"routing_ids":["c7a1e5d2-3b4f-4a6e-8d9c-0f1e2d3c4b5a"],"preview":[{{"url":"https://shop.example.com/orders/A-1042","website":"shop.example.com","title":"Order A-1042 - Example Shop","stamped":true}}],"read":"chat","delivered":"chat"}}]"#
    )
}

pub(crate) fn main() {
    let events: u64 = std::env::var("E2E_EVENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300_000);
    if std::env::args().nth(1).as_deref() == Some("serve") {
        serve(events);
        return;
    }
    let (mut server, url) = match std::env::var("E2E_URL") {
        Ok(url) => (None, url),
        Err(_) => {
            let exe = std::env::current_exe().expect("exe");
            let mut server = Command::new(exe)
                .arg("serve")
                .stdout(Stdio::piped())
                .spawn()
                .expect("server");
            let mut port = String::new();
            BufReader::new(server.stdout.take().expect("stdout"))
                .read_line(&mut port)
                .expect("port");
            (Some(server), format!("http://127.0.0.1:{}", port.trim()))
        }
    };
    let runtime_kind = std::env::var("E2E_RUNTIME").unwrap_or_default();
    let multi = runtime_kind.starts_with("multi");
    // `multi-spawn`: the stream is read in a spawned task, not in `block_on`'s own future.
    let spawned = runtime_kind == "multi-spawn";
    let runtime = if multi {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    }
    .enable_all()
    .build()
    .expect("runtime");
    let read_buffer = std::env::var("E2E_READ_BUFFER")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(crisp_rtm::DEFAULT_READ_BUFFER_SIZE);
    let run = async move {
        let config = RtmConfig::new(Credentials::plugin("bench", "bench"))
            .url(url)
            .events([EventName::MessageSend])
            .read_buffer_size(read_buffer);
        let mut client = RtmClient::connect(config);
        // The first event starts the clock.
        client.next().await.expect("open").expect("event");
        let (started, cpu_before) = (Instant::now(), cpu_time());
        for _ in 1..events {
            let event = client.next().await.expect("open").expect("event");
            std::hint::black_box(event);
        }
        (started.elapsed(), cpu_time() - cpu_before)
    };
    let (elapsed, cpu) = if spawned {
        runtime.block_on(async { tokio::spawn(run).await.expect("reader task") })
    } else {
        runtime.block_on(run)
    };
    let counted = (events - 1) as f64;
    let rate = counted / elapsed.as_secs_f64();
    let cpu_us = cpu.as_secs_f64() * 1e6 / counted;
    let rss_mb = peak_rss_kb() as f64 / 1024.0;
    println!(
        "{} message:send events of ~{} bytes over one loopback connection, client on {} runtime, read buffer {} B:",
        events,
        frame().len(),
        match (multi, spawned) {
            (false, _) => "a current-thread",
            (true, false) => "a multi-thread",
            (true, true) => "a multi-thread (stream read in a spawned task)",
        },
        read_buffer
    );
    println!("  {rate:.0} events/s");
    println!("  {cpu_us:.2} us CPU per event (client process)");
    println!("  peak RSS {rss_mb:.1} MB");
    println!("result events_per_s={rate:.0} cpu_us={cpu_us:.2} rss_mb={rss_mb:.1}");
    if let Some(server) = server.as_mut() {
        let _ = server.kill();
        let _ = server.wait();
    }
}

/// User + system CPU time of this process (Linux, 10 ms ticks).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// Peak resident set size of this process, in kB (`VmHWM`).
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
        .unwrap_or(0)
}

/// The fast server: handshake, `authenticated`, then `events` frames back to back.
fn serve(events: u64) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        println!("{}", listener.local_addr().expect("addr").port());
        let (stream, _) = listener.accept().await.expect("accept");
        let _ = stream.set_nodelay(true);
        let mut socket = tokio_tungstenite::accept_async(stream).await.expect("websocket");
        let open = r#"0{"sid":"bench","upgrades":[],"pingInterval":60000,"pingTimeout":60000,"maxPayload":1000000}"#;
        socket.send(Message::text(open)).await.expect("open");
        let frame = frame();
        while let Some(Ok(message)) = socket.next().await {
            let Message::Text(text) = message else { continue };
            if text.as_str() == "40" {
                socket.send(Message::text(r#"40{"sid":"bench"}"#)).await.expect("connect");
            } else if text.as_str().starts_with(r#"42["authentication""#) {
                socket.send(Message::text(r#"42["authenticated",true]"#)).await.expect("auth");
                for _ in 0..events {
                    // `feed` batches writes; the sink flushes as its buffer fills.
                    socket.feed(Message::text(frame.clone())).await.expect("event");
                }
                socket.flush().await.expect("flush");
            }
        }
    });
}
