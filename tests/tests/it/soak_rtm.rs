//! A bounded soak of the realtime client against the sandbox: random socket drops, flaps,
//! cut connections, garbage and invalid frames, oversized messages, slow frames and a
//! rate-limited or slow endpoint discovery. After every fault both clients are `Active`
//! again and still receive events; nothing panics, memory and tasks stay bounded.
//!
//! Two clients run side by side: one discovers the endpoint through the sandbox's REST API
//! (so REST faults hit its discovery), the other connects through a WebSocket-aware TCP
//! proxy that can inject frames, delay them, or cut the connection (faults the sandbox
//! itself does not offer).
//!
//! `CRISP_SOAK_SECS=N` keeps drawing random faults for N seconds (the number of rounds
//! done is printed); unset, a fixed round of every fault kind, twice, runs in seconds.
//! `CRISP_SOAK_SEED` replays a run (the seed is printed).
//!
//! It runs alone in a child process of the test binary ([`support::alone`]): the bound on
//! the resident memory is the process's, which the other tests of the binary would move.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crisp::rtm::{ConnectionState, RtmClient, RtmConfig, RtmError, RtmHandle};
use crisp::sandbox::Sandbox;
use crisp::types::SessionId;
use crisp::types::event::{Event, EventName};
use crisp_tests::sandbox::{PATIENCE, rtm_config};
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::broadcast;
use tokio::time::timeout;

use crate::support;

/// The fault kinds, drawn in order for the first rounds, at random after.
const KINDS: usize = 9;

/// How much the resident memory may grow over the soak (after a warm-up round).
const RSS_GROWTH_LIMIT_KB: u64 = 96 * 1024;

/// Tasks that may outlive the clients for a while (pooled connections closing).
const TASK_SLACK: usize = 4;

/// What the proxy does to the server-to-client direction.
#[derive(Clone, Debug)]
enum Inject {
    /// A text frame with this payload.
    Text(String),
    /// A frame with a reserved opcode: a WebSocket protocol error.
    Invalid,
    /// Cut the TCP connection, without a WebSocket close.
    Cut,
}

/// A TCP proxy in front of the sandbox that understands WebSocket framing of the
/// server-to-client direction (unmasked frames), so that it can inject whole frames
/// between the server's.
#[derive(Clone)]
struct Proxy {
    address: std::net::SocketAddr,
    inject: broadcast::Sender<Inject>,
    /// Delay before each server frame is forwarded, in milliseconds.
    delay_ms: Arc<AtomicU64>,
    open: Arc<AtomicUsize>,
    stopped: Arc<AtomicBool>,
}

impl Proxy {
    async fn start(upstream: std::net::SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let (inject, _) = broadcast::channel(256);
        let proxy = Proxy {
            address: listener.local_addr().expect("address"),
            inject,
            delay_ms: Arc::new(AtomicU64::new(0)),
            open: Arc::new(AtomicUsize::new(0)),
            stopped: Arc::new(AtomicBool::new(false)),
        };
        let accept = proxy.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                if accept.stopped.load(Ordering::SeqCst) {
                    break;
                }
                let connection = accept.clone();
                tokio::spawn(async move { connection.pipe(client, upstream).await });
            }
        });
        proxy
    }

    /// Stops accepting (after the next connection attempt) and cuts every connection.
    fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        self.send(Inject::Cut);
        // Wake the accept loop so that it sees `stopped` and ends.
        let address = self.address;
        tokio::spawn(async move {
            let _ = TcpStream::connect(address).await;
        });
    }

    fn send(&self, inject: Inject) {
        let _ = self.inject.send(inject);
    }

    async fn pipe(self, client: TcpStream, upstream: std::net::SocketAddr) {
        let Ok(server) = TcpStream::connect(upstream).await else {
            return;
        };
        self.open.fetch_add(1, Ordering::SeqCst);
        let (mut client_read, client_write) = client.into_split();
        let (server_read, mut server_write) = server.into_split();
        let up = tokio::spawn(async move {
            let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
        });
        let injects = self.inject.subscribe();
        self.down(server_read, client_write, injects).await;
        up.abort();
        let _ = up.await;
        self.open.fetch_sub(1, Ordering::SeqCst);
    }

    /// Server to client: the HTTP answer as is, then frame by frame, with injections in
    /// between. Returns (dropping both halves) on a cut or when either side is gone.
    async fn down(
        &self,
        mut server: OwnedReadHalf,
        mut client: OwnedWriteHalf,
        mut injects: broadcast::Receiver<Inject>,
    ) {
        let mut buffer: Vec<u8> = Vec::with_capacity(8192);
        let mut chunk = vec![0u8; 16 * 1024];
        let mut upgraded = false;
        // Inside a fragmented message no other data frame may go.
        let mut in_message = false;
        loop {
            tokio::select! {
                read = server.read(&mut chunk) => {
                    let n = match read {
                        Ok(0) | Err(_) => return,
                        Ok(n) => n,
                    };
                    buffer.extend_from_slice(&chunk[..n]);
                    if !upgraded {
                        let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else {
                            continue;
                        };
                        let head: Vec<u8> = buffer.drain(..end + 4).collect();
                        if client.write_all(&head).await.is_err() {
                            return;
                        }
                        upgraded = true;
                    }
                    while let Some(length) = frame_length(&buffer) {
                        let frame: Vec<u8> = buffer.drain(..length).collect();
                        let opcode = frame[0] & 0x0f;
                        if opcode < 8 {
                            in_message = frame[0] & 0x80 == 0;
                        }
                        let delay = self.delay_ms.load(Ordering::SeqCst);
                        if delay > 0 {
                            tokio::time::sleep(Duration::from_millis(delay)).await;
                        }
                        if client.write_all(&frame).await.is_err() {
                            return;
                        }
                    }
                }
                inject = injects.recv() => match inject {
                    Ok(Inject::Cut) | Err(broadcast::error::RecvError::Closed) => return,
                    Ok(_) if !upgraded || in_message => {}
                    Ok(Inject::Text(text)) => {
                        if client.write_all(&text_frame(text.as_bytes())).await.is_err() {
                            return;
                        }
                    }
                    Ok(Inject::Invalid) => {
                        // FIN + reserved opcode 3, no payload.
                        let _ = client.write_all(&[0x83, 0x00]).await;
                    }
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                },
            }
        }
    }
}

