//! The team's page (issue 16, item 4): served with `secu serve --db` only,
//! with its own Content-Security-Policy, and its words rendered by the
//! server in each of the eight languages (`GET /team/l10n/{lang}`). The
//! page itself is driven in Chromium by `web/tests/team-e2e.mjs`.

use std::collections::BTreeSet;
use std::time::Duration;

use secu::Lang;
use secu_server::team::{Key, Store};
use secu_server::{App, ServeArgs};

use super::super::common::http::get;
use super::http::server;

const PAGE_FILES: &[(&str, &str)] = &[
    ("/team/", "text/html"),
    ("/team/team.js", "text/javascript"),
    ("/team/team.css", "text/css"),
    ("/team/labels.js", "text/javascript"),
    ("/team/link/some-secret", "text/html"),
];

#[test]
fn the_page_is_served_with_db_only() {
    let dir = tempfile::tempdir().unwrap();
    let s = server(&format!("sqlite:{}", dir.path().join("team.db").display()));
    for (path, mime) in PAGE_FILES {
        let r = get(s.addr, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(
            r.header("content-type").unwrap().starts_with(mime),
            "{path}"
        );
        let csp = r.header("content-security-policy").unwrap();
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }
    let html = get(s.addr, "/team/").text();
    assert!(html.contains(r#"<script type="module" src="/team/team.js"></script>"#));
    assert_eq!(html.matches("<script").count(), 1, "no inline script");
    let r = get(s.addr, "/");
    assert_eq!((r.status, r.header("location")), (303, Some("/team/")));
    // The API keeps its own policy: it loads nothing.
    let api = get(s.addr, "/v1/cases");
    assert_eq!(api.status, 401);
    assert_eq!(
        api.header("content-security-policy"),
        Some("default-src 'none'; frame-ancestors 'none'")
    );

    // Without --db, nothing of it.
    let (addr, stop) = serve(App::new(ServeArgs::default()).unwrap());
    for path in ["/", "/team/", "/team/team.js", "/team/l10n/en"] {
        assert_eq!(get(addr, path).status, 404, "{path} without --db");
    }
    drop(stop);
}

/// A server for `app` on its own runtime thread; stopped when the guard drops.
fn serve(app: App) -> (std::net::SocketAddr, Stop) {
    let app = std::sync::Arc::new(app);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (tx, rx) = std::sync::mpsc::channel();
    let t = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async move {
                let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(l.local_addr().unwrap()).unwrap();
                secu_server::serve(l, app, async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
            });
    });
    let addr = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    (addr, Stop(Some((stop, t))))
}

struct Stop(
    Option<(
        tokio::sync::oneshot::Sender<()>,
        std::thread::JoinHandle<()>,
    )>,
);

impl Drop for Stop {
    fn drop(&mut self) {
        if let Some((s, t)) = self.0.take() {
            let _ = s.send(());
            let _ = t.join();
        }
    }
}

/// With `--api-keys` too, the page loads without a key (a browser has
/// none: the page signs in), while the rest of the API still needs one.
#[test]
fn the_page_needs_no_api_key() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys.txt");
    // SHA-256 of "k".
    std::fs::write(
        &keys,
        "8254c329a92850f6d539dd376f4816ee2764517da5e0235514af433164480d7a\n",
    )
    .unwrap();
    let url = format!("sqlite:{}", dir.path().join("team.db").display());
    let store = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(Store::open(&url, Key::from_bytes([7; 32])))
        .unwrap();
    let args = ServeArgs {
        api_keys: Some(keys),
        ..ServeArgs::default()
    };
    let (addr, _stop) = serve(App::new(args).unwrap().with_team(store));
    for (path, _) in PAGE_FILES {
        assert_eq!(get(addr, path).status, 200, "{path}");
    }
    assert_eq!(get(addr, "/team/l10n/fr").status, 200);
    assert_eq!(
        get(addr, "/v1/schema/household").status,
        401,
        "the API keeps its key"
    );
}

/// Every language answers every `page-team-*` message of English and the
/// labels of the codes, in that language (not English's words), its
/// direction, and the portfolio's horizon rendered as a number.
#[test]
fn the_page_words_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = server(&format!("sqlite:{}", dir.path().join("team.db").display()));
    let words = |tag: &str| {
        let r = get(s.addr, &format!("/team/l10n/{tag}"));
        assert_eq!(r.status, 200, "{tag}");
        r.json()
    };
    let en = words("en");
    let team_ids: BTreeSet<&str> = secu::l10n::ids("page-team-").into_iter().collect();
    assert!(team_ids.len() > 80, "{} team messages", team_ids.len());
    let en_msgs = en["messages"].as_object().unwrap();
    assert!(
        en_msgs.contains_key("step-prepare-file") && en_msgs.contains_key("ev-nir-certified"),
        "the labels of labels.js"
    );
    let horizon = secu_case::status::PORTFOLIO_HORIZON_DAYS.to_string();
    for lang in Lang::ALL {
        let w = words(lang.tag());
        assert_eq!(w["lang"], lang.tag());
        assert_eq!(w["dir"], if lang.is_rtl() { "rtl" } else { "ltr" });
        let msgs = w["messages"].as_object().unwrap();
        let keys: BTreeSet<&str> = en_msgs.keys().map(String::as_str).collect();
        assert_eq!(
            msgs.keys().map(String::as_str).collect::<BTreeSet<_>>(),
            keys,
            "{}: the same messages as English",
            lang.tag()
        );
        for id in &team_ids {
            assert!(msgs.contains_key(*id), "{}: {id}", lang.tag());
        }
        assert!(
            msgs["page-team-filter-upcoming"]
                .as_str()
                .unwrap()
                .contains(&horizon),
            "{}: the horizon",
            lang.tag()
        );
        assert!(
            msgs["page-team-signed-in-as"]
                .as_str()
                .unwrap()
                .contains("{email}"),
            "{}: a string variable stays a placeholder for the page",
            lang.tag()
        );
        if lang != Lang::En {
            // In its own words: most texts differ from English (a few, such
            // as "Administration" or "Date", may be the same word).
            let same = msgs
                .iter()
                .filter(|(id, v)| en_msgs[id.as_str()] == **v)
                .count();
            assert!(
                same * 5 < msgs.len(),
                "{}: {same} of {} texts are English's",
                lang.tag(),
                msgs.len()
            );
        }
    }
    // BCP 47 with the core's fallback; an unknown language is refused.
    assert_eq!(words("pt-BR")["lang"], "pt");
    let r = get(s.addr, "/team/l10n/nl");
    assert_eq!(r.status, 404);
    assert_eq!(r.json()["errors"][0]["path"], "lang");
}
