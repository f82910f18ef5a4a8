//! The realtime endpoint on the wire, with a bare WebSocket client: the Engine.IO open
//! packet, the namespace connect, `authentication`, events, the server's heartbeat and
//! what happens to a client that stops answering it.

use std::time::Duration;

use crisp_sandbox::{DEFAULT_IDENTIFIER, DEFAULT_KEY, Sandbox};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{WebSocketStream, client_async};

const PATIENCE: Duration = Duration::from_secs(10);

type Socket = WebSocketStream<TcpStream>;

async fn connect(sandbox: &Sandbox) -> Socket {
    let stream = TcpStream::connect(sandbox.address()).await.unwrap();
    let url = format!(
        "ws://{}/socket.io/?EIO=4&transport=websocket",
        sandbox.address()
    );
    let (socket, response) = client_async(url, stream).await.expect("upgrade");
    assert_eq!(response.status(), 101);
    socket
}

/// The next text frame; `None` when the server closed the socket.
async fn next_text(socket: &mut Socket) -> Option<String> {
    loop {
        match timeout(PATIENCE, socket.next())
            .await
            .expect("a frame in time")
        {
            Some(Ok(Message::Text(text))) => return Some(text.to_string()),
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
            Some(Ok(_)) => {}
        }
    }
}

/// The next frame that is not a ping, answering pings on the way.
async fn next_answering_pings(socket: &mut Socket) -> Option<String> {
    loop {
        let text = next_text(socket).await?;
        if text == "2" {
            socket.send(Message::text("3")).await.unwrap();
        } else {
            return Some(text);
        }
    }
}

async fn authenticate(socket: &mut Socket, key: &str) -> Option<String> {
    socket.send(Message::text("40")).await.unwrap();
    let connected = next_answering_pings(socket).await.unwrap();
    assert!(connected.starts_with("40{\"sid\":"), "{connected}");
    let authentication = json!(["authentication", {
        "tier": "plugin", "username": DEFAULT_IDENTIFIER, "password": key,
        "events": ["message:send"],
    }]);
    socket
        .send(Message::text(format!("42{authentication}")))
        .await
        .unwrap();
    next_answering_pings(socket).await
}

#[tokio::test]
async fn handshake_events_and_heartbeat() {
    let sandbox = Sandbox::builder()
        .rtm_heartbeat(Duration::from_millis(100), Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    let mut socket = connect(&sandbox).await;
    let open = next_text(&mut socket).await.unwrap();
    let info: Value =
        serde_json::from_str(open.strip_prefix('0').expect("an open packet")).unwrap();
    assert_eq!(info["pingInterval"], 100);
    assert_eq!(info["pingTimeout"], 300);
    assert_eq!(info["upgrades"], json!([]));
    assert!(info["sid"].is_string());

    let answer = authenticate(&mut socket, DEFAULT_KEY).await;
    assert_eq!(answer.as_deref(), Some(r#"42["authenticated",true]"#));
    assert_eq!(sandbox.rtm_authentications(), 1);

    let session = sandbox.visitor().say("over the wire").await.unwrap();
    let frame = next_answering_pings(&mut socket).await.unwrap();
    let packet: Value = serde_json::from_str(frame.strip_prefix("42").unwrap()).unwrap();
    assert_eq!(packet[0], "message:send");
    assert_eq!(packet[1]["session_id"], session.as_str());
    assert_eq!(packet[1]["content"], "over the wire");
    assert_eq!(packet[1]["inbox_id"], Value::Null);

    // Several heartbeats answered: still connected.
    for _ in 0..3 {
        assert_eq!(next_text(&mut socket).await.as_deref(), Some("2"));
        socket.send(Message::text("3")).await.unwrap();
    }
    assert_eq!(sandbox.rtm_sockets(), 1);

    // Stop answering: the server closes the socket.
    while let Some(frame) = next_text(&mut socket).await {
        assert_eq!(frame, "2");
    }
    timeout(PATIENCE, async {
        while sandbox.rtm_sockets() > 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the socket is counted closed");
}

#[tokio::test]
async fn wrong_credentials_get_unauthorized_then_a_close() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut socket = connect(&sandbox).await;
    next_text(&mut socket).await.unwrap();
    let answer = authenticate(&mut socket, "wrong").await;
    assert_eq!(
        answer.as_deref(),
        Some(r#"42["unauthorized",{"message":"invalid_session"}]"#)
    );
    assert_eq!(next_text(&mut socket).await, None);
    assert_eq!(sandbox.rtm_authentications(), 0);
}

#[tokio::test]
async fn dropping_the_sandbox_closes_its_sockets() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut socket = connect(&sandbox).await;
    next_text(&mut socket).await.unwrap();
    drop(sandbox);
    assert_eq!(next_text(&mut socket).await, None);
}

#[tokio::test]
async fn dropping_the_sandbox_stops_listening() {
    let sandbox = Sandbox::start().await.unwrap();
    let address = sandbox.address();
    assert!(TcpStream::connect(address).await.is_ok());
    drop(sandbox);
    timeout(PATIENCE, async {
        while TcpStream::connect(address).await.is_ok() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the port is closed");
}