/// The length of the complete WebSocket frame at the start of `buffer`, if it is all there.
fn frame_length(buffer: &[u8]) -> Option<usize> {
    let second = *buffer.get(1)?;
    let masked = second & 0x80 != 0;
    let (header, payload) = match second & 0x7f {
        126 => (
            4,
            u64::from(u16::from_be_bytes([*buffer.get(2)?, *buffer.get(3)?])),
        ),
        127 => {
            let bytes: [u8; 8] = buffer.get(2..10)?.try_into().ok()?;
            (10, u64::from_be_bytes(bytes))
        }
        short => (2, u64::from(short)),
    };
    let total = header + if masked { 4 } else { 0 } + usize::try_from(payload).ok()?;
    (buffer.len() >= total).then_some(total)
}

/// An unmasked, final text frame (what a server sends).
fn text_frame(payload: &[u8]) -> Vec<u8> {
    let mut frame = vec![0x81];
    match payload.len() {
        n if n < 126 => frame.push(u8::try_from(n).unwrap_or(0)),
        n if n <= usize::from(u16::MAX) => {
            frame.push(126);
            frame.extend_from_slice(&u16::try_from(n).unwrap_or(0).to_be_bytes());
        }
        n => {
            frame.push(127);
            frame.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    frame.extend_from_slice(payload);
    frame
}

/// A small deterministic generator (xorshift64*), so that a run can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    /// A short garbage text: fragments of the protocol, random printable bytes.
    fn garbage(&mut self) -> String {
        const PIECES: [&str; 12] = [
            "",
            "9",
            "4",
            "42",
            "42[",
            "0{bad",
            "5x",
            "45-[\"x\"]",
            "42[1,2]",
            "42[\"message:send\",{\"type\":\"text\"",
            "\u{0}\u{1}",
            "6x",
        ];
        if self.below(2) == 0 {
            return PIECES[self.below(PIECES.len())].to_owned();
        }
        let length = self.below(64) + 1;
        (0..length)
            .map(|_| char::from(b' ' + u8::try_from(self.below(95)).unwrap_or(0)))
            .collect::<String>()
            // A bare `1` (close) or `41` (disconnect) is a valid packet, not garbage.
            .replace('1', "x")
    }
}

/// What a reader task saw on one client's stream.
#[derive(Default)]
struct Seen {
    texts: Mutex<HashSet<String>>,
    errors: AtomicUsize,
    fatal: Mutex<Option<String>>,
    ended: AtomicBool,
}

/// Reads `client` until its stream ends, recording what came.
fn read(mut client: RtmClient) -> Arc<Seen> {
    let seen = Arc::new(Seen::default());
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Some(item) = client.next().await {
            match item {
                Ok(Event::MessageSend(message)) => {
                    if let Some(text) = message.content.as_text() {
                        record.texts.lock().unwrap().insert(text.to_owned());
                    }
                }
                Ok(_) => {}
                // Reconnections announced on the stream: not reported errors.
                Err(RtmError::Disconnected { .. } | RtmError::Restored { .. }) => {}
                Err(error) if error.is_fatal() => {
                    *record.fatal.lock().unwrap() = Some(error.to_string());
                }
                Err(_) => {
                    record.errors.fetch_add(1, Ordering::SeqCst);
                }
            }
        }
        record.ended.store(true, Ordering::SeqCst);
    });
    seen
}

