//! Just enough of the W3C WebDriver protocol to drive Chromium through chromedriver: a new
//! session, navigation, the current address, finding, typing, clicking, the page source and
//! screenshots. Plain HTTP/1.1 over a socket: a full client crate would cost more to build
//! than this costs to read.

use serde_json::{Value, json};
use std::process::Stdio;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The key under which WebDriver names an element.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A running chromedriver and one browser session in it.
pub struct Driver {
    process: tokio::process::Child,
    port: u16,
    session: String,
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

async fn call(port: u16, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(|e| e.to_string())?;
    let payload = body.map(|b| b.to_string()).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    // chromedriver may keep the connection open: read the head, then exactly the body.
    let mut raw: Vec<u8> = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let (head, body) = loop {
        let n = stream.read(&mut buf).await.map_err(|e| e.to_string())?;
        raw.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&raw).into_owned();
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let lower = head.to_ascii_lowercase();
            let length = lower
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            let done = match length {
                Some(len) => body.len() >= len,
                None if lower.contains("transfer-encoding: chunked") => body.ends_with("0\r\n\r\n"),
                None => n == 0,
            };
            if done || n == 0 {
                let body = if lower.contains("transfer-encoding: chunked") {
                    dechunk(body)
                } else {
                    body.to_owned()
                };
                break (head.to_owned(), body);
            }
        } else if n == 0 {
            return Err("no HTTP answer".into());
        }
    };
    let value: Value = serde_json::from_str(&body).map_err(|e| format!("{e}: {body}"))?;
    if head.starts_with("HTTP/1.1 2") {
        Ok(value["value"].clone())
    } else {
        Err(format!("{method} {path}: {value}"))
    }
}

impl Driver {
    /// Starts chromedriver and a headless Chromium with JavaScript disabled for every page,
    /// a fresh profile, and Spanish as the browser's language.
    pub async fn start(chromedriver: &str, browser: &str, profile: &std::path::Path) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let process = tokio::process::Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        for _ in 0..100 {
            if call(port, "GET", "/status", None).await.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--hide-scrollbars",
                    "--window-size=360,740", "--lang=es",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": {
                    "profile.managed_default_content_settings.javascript": 2,
                    "intl.accept_languages": "es"
                }
            }
        }}});
        let session = call(port, "POST", "/session", Some(capabilities))
            .await
            .unwrap();
        Driver {
            process,
            port,
            session: session["sessionId"].as_str().unwrap().to_owned(),
        }
    }

    async fn session(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        call(self.port, method, &path, body).await.unwrap()
    }

    pub async fn goto(&self, url: &str) {
        self.session("POST", "/url", Some(json!({"url": url})))
            .await;
    }

    pub async fn title(&self) -> String {
        self.session("GET", "/title", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The address of the page the browser shows.
    pub async fn url(&self) -> String {
        self.session("GET", "/url", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits (up to 5 s) until the browser shows an address containing `part`: a click
    /// returns before the page it leads to has loaded.
    pub async fn wait_for_url(&self, part: &str) -> String {
        let mut url = String::new();
        for _ in 0..50 {
            url = self.url().await;
            if url.contains(part) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(url.contains(part), "{url}: {}", self.source().await);
        url
    }

    pub async fn source(&self) -> String {
        self.session("GET", "/source", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    async fn find(&self, css: &str) -> String {
        let found = self
            .session(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await;
        found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no {css}"))
            .to_owned()
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        self.session(
            "POST",
            &format!("/element/{e}/value"),
            Some(json!({"text": text})),
        )
        .await;
    }

    pub async fn click(&self, css: &str) {
        let e = self.find(css).await;
        self.session("POST", &format!("/element/{e}/click"), Some(json!({})))
            .await;
    }

    pub async fn resize(&self, width: u32, height: u32) {
        self.session(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        )
        .await;
    }

    /// A PNG of the viewport.
    pub async fn screenshot(&self) -> Vec<u8> {
        use base64::Engine;
        let data = self.session("GET", "/screenshot", None).await;
        base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .unwrap()
    }

    pub async fn quit(mut self) {
        let _ = call(
            self.port,
            "DELETE",
            &format!("/session/{}", self.session),
            None,
        )
        .await;
        let _ = self.process.kill().await;
    }
}
