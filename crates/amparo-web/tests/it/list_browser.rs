//! Issue 12, a long list in a real browser with JavaScript off, in English: an editor
//! uploads a list of 20,000 invented persons; the answer is the import's page, which shows
//! a progress bar and refreshes itself until it shows what became of every row, with the
//! rejected row and its reason. Screenshots of both go to target/screenshots.

use super::browser::{chromium, shoot};
use super::server::start;
use super::support::open;
use super::webdriver::Driver;
use super::workspace_browser::{PASSWORD, browser_sign_in};
use amparo_app::{Actor, Password, Role};
use std::time::Duration;

/// 20,000 distinct invented names, and one row without a name.
fn long_list() -> String {
    let given = [
        "Abdón",
        "Baltasar",
        "Casimira",
        "Deogracias",
        "Eleuteria",
        "Fructuoso",
        "Gumersinda",
        "Hermógenes",
        "Iluminada",
        "Jacinto",
        "Leocadia",
        "Macario",
        "Nemesia",
        "Onofre",
        "Pancracio",
        "Quiteria",
        "Rosendo",
        "Saturnina",
        "Tiburcio",
        "Urbana",
        "Venancio",
        "Wilfreda",
        "Zenón",
        "Amancio",
        "Brígida",
        "Cirilo",
        "Dámasa",
        "Eusebio",
        "Filomena",
        "Genaro",
        "Hortensia",
        "Isidoro",
        "Jovita",
        "Lisandro",
        "Modesta",
        "Nicanor",
        "Olegaria",
        "Prudencio",
        "Remigia",
        "Segismundo",
    ];
    let first = [
        "Alcalá",
        "Barrios",
        "Carrasquel",
        "Duque",
        "Echenique",
        "Figuera",
        "Guanipa",
        "Hurtado",
        "Istúriz",
        "Jaspe",
        "Landaeta",
        "Machado",
        "Noguera",
        "Oropeza",
        "Pacheco",
        "Quijada",
        "Rangel",
        "Salcedo",
        "Tovar",
        "Urbina",
        "Villegas",
        "Yépez",
        "Zambrano",
        "Aponte",
        "Bastidas",
    ];
    let second = [
        "Acosta",
        "Blanco",
        "Colmenares",
        "Díaz",
        "Escalona",
        "Fajardo",
        "Gil",
        "Herrera",
        "Infante",
        "Jiménez",
        "Lugo",
        "Mendoza",
        "Navas",
        "Ochoa",
        "Pérez",
        "Quintero",
        "Rivas",
        "Silva",
        "Torrealba",
        "Uzcátegui",
    ];
    let mut csv = String::from("Nombre,Situación\n");
    for g in given {
        for f in first {
            for s in second {
                csv.push_str(&format!("{g} {f} {s},Detenido\n"));
            }
        }
    }
    csv.push_str(",Detenido\n");
    csv
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_12_a_long_list_shows_its_progress_then_every_rows_outcome() {
    let Some((browser, chromedriver)) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("long-list.csv");
    std::fs::write(&list, long_list()).unwrap();
    let app = open(&dir).await;
    let admin = Actor::local("test");
    app.add_user(
        &admin,
        "elena",
        Some("Elena Inventada"),
        Role::Editor,
        &Password::new(PASSWORD),
    )
    .await
    .unwrap();
    let (addr, stop, server) = start(app, false).await;
    let profile = tempfile::tempdir().unwrap();
    let driver = Driver::start(&chromedriver, &browser, profile.path()).await;

    browser_sign_in(&driver, addr, "elena").await;
    driver
        .goto(&format!("http://{addr}/trabajo/listas?lang=en"))
        .await;
    let form = driver.source().await;
    assert!(
        form.contains("Add a list") && !form.contains("Cargar una lista"),
        "{form}"
    );
    driver.type_into("#file", list.to_str().unwrap()).await;
    driver
        .type_into("#publisher", "Invented Defence Network")
        .await;
    driver.click("main form button[type=submit]").await;
    driver.wait_for_url("/trabajo/listas/cargas/").await;
    let first = driver.source().await;
    assert!(
        first.contains("<progress") && first.contains("refreshes itself"),
        "the import's page shows it moving: {first}"
    );
    shoot(&driver, "ws-list-progress").await;
    // The page reloads by itself (no script) until the outcome replaces the progress bar.
    let mut page = first;
    for _ in 0..600 {
        if !page.contains("<progress") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        page = driver.source().await;
    }
    assert!(!page.contains("<progress"), "the import ended: {page}");
    assert!(
        page.contains(
            "20,001 rows: 20,000 new people, 0 already recorded, 0 in the review queue, 1 rejected."
        ),
        "{page}"
    );
    assert!(page.contains("Rows not shown"), "{page}");
    assert!(page.contains("20002"), "the rejected row's line: {page}");
    shoot(&driver, "ws-list-outcome").await;

    driver.quit().await;
    stop.send(()).unwrap();
    server.await.unwrap();
}
