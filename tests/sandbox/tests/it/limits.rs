//! The sandbox's limits against hostile or broken clients: the header-read timeout (slow
//! and idle HTTP connections are closed), the realtime message cap and authentication
//! deadline, and the bounded logs.

use std::time::Duration;

use crisp_sandbox::{
    DEFAULT_IDENTIFIER, DEFAULT_KEY, HEADER_READ_TIMEOUT, RTM_MAX_PAYLOAD, Sandbox,
};
use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::{WebSocketStream, client_async};

/// A hang guard, well past every deadline under test.
const PATIENCE: Duration = Duration::from_secs(20);

/// Reads until the server closes the connection (EOF or reset); what it sent first.
async fn read_until_closed(stream: &mut TcpStream) -> Vec<u8> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    timeout(PATIENCE, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await
    .expect("the server closes the connection");
    seen
}

/// One complete request on a fresh connection (`Connection: close`): the status line.
async fn status_line(sandbox: &Sandbox, path: &str) -> String {
    let mut stream = TcpStream::connect(sandbox.address()).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut stream).await;
    String::from_utf8_lossy(&answer)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slowloris_connections_are_closed_after_the_header_read_timeout() {
    // The documented default, not a shortened one.
    let sandbox = Sandbox::start().await.unwrap();
    let mut slow = Vec::new();
    for n in 0..200 {
        let mut stream = TcpStream::connect(sandbox.address()).await.unwrap();
        // Half a request line, or nothing at all, and then silence.
        if n % 4 != 0 {
            stream.write_all(b"GET /v1/website/").await.unwrap();
        }
        slow.push(stream);
    }
    // Meanwhile, a normal request is answered.
    assert_eq!(
        status_line(&sandbox, "/v1/plugin/connect/account").await,
        "HTTP/1.1 401 Unauthorized"
    );
    // Every slow connection is closed by the server (after HEADER_READ_TIMEOUT, well
    // within the hang guard); whatever it sent is an error answer, never a 2xx.
    assert!(HEADER_READ_TIMEOUT < PATIENCE / 2);
    let closed = futures_util::future::join_all(slow.iter_mut().map(read_until_closed)).await;
    for answer in closed {
        let answer = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 4"),
            "{answer}"
        );
    }
    // And the sandbox still serves.
    assert_eq!(
        status_line(&sandbox, "/v1/plugin/connect/account").await,
        "HTTP/1.1 401 Unauthorized"
    );
}