/// Waits until the client behind `handle` is `Active`.
async fn wait_active(name: &str, handle: &RtmHandle, round: usize) {
    let mut state = handle.watch_state();
    let reached = timeout(PATIENCE, async {
        loop {
            match &*state.borrow_and_update() {
                ConnectionState::Active => return Ok(()),
                ConnectionState::Failed { reason } => return Err(reason.to_string()),
                ConnectionState::Closed => return Err("closed".to_owned()),
                _ => {}
            }
            if state.changed().await.is_err() {
                return Err("the connection task is gone".to_owned());
            }
        }
    })
    .await;
    match reached {
        Ok(Ok(())) => {}
        Ok(Err(reason)) => panic!("round {round}: {name} stopped: {reason}"),
        Err(_) => panic!(
            "round {round}: {name} not back to active; it is {}",
            handle.state()
        ),
    }
}

/// Waits until the sandbox counted at least `count` authentications.
async fn wait_authentications(sandbox: &Sandbox, count: usize, round: usize) {
    timeout(PATIENCE, async {
        while sandbox.rtm_authentications() < count {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap_or_else(|_| {
        panic!(
            "round {round}: {} authentications, waiting for {count}",
            sandbox.rtm_authentications()
        )
    });
}

/// The resident set size of this process, in kB (Linux only).
fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_realtime_client_survives_a_soak_of_faults() {
    if !support::alone("soak_rtm::the_realtime_client_survives_a_soak_of_faults") {
        return;
    }
    let soak_secs: Option<u64> = std::env::var("CRISP_SOAK_SECS")
        .ok()
        .and_then(|value| value.parse().ok());
    let seed: u64 = std::env::var("CRISP_SOAK_SEED")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        })
        | 1;
    println!("soak seed {seed} (CRISP_SOAK_SEED to replay)");
    let mut rng = Rng(seed);

    let sandbox = Sandbox::builder()
        .rtm_heartbeat(Duration::from_millis(500), Duration::from_secs(1))
        .start()
        .await
        .unwrap();
    let faults = sandbox.faults();
    faults.retry_after(Duration::ZERO);
    let proxy = Proxy::start(sandbox.address()).await;
    let metrics = tokio::runtime::Handle::current().metrics();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let tasks_before = metrics.num_alive_tasks();

    let events = [EventName::MessageSend];
    let discovering = RtmClient::connect(rtm_config(&sandbox, events.clone()));
    let proxied_url = sandbox
        .rtm_url()
        .replace(&sandbox.address().to_string(), &proxy.address.to_string());
    let proxied = RtmClient::connect(RtmConfig::url(rtm_config(&sandbox, events), proxied_url));
    let clients = [
        ("discovering", discovering.handle()),
        ("proxied", proxied.handle()),
    ];
    let seen = [read(discovering), read(proxied)];
    for (name, handle) in &clients {
        wait_active(name, handle, 0).await;
    }
    let mut session: Option<SessionId> = None;

    let started = Instant::now();
    let mut rss_baseline = None;
    let mut rss_peak = 0;
    let mut round = 0;
    loop {
        let done = match soak_secs {
            Some(secs) => started.elapsed() >= Duration::from_secs(secs),
            None => round >= 2 * KINDS,
        };
        if done {
            break;
        }
        round += 1;
        let kind = if round <= KINDS {
            round - 1
        } else {
            rng.below(KINDS)
        };
        let before = sandbox.rtm_authentications();
        let proxied_errors = seen[1].errors.load(Ordering::SeqCst);
        // How many new authentications the fault must cause.
        let reconnects = match kind {
            // The sandbox drops every socket.
            0 => {
                faults.drop_rtm_sockets();
                2
            }
            // Flaps: three drops in a row.
            1 => {
                for _ in 0..3 {
                    faults.drop_rtm_sockets();
                    tokio::time::sleep(Duration::from_millis(rng.below(40) as u64)).await;
                }
                2
            }
            // The proxied connection is cut, without a close.
            2 => {
                proxy.send(Inject::Cut);
                1
            }
            // Garbage text frames: reported, the connection stays.
            3 => {
                // The first is always garbage; random ones may happen to be valid packets.
                proxy.send(Inject::Text("9".to_owned()));
                for _ in 0..rng.below(20) {
                    proxy.send(Inject::Text(rng.garbage()));
                }
                0
            }
            // An invalid WebSocket frame: the connection is dropped.
            4 => {
                proxy.send(Inject::Invalid);
                1
            }
            // An oversized message: reported, then a reconnect.
            5 => {
                proxy.send(Inject::Text(format!(
                    "42[\"message:send\",\"{}\"]",
                    "x".repeat(2_000_000)
                )));
                1
            }
            // Slow frames (below the heartbeat timeout), for this round.
            6 => {
                proxy
                    .delay_ms
                    .store(rng.below(300) as u64 + 50, Ordering::SeqCst);
                0
            }
            // Discovery rate-limited or failing, then a drop.
            7 => {
                let status = [429, 420, 503, 502][rng.below(4)];
                faults.fail_next(rng.below(3) + 1, status);
                faults.drop_rtm_sockets();
                2
            }
            // Slow discovery, then a drop.
            _ => {
                faults.slow_next(1, Duration::from_millis(rng.below(800) as u64 + 100));
                faults.drop_rtm_sockets();
                2
            }
        };
        wait_authentications(&sandbox, before + reconnects, round).await;
        for (name, handle) in &clients {
            wait_active(name, handle, round).await;
        }
        faults.clear();
        if kind == 3 {
            timeout(PATIENCE, async {
                while seen[1].errors.load(Ordering::SeqCst) == proxied_errors {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            })
            .await
            .unwrap_or_else(|_| panic!("round {round}: the garbage was not reported"));
        }

        // Both clients still receive events: write until each has seen one of this round
        // (an event sent while a client was still reconnecting is lost, as with Crisp).
        let prefix = format!("round {round} ");
        timeout(PATIENCE, async {
            for attempt in 0.. {
                let mut visitor = sandbox.visitor();
                if let Some(session) = &session {
                    visitor = visitor.session(session);
                }
                session = Some(visitor.say(format!("{prefix}{attempt}")).await.unwrap());
                tokio::time::sleep(Duration::from_millis(200)).await;
                let all = seen.iter().all(|seen| {
                    seen.texts
                        .lock()
                        .unwrap()
                        .iter()
                        .any(|text| text.starts_with(&prefix))
                });
                if all {
                    return;
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("round {round} (fault {kind}): events stopped"));
        proxy.delay_ms.store(0, Ordering::SeqCst);
        for (seen, (name, _)) in seen.iter().zip(&clients) {
            assert!(
                seen.fatal.lock().unwrap().is_none(),
                "round {round}: {name} failed: {:?}",
                seen.fatal.lock().unwrap()
            );
            assert!(!seen.ended.load(Ordering::SeqCst), "{name}: stream ended");
            seen.texts.lock().unwrap().clear();
        }

        if let Some(rss) = rss_kb() {
            rss_peak = rss_peak.max(rss);
            let baseline = *rss_baseline.get_or_insert(rss);
            assert!(
                rss <= baseline + RSS_GROWTH_LIMIT_KB,
                "round {round}: RSS grew from {baseline} kB to {rss} kB"
            );
        }
        // One proxied connection at most (the previous one may still be closing).
        assert!(proxy.open.load(Ordering::SeqCst) <= 2, "round {round}");
        assert!(sandbox.rtm_sockets() <= 3, "round {round}: sockets pile up");
    }
    println!(
        "soak: {round} rounds in {:.1} s, {} authentications, {} errors reported, RSS {:?} → peak {rss_peak} kB",
        started.elapsed().as_secs_f64(),
        sandbox.rtm_authentications(),
        seen[1].errors.load(Ordering::SeqCst),
        rss_baseline,
    );

    // Closing the clients ends their tasks (connection tasks, readers, proxied pipes).
    for (_, handle) in &clients {
        handle.close();
    }
    timeout(PATIENCE, async {
        while !seen.iter().all(|seen| seen.ended.load(Ordering::SeqCst)) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the streams end after close");
    drop(clients);
    proxy.stop();
    let settled = timeout(PATIENCE, async {
        loop {
            let alive = metrics.num_alive_tasks();
            if alive <= tasks_before + TASK_SLACK {
                return alive;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await;
    assert!(
        settled.is_ok(),
        "tasks: {tasks_before} before the clients, {} after closing them",
        metrics.num_alive_tasks()
    );
}
