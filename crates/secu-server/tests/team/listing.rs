//! The portfolio's per-process cache (issue 16) seen from outside: a
//! server that has listed the cases before answers, request after request,
//! the very bytes a server that never listed them answers — on every
//! filter, in two languages, on two days — and still does after another
//! server on the same database recorded an event, redacted a member, or
//! after a summary was changed in the database behind both servers' backs;
//! so do servers that filled their cache at start (`App::warm_up`, as
//! `secu serve --db` does), before listening or while serving.

use secu_server::team::{Backend, Store};

use super::http::{Server, Warm, call, server, server_with};
use super::{firm_admin, first_document, key, now};

/// Cases opened 10 days ago (the server records events at the real clock).
async fn open_case(store: &Store, org: &str, name: &str) -> String {
    let h = secu::parse_household(&super::example(name)).unwrap();
    let opened = chrono::Utc::now().date_naive() - chrono::Days::new(10);
    store.open_case(org, h, Some(opened), now()).await.unwrap()
}

pub(super) fn listing_follows_the_database(url: &str) {
    let rt = super::runtime();
    let (token, ids, kind) = rt.block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let admin = firm_admin(&store).await;
        let token = store.create_token(&admin, "t", now()).await.unwrap().token;
        let org = store.create_org("Cached SA", now()).await.unwrap();
        let mut ids = Vec::new();
        for name in [
            "talent_passport_family",
            "returning_worker_with_nir",
            "provisional_nia",
            "eu_employee",
        ] {
            ids.push(open_case(&store, &org, name).await);
        }
        let kind = first_document(&store, &ids[1], "emilie").await.unwrap();
        store.close().await;
        (
            token,
            ids,
            serde_json::to_value(kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned(),
        )
    });
    let auth = format!("Bearer {token}");
    let get = |addr, target: &str, lang: &str| {
        let r = call(
            addr,
            "GET",
            target,
            &[("Authorization", &auth), ("Accept-Language", lang)],
            "",
        );
        assert_eq!(r.status, 200, "{target}: {}", r.text());
        r.text()
    };
    let today = chrono::Utc::now().date_naive();
    let targets = |as_of| {
        ["all", "blocked", "overdue", "upcoming"]
            .map(|filter| format!("/v1/cases?filter={filter}&as_of={as_of}"))
    };
    // `a` answers twice (its cache filled, then used), as a server that
    // never listed (a new one each time) does once. Today's summaries are
    // those stored (a listing on a later day stores that day's, which a
    // listing today then computes again without storing: done last).
    let same_on = |a: &Server, when: &str, as_of| {
        for target in &targets(as_of) {
            for lang in ["en", "fr"] {
                let uncached = get(server(url).addr, target, lang);
                for n in 0..2 {
                    assert_eq!(
                        get(a.addr, target, lang),
                        uncached,
                        "{when}: {target} in {lang}, request {n}"
                    );
                }
            }
        }
    };
    // `a` fills its cache as it lists; `w` warmed up before listening;
    // `m` warms up while serving, asked at once.
    let same = |a: &Server, when: &str| same_on(a, when, today);
    let (a, b) = (server(url), server(url));
    let m = server_with(url, Warm::While);
    let all_today = format!("/v1/cases?filter=all&as_of={today}");
    let at_once = get(m.addr, &all_today, "en");
    assert_eq!(
        at_once,
        get(server(url).addr, &all_today, "en"),
        "a request at once, meeting the warm-up"
    );
    same(&m, "first, after the warm-up");
    let w = server_with(url, Warm::Before);
    let same = |a: &Server, when: &str| {
        same_on(a, when, today);
        same_on(&w, &format!("{when} (warmed up)"), today);
        same_on(&m, &format!("{when} (warmed up while serving)"), today);
    };
    same(&a, "first");
    let all = format!("/v1/cases?as_of={today}");
    assert!(get(a.addr, &all, "en").contains("Meera M."));

    // A redaction through the other server: the label is gone from `a`'s
    // answers too.
    let r = call(
        b.addr,
        "POST",
        &format!("/v1/cases/{}/redact", ids[0]),
        &[("Authorization", &auth)],
        r#"{"member":"meera"}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(!get(a.addr, &all, "en").contains("Meera"));
    same(&a, "after a redaction through another server");

    // An event through the other server: its case's summary is sealed again.
    let body = format!(
        r#"{{"member":"emilie","date":"{today}","event":"document_waived","kind":"{kind}","reason":"r"}}"#
    );
    let r = call(
        b.addr,
        "POST",
        &format!("/v1/cases/{}/events", ids[1]),
        &[("Authorization", &auth)],
        &body,
    );
    assert_eq!(r.status, 201, "{}", r.text());
    same(&a, "after an event through another server");

    // Behind both servers' backs: one case's summary row replaced by
    // another's (the same flags and head would not open: the row is
    // computed again); then a summary deleted.
    rt.block_on(async {
        use sqlx::Executor as _;
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        };
        let mut conn = super::connect(url, backend).await;
        let sealed: Vec<u8> =
            sqlx::query_scalar("SELECT summary_sealed FROM case_summaries WHERE case_id = $1")
                .bind(&ids[3])
                .fetch_one(&mut conn)
                .await
                .unwrap();
        sqlx::query("UPDATE case_summaries SET summary_sealed = $1 WHERE case_id = $2")
            .bind(sealed)
            .bind(&ids[2])
            .execute(&mut conn)
            .await
            .unwrap();
        conn.execute(sqlx::AssertSqlSafe(format!(
            "DELETE FROM case_summaries WHERE case_id = '{}'",
            ids[3]
        )))
        .await
        .unwrap();
    });
    same(&a, "after summaries changed in the database");
    same_on(&a, "on a later day", today + chrono::Days::new(400));
    same_on(
        &w,
        "on a later day (warmed up)",
        today + chrono::Days::new(400),
    );
    drop(b);
}

#[test]
fn listing_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("listing.db").display());
    listing_follows_the_database(&url);
}
