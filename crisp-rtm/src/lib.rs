//! Crisp realtime events (RTM) over WebSockets: socket.io / Engine.IO v4.
//!
//! This crate is not written yet: it will hold a client that is a `Stream` of typed events
//! with an explicit connection state machine, reconnects and a liveness watchdog. Until
//! then, receive events through web hooks or poll the REST API.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
