use super::*;
use serde::Deserialize;

fn response(status: u16, body: &str) -> http::Response<Bytes> {
    let mut response = http::Response::new(Bytes::copy_from_slice(body.as_bytes()));
    *response.status_mut() = StatusCode::from_u16(status).unwrap();
    response
}

#[derive(Debug, Deserialize, PartialEq)]
struct State {
    state: String,
    count: u32,
}

#[test]
fn data_is_decoded() {
    let r = response(
        200,
        r#"{"error":false,"reason":"resolved","data":{"state":"resolved","count":2}}"#,
    );
    let state: State = decode_data(&Method::GET, &r).unwrap();
    assert_eq!(
        state,
        State {
            state: "resolved".into(),
            count: 2
        }
    );
}

#[test]
fn decode_error_names_the_json_path_and_keeps_an_excerpt() {
    let r = response(
        200,
        r#"{"error":false,"reason":"resolved","data":{"state":"resolved","count":"two"}}"#,
    );
    let error = decode_data::<State>(&Method::GET, &r).unwrap_err();
    let ErrorKind::Decode(decode) = error.kind() else {
        panic!("{error:?}")
    };
    assert_eq!(decode.path, "data.count");
    assert!(decode.body_excerpt.contains("\"two\""));
    assert!(error.to_string().contains("data.count"), "{error}");
}

#[test]
fn truncated_json_is_a_decode_error() {
    let r = response(
        200,
        r#"{"error":false,"reason":"resolved","data":{"state":"res"#,
    );
    let error = decode_data::<State>(&Method::GET, &r).unwrap_err();
    assert!(matches!(error.kind(), ErrorKind::Decode(_)), "{error:?}");
    let error = decode_unit(&Method::POST, &r).unwrap_err();
    assert!(matches!(error.kind(), ErrorKind::Decode(_)), "{error:?}");
}

#[test]
fn missing_data_is_a_decode_error() {
    let r = response(200, r#"{"error":false,"reason":"ok"}"#);
    let error = decode_data::<State>(&Method::GET, &r).unwrap_err();
    let ErrorKind::Decode(decode) = error.kind() else {
        panic!()
    };
    assert_eq!(decode.path, "data");
}

#[test]
fn crisp_error_keeps_status_reason_and_message() {
    let r = response(
        404,
        r#"{"error":true,"reason":"session_not_found","data":{"message":"no such session"}}"#,
    );
    let error = decode_data::<State>(&Method::GET, &r).unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(error.reason(), Some("session_not_found"));
    assert_eq!(
        error.to_string(),
        "crisp api error: 404 session_not_found: no such session"
    );
}

#[test]
fn html_502_still_gives_status_and_reason() {
    let r = response(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    let error = decode_data::<State>(&Method::GET, &r).unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::BAD_GATEWAY));
    assert_eq!(error.reason(), Some("http_error"));
    let ErrorKind::Api(api) = error.kind() else {
        panic!()
    };
    assert!(api.body_excerpt.contains("Bad Gateway"));
    assert!(error.is_transient());
}

#[test]
fn empty_error_body_still_gives_status_and_reason() {
    let error = decode_unit(&Method::DELETE, &response(500, "")).unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(error.reason(), Some("http_error"));
}

#[test]
fn error_flag_on_2xx_is_an_api_error() {
    let r = response(
        200,
        r#"{"error":true,"reason":"invalid_session","data":{}}"#,
    );
    let error = decode_unit(&Method::PATCH, &r).unwrap_err();
    assert_eq!(error.reason(), Some("invalid_session"));
}

#[test]
fn rate_limits_are_classified_with_retry_after() {
    for status in [429, 420] {
        let mut r = response(
            status,
            r#"{"error":true,"reason":"rate_limited","data":{}}"#,
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, http::HeaderValue::from_static("4"));
        let error = decode_unit(&Method::GET, &r).unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::RateLimited { .. }),
            "{error:?}"
        );
        assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(4)));
    }
}

#[test]
fn head_checks() {
    assert!(decode_exists(&Method::HEAD, &response(200, "")).unwrap());
    assert!(decode_exists(&Method::HEAD, &response(204, "")).unwrap());
    assert!(!decode_exists(&Method::HEAD, &response(404, "")).unwrap());
    let error = decode_exists(&Method::HEAD, &response(500, "")).unwrap_err();
    assert_eq!(error.reason(), Some("server_error"));
    let error = decode_exists(&Method::HEAD, &response(403, "")).unwrap_err();
    assert_eq!(error.reason(), Some("route_error"));
}

#[test]
fn unit_accepts_empty_and_envelope_bodies() {
    decode_unit(&Method::PATCH, &response(200, "")).unwrap();
    decode_unit(
        &Method::PATCH,
        &response(200, r#"{"error":false,"reason":"updated","data":{}}"#),
    )
    .unwrap();
}

#[test]
fn redirects_are_errors_with_status_and_location() {
    for status in [300, 301, 302, 303, 304, 307, 308] {
        let mut r = response(status, r#"{"error":false,"reason":"ok","data":{}}"#);
        r.headers_mut().insert(
            header::LOCATION,
            http::HeaderValue::from_static("http://user:secret@elsewhere.example/v1/x"),
        );
        for method in [Method::GET, Method::POST, Method::HEAD] {
            let errors = [
                decode_data::<serde_json::Value>(&method, &r).unwrap_err(),
                decode_unit(&method, &r).unwrap_err(),
                decode_exists(&method, &r).unwrap_err(),
            ];
            for error in errors {
                let ErrorKind::Redirect {
                    status: got,
                    location,
                } = error.kind()
                else {
                    panic!("{status}: {error:?}")
                };
                assert_eq!(got.as_u16(), status);
                assert_eq!(
                    location.as_deref(),
                    Some("http://***@elsewhere.example/v1/x")
                );
                assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
                assert!(!error.is_transient());
                let shown = format!("{error} {error:?}");
                assert!(!shown.contains("secret"), "{shown}");
                assert!(shown.contains(&status.to_string()), "{shown}");
            }
        }
    }
    // Without a Location, and with a huge one.
    let error = check_status(&Method::GET, &response(302, "")).unwrap_err();
    assert!(matches!(
        error.kind(),
        ErrorKind::Redirect { location: None, .. }
    ));
    let mut r = response(301, "");
    let long = format!("http://x/{}", "é".repeat(2000));
    r.headers_mut().insert(
        header::LOCATION,
        http::HeaderValue::from_bytes(long.as_bytes()).unwrap(),
    );
    let error = check_status(&Method::GET, &r).unwrap_err();
    let ErrorKind::Redirect {
        location: Some(location),
        ..
    } = error.kind()
    else {
        panic!("{error:?}")
    };
    assert!(
        location.len() <= LOCATION_LEN + '…'.len_utf8(),
        "{}",
        location.len()
    );
}
