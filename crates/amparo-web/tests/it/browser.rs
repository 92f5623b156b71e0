//! Issue 11: the lookup in a real browser with JavaScript off. Headless Chromium (Debian's
//! `chromium`, driven by `chromedriver`) types a misspelled invented name into the search
//! box and submits it, opens the person page from the results, switches to English, and
//! screenshots each step at 360×740 (a cheap phone) and 1280×800 into target/screenshots.
//! Without Chromium the test says it was skipped; in CI (`CI` set) it fails.

use super::server::start;
use super::support::open;
use super::webdriver::Driver;
use amparo_app::Actor;
use std::path::{Path, PathBuf};

pub(crate) fn on_path(names: &[&str]) -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |b| dir.join(b)))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}

pub(crate) fn screenshots() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Screenshots the current page at both sizes, then goes back to the phone's.
pub(crate) async fn shoot(driver: &Driver, name: &str) {
    for (w, h) in [(1280, 800), (360, 740)] {
        driver.resize(w, h).await;
        let png = driver.screenshot().await;
        assert!(png.starts_with(b"\x89PNG"), "{name}: not a PNG");
        std::fs::write(screenshots().join(format!("{name}-{w}x{h}.png")), png).unwrap();
    }
}

/// Chromium's binary and chromedriver, or `None` after saying the test was skipped; in CI
/// (`CI` set) a missing browser fails instead.
pub(crate) fn chromium() -> Option<(String, String)> {
    let (Some(browser), Some(chromedriver)) = (
        // Debian's launcher script mangles some flags: prefer the binary behind it.
        Path::new("/usr/lib/chromium/chromium")
            .is_file()
            .then(|| "/usr/lib/chromium/chromium".to_owned())
            .or_else(|| on_path(&["chromium", "chromium-browser", "google-chrome"])),
        on_path(&["chromedriver"]),
    ) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is required in CI: apt-get install -y chromium chromium-driver"
        );
        eprintln!(
            "SKIPPED: browser test: no chromium or chromedriver (apt-get install -y chromium chromium-driver)"
        );
        return None;
    };
    Some((browser, chromedriver))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_11_a_family_finds_a_misspelled_name_without_javascript() {
    let Some((browser, chromedriver)) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    app.load_demo(&Actor::local("test")).await.unwrap();
    let (addr, stop, server) = start(app, true).await;
    let profile = tempfile::tempdir().unwrap();
    let driver = Driver::start(&chromedriver, &browser, profile.path()).await;

    // JavaScript is off: a page's script does not run.
    driver
        .goto("data:text/html,<title>off</title><script>document.title='on'</script>")
        .await;
    assert_eq!(driver.title().await, "off", "JavaScript must be disabled");

    driver.goto(&format!("http://{addr}/")).await;
    let home = driver.source().await;
    assert!(home.contains("lang=\"es\""), "Spanish by default: {home}");
    assert!(home.contains("Datos de demostración"));
    driver.type_into("#q", "Ines Quevdo").await;
    driver.click("form[role=search] button").await;
    driver.wait_for_url("q=").await;
    let results = driver.source().await;
    assert!(results.contains("Inés Carolina Quevedo Lara"), "{results}");
    assert!(
        results.contains("Excarcelada el 8 de enero de 2026"),
        "{results}"
    );
    shoot(&driver, "lookup").await;

    driver.click(".results h2 a").await;
    driver.wait_for_url("/p/").await;
    let person = driver.source().await;
    assert!(
        person.contains("<h1>Inés Carolina Quevedo Lara</h1>"),
        "{person}"
    );
    assert!(person.contains("Cronología"));
    shoot(&driver, "person").await;

    driver.click("a.lang").await;
    driver.wait_for_url("lang=en").await;
    let english = driver.source().await;
    assert!(english.contains("lang=\"en\""), "{english}");
    assert!(english.contains("Released on 8 January 2026"), "{english}");
    assert!(english.contains("Demonstration data"));
    shoot(&driver, "person-en").await;

    driver.goto(&format!("http://{addr}/cifras")).await;
    assert!(driver.source().await.contains("<svg class=\"chart\""));
    shoot(&driver, "cifras").await;

    driver.quit().await;
    stop.send(()).unwrap();
    server.await.unwrap();
}