#[tokio::test]
async fn idle_keep_alive_connections_are_closed_too() {
    let sandbox = Sandbox::builder()
        .header_read_timeout(Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    let mut stream = TcpStream::connect(sandbox.address()).await.unwrap();
    // Two requests on one kept-alive connection, the second after the first answer.
    let request = "GET /v1/plugin/connect/account HTTP/1.1\r\nHost: sandbox\r\n\r\n";
    stream.write_all(request.as_bytes()).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    // Then nothing: the server closes the connection once idle for the timeout.
    let answers = read_until_closed(&mut stream).await;
    let answers = String::from_utf8_lossy(&answers);
    assert_eq!(
        answers.matches("HTTP/1.1 401 Unauthorized").count(),
        2,
        "{answers}"
    );
}

#[tokio::test]
async fn a_body_that_trickles_in_is_answered_408_and_closed() {
    let sandbox = Sandbox::builder()
        .header_read_timeout(Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    let session = sandbox.visitor().say("hello").await.unwrap();
    let authorization = sandbox.credentials().authorization().unwrap();
    let mut stream = TcpStream::connect(sandbox.address()).await.unwrap();
    // Complete headers announcing 100 bytes of body, then 10 bytes, then nothing.
    let request = format!(
        "PATCH /v1/website/{}/conversation/{session}/state HTTP/1.1\r\nHost: sandbox\r\n\
         Authorization: {}\r\nX-Crisp-Tier: plugin\r\nContent-Type: application/json\r\n\
         Content-Length: 100\r\n\r\n{{\"state\":",
        sandbox.website_id(),
        authorization.to_str().unwrap(),
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut stream).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains(r#""reason":"request_timeout""#), "{answer}");
}

type Socket = WebSocketStream<TcpStream>;

/// A WebSocket to the realtime endpoint, past the Engine.IO open packet.
async fn open_socket(sandbox: &Sandbox) -> Socket {
    let stream = TcpStream::connect(sandbox.address()).await.unwrap();
    let url = format!(
        "ws://{}/socket.io/?EIO=4&transport=websocket",
        sandbox.address()
    );
    let (mut socket, _) = client_async(url, stream).await.expect("upgrade");
    let open = next_text(&mut socket).await.expect("the open packet");
    assert!(open.starts_with("0{"), "{open}");
    assert!(
        open.contains(&format!("\"maxPayload\":{RTM_MAX_PAYLOAD}")),
        "{open}"
    );
    socket
}

/// How a socket ended, seen by the client.
#[derive(Debug, PartialEq)]
enum End {
    /// A close frame with this code.
    Close(CloseCode),
    /// EOF or an error without a close frame.
    Cut,
}

/// The next text frame, answering pings; `Err` with how the socket ended.
async fn next_text(socket: &mut Socket) -> Result<String, End> {
    loop {
        let frame = timeout(PATIENCE, socket.next())
            .await
            .expect("a frame, or the end, in time");
        match frame {
            Some(Ok(Message::Text(text))) if text.as_str() == "2" => {
                let _ = socket.send(Message::text("3")).await;
            }
            Some(Ok(Message::Text(text))) => return Ok(text.to_string()),
            Some(Ok(Message::Close(frame))) => {
                return Err(frame.map_or(End::Cut, |f| End::Close(f.code)));
            }
            Some(Ok(_)) => {}
            Some(Err(_)) | None => return Err(End::Cut),
        }
    }
}

/// How the socket ends (within the hang guard); text frames before the end are skipped.
async fn end_of(socket: &mut Socket) -> End {
    timeout(PATIENCE, async {
        loop {
            if let Err(end) = next_text(socket).await {
                return end;
            }
        }
    })
    .await
    .expect("the server closes the socket")
}

async fn authenticate(socket: &mut Socket) {
    socket.send(Message::text("40")).await.unwrap();
    let connected = next_text(socket).await.unwrap();
    assert!(connected.starts_with("40{"), "{connected}");
    let authentication = json!(["authentication", {
        "tier": "plugin", "username": DEFAULT_IDENTIFIER, "password": DEFAULT_KEY,
        "events": ["message:send"],
    }]);
    socket
        .send(Message::text(format!("42{authentication}")))
        .await
        .unwrap();
    assert_eq!(
        next_text(socket).await.unwrap(),
        r#"42["authenticated",true]"#
    );
}

/// The header of a masked client frame (`opcode`, FIN if `fin`) of `len` payload bytes,
/// with an all-zero mask (the payload goes as is).
fn frame_header(opcode: u8, fin: bool, len: usize) -> Vec<u8> {
    let mut header = vec![if fin { 0x80 } else { 0 } | opcode, 0x80 | 127];
    header.extend_from_slice(&(len as u64).to_be_bytes());
    header.extend_from_slice(&[0; 4]);
    header
}

#[tokio::test]
async fn a_frame_over_the_cap_is_refused_from_its_header_before_and_after_authentication() {
    let sandbox = Sandbox::start().await.unwrap();
    for authenticated in [false, true] {
        let mut socket = open_socket(&sandbox).await;
        if authenticated {
            authenticate(&mut socket).await;
        }
        // A 2 MB text frame is announced, and only its first bytes are sent: the
        // sandbox must refuse it from the header, without waiting for (or buffering)
        // the rest.
        let raw = socket.get_mut();
        raw.write_all(&frame_header(0x1, true, 2_000_000))
            .await
            .unwrap();
        raw.write_all(b"42[\"message:send\",\"").await.unwrap();
        assert_eq!(
            end_of(&mut socket).await,
            End::Close(CloseCode::Size),
            "authenticated: {authenticated}"
        );
    }
    timeout(PATIENCE, async {
        while sandbox.rtm_sockets() > 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the sockets are counted closed");
}

#[tokio::test]
async fn a_message_over_the_cap_in_small_fragments_is_refused() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut socket = open_socket(&sandbox).await;
    authenticate(&mut socket).await;
    // Three fragments of 700 kB, each under the cap, 2.1 MB together.
    let chunk = vec![b'x'; 700_000];
    let raw = socket.get_mut();
    for (opcode, fin) in [(0x1, false), (0x0, false), (0x0, true)] {
        // The server may close before the last fragment is written.
        if raw
            .write_all(&frame_header(opcode, fin, chunk.len()))
            .await
            .is_err()
            || raw.write_all(&chunk).await.is_err()
        {
            break;
        }
    }
    assert_eq!(end_of(&mut socket).await, End::Close(CloseCode::Size));
}

#[tokio::test]
async fn a_message_under_the_cap_is_read() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut socket = open_socket(&sandbox).await;
    authenticate(&mut socket).await;
    // A 900 kB event the sandbox ignores, then one it answers: still connected.
    let padding = "x".repeat(900_000);
    let big = format!("42{}", json!(["socket:bind", {"padding": padding}]));
    assert!(big.len() < RTM_MAX_PAYLOAD);
    socket.send(Message::text(big)).await.unwrap();
    socket.send(Message::text("2probe")).await.unwrap();
    assert_eq!(next_text(&mut socket).await.unwrap(), "3probe");
}

#[tokio::test]
async fn a_socket_that_does_not_authenticate_in_time_is_closed() {
    let sandbox = Sandbox::builder()
        .rtm_auth_timeout(Duration::from_millis(300))
        .rtm_heartbeat(Duration::from_millis(50), Duration::from_secs(5))
        .start()
        .await
        .unwrap();
    // Connected to the namespace and answering every ping, but never authenticating.
    let mut idle = open_socket(&sandbox).await;
    idle.send(Message::text("40")).await.unwrap();
    assert!(next_text(&mut idle).await.unwrap().starts_with("40{"));
    assert_eq!(end_of(&mut idle).await, End::Close(CloseCode::Policy));
    // Silent from the start: closed too.
    let mut silent = open_socket(&sandbox).await;
    assert_eq!(end_of(&mut silent).await, End::Close(CloseCode::Policy));

    // An authenticated socket outlives the deadline: it still gets events well after.
    let mut socket = open_socket(&sandbox).await;
    authenticate(&mut socket).await;
    tokio::time::sleep(Duration::from_millis(900)).await;
    sandbox.visitor().say("still there").await.unwrap();
    let frame = next_text(&mut socket).await.expect("still connected");
    assert!(frame.starts_with(r#"42["message:send""#), "{frame}");
    assert_eq!(sandbox.rtm_sockets(), 1);
}

#[tokio::test]
async fn the_logs_keep_the_newest_entries_up_to_their_capacity() {
    let sandbox = Sandbox::builder().log_capacity(5).start().await.unwrap();
    for n in 0..8 {
        status_line(&sandbox, &format!("/v1/nowhere/{n}")).await;
    }
    let paths: Vec<String> = sandbox.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        (3..8)
            .map(|n| format!("/v1/nowhere/{n}"))
            .collect::<Vec<_>>()
    );

    // A web-hook receiver that answers every delivery 200.
    let receiver = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", receiver.local_addr().unwrap());
    let app = axum::Router::new().route("/hook", axum::routing::post(|| async { "ok" }));
    tokio::spawn(async move { axum::serve(receiver, app).await });
    sandbox.add_webhook(&hook, "secret").unwrap();

    let mut visitor = sandbox.visitor();
    for n in 0..8 {
        visitor.say(&format!("message {n}")).await.unwrap();
    }
    // Then an event of another kind, last: `session:set_state`.
    let session = visitor.session_id().unwrap();
    let mut stream = TcpStream::connect(sandbox.address()).await.unwrap();
    let body = r#"{"state":"resolved"}"#;
    let authorization = sandbox.credentials().authorization().unwrap();
    let request = format!(
        "PATCH /v1/website/{}/conversation/{session}/state HTTP/1.1\r\nHost: sandbox\r\n\
         Authorization: {}\r\nX-Crisp-Tier: plugin\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        sandbox.website_id(),
        authorization.to_str().unwrap(),
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{answer:?}");

    // 10 events (the conversation, 8 messages, the state): the last 5 are kept.
    let events = sandbox.events();
    let names: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["message:send"; 4]
            .into_iter()
            .chain(["session:set_state"])
            .collect::<Vec<_>>()
    );
    let contents: Vec<_> = events[..4]
        .iter()
        .map(|e| e.data["content"].clone())
        .collect();
    assert_eq!(
        contents,
        (4..8)
            .map(|n| json!(format!("message {n}")))
            .collect::<Vec<_>>()
    );

    // The 10 deliveries (one attempt each): the last 5 are kept.
    timeout(PATIENCE, async {
        while sandbox
            .deliveries()
            .last()
            .is_none_or(|d| d.event != "session:set_state")
        {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("every event delivered");
    let deliveries = sandbox.deliveries();
    assert_eq!(deliveries.len(), 5);
    assert!(deliveries.iter().all(|d| d.is_success() && d.attempt == 1));
    let names: Vec<&str> = deliveries.iter().map(|d| d.event.as_str()).collect();
    assert_eq!(
        names,
        ["message:send"; 4]
            .into_iter()
            .chain(["session:set_state"])
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn events_a_stuck_web_hook_cannot_take_are_logged_not_queued_without_bound() {
    let sandbox = Sandbox::builder().log_capacity(3).start().await.unwrap();
    // A receiver that accepts connections and never answers: the first delivery attempt
    // waits for its 5 s timeout while the events pile up.
    let receiver = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", receiver.local_addr().unwrap());
    let (accepted, mut first) = tokio::sync::mpsc::channel(16);
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = receiver.accept().await {
            held.push(stream);
            let _ = accepted.try_send(());
        }
    });
    sandbox.add_webhook(&hook, "secret").unwrap();
    let mut visitor = sandbox.visitor();
    visitor.say("first").await.unwrap();
    // The dispatcher is stuck on the first event.
    timeout(PATIENCE, first.recv()).await.unwrap();
    // 10 more events: 3 wait in the queue, the 7 others are not delivered, and logged.
    for n in 0..10 {
        visitor.say(&format!("message {n}")).await.unwrap();
    }
    let deliveries = sandbox.deliveries();
    assert_eq!(deliveries.len(), 3, "{deliveries:?}");
    for delivery in &deliveries {
        assert_eq!(delivery.url, hook);
        assert_eq!(delivery.event, "message:send");
        assert_eq!(delivery.attempt, 0);
        assert_eq!(delivery.status, None);
        assert!(delivery.error.as_deref().unwrap().contains("queue is full"));
    }
    assert_eq!(sandbox.events().len(), 3);
}
