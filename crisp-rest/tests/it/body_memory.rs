//! Memory stays bounded under an endless response body with the default 32 MiB limit, on
//! both backends (issue 11: an endless chunked body buffered ≈ 1.5 GiB per attempt). It runs
//! alone in a child process of the test binary ([`support::alone`]), so the process's peak
//! RSS is this test's, not that of the other tests of the binary. Linux only (`/proc`).
#![cfg(target_os = "linux")]

use crate::support;

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Peak and current resident set size of this process, in bytes.
fn rss() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| {
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// A server answering every request with an endless chunked body of 64 KiB chunks.
async fn endless_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let uri = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut reader = BufReader::new(read);
                // A GET has no body: read up to the blank line.
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                if write.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = format!("10000\r\n{}\r\n", "7".repeat(0x10000));
                while write.write_all(chunk.as_bytes()).await.is_ok() {}
            });
        }
    });
    uri
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_body_holds_memory_near_the_default_limit() {
    if !support::alone("body_memory::an_endless_body_holds_memory_near_the_default_limit") {
        return;
    }
    let uri = endless_server().await;
    let (_, before) = rss();
    let uri = &uri;
    support::for_each_backend(|backend, transport| async move {
        let client = crisp_rest::Client::builder()
            .anonymous()
            .base_url(format!("{uri}/v1/"))
            .transport(transport)
            // Only the limit may end the read.
            .timeout(Duration::from_secs(120))
            .build()
            .unwrap();
        let error = client
            .raw(http::Method::GET, "/endless")
            .data::<serde_json::Value>()
            .await
            .unwrap_err();
        assert!(
            matches!(
                error.kind(),
                crisp_rest::ErrorKind::ResponseTooLarge {
                    limit: 33_554_432,
                    ..
                }
            ),
            "{backend}: {error:?}"
        );
        let (peak, _) = rss();
        let grown = peak.saturating_sub(before);
        println!(
            "after {backend}: peak RSS so far grew by {} MiB",
            grown >> 20
        );
        // 32 MiB of body in a buffer that doubles (at most 64 MiB of capacity), plus the
        // runtime's and the backend's buffers. Unbounded, it would be gigabytes.
        assert!(
            grown < 192 << 20,
            "{backend}: peak RSS grew by {} MiB",
            grown >> 20
        );
    })
    .await;
}
