//! The team service in the request's language (issue 14): a case's status,
//! calendar and portfolio, and an invalid household's problems, rendered in
//! the language of `lang` or `Accept-Language`, each equal to `secu_case`'s
//! own rendering in that language (and different from English, so that a
//! server ignoring the language fails).

use secu::Lang;
use secu_case::case::Case;
use secu_server::team::Store;

use super::http::{call, server};
use super::matrix::sign_in_pub;
use super::{example, firm_admin, key, now};

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// An iCalendar text unfolded (RFC 5545 §3.1), without its DTSTAMP lines
/// (the time it was written).
fn calendar_lines(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .lines()
        .filter(|l| !l.starts_with("DTSTAMP"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn case_status_and_calendar_in_french_and_arabic() {
    let _alone = crate::ALONE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("lang.db").display());
    let org = block_on(async {
        let store = Store::open(&url, key()).await.unwrap();
        let org = store.create_org("Own SA", now()).await.unwrap();
        firm_admin(&store).await;
        store.close().await;
        org
    });
    let srv = server(&url);
    let a = srv.addr;
    let s = sign_in_pub(a, "admin@firm.example");
    let h = [
        ("Cookie", s.cookie.as_str()),
        ("X-CSRF-Token", s.csrf.as_str()),
    ];
    let household = String::from_utf8(example("returning_worker_with_nir")).unwrap();
    let today = chrono::Utc::now().date_naive();
    let opened = today - chrono::Days::new(10);
    let r = call(
        a,
        "POST",
        "/v1/cases",
        &h,
        &format!(r#"{{"org":"{org}","household":{household},"opened_on":"{opened}"}}"#),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let id = r.json()["id"].as_str().unwrap().to_owned();

    // The case as `secu_case` reads it: the expectations.
    let export = call(a, "GET", &format!("/v1/cases/{id}/export"), &h, "");
    assert_eq!(export.status, 200);
    let case = Case::load(&export.body).unwrap();
    let p = case.replay(&case.policy().unwrap()).unwrap();
    let status = |lang: Lang| serde_json::to_value(p.status(today, lang)).unwrap();
    let calendar = |lang: Lang| {
        // The calendar's name in the language too (l10n-rest).
        let mut cal = secu_case::ical::calendar_in(lang);
        secu_case::ical::push_events(&mut cal, &p, &id, today, lang);
        calendar_lines(&cal.done().to_string())
    };

    for (query, accept, lang) in [
        ("&lang=fr", None, Lang::Fr),
        ("&lang=fr-BE", Some("ar"), Lang::Fr),
        ("", Some("ar-MA, fr;q=0.5"), Lang::Ar),
        ("&lang=ar", None, Lang::Ar),
        ("", None, Lang::En),
    ] {
        let mut hh = h.to_vec();
        if let Some(l) = accept {
            hh.push(("Accept-Language", l));
        }
        if lang != Lang::En {
            assert_ne!(
                status(lang),
                status(Lang::En),
                "{lang:?}: the status has texts"
            );
            assert_ne!(
                calendar(lang),
                calendar(Lang::En),
                "{lang:?}: the calendar has texts"
            );
        }
        let r = call(
            a,
            "GET",
            &format!("/v1/cases/{id}?as_of={today}{query}"),
            &hh,
            "",
        );
        assert_eq!(r.status, 200, "{}", r.text());
        assert!(
            r.json() == status(lang),
            "{query} {accept:?}: not the {lang:?} status"
        );
        let r = call(
            a,
            "GET",
            &format!("/v1/cases/{id}/calendar.ics?as_of={today}{query}"),
            &hh,
            "",
        );
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(
            calendar_lines(&r.text()),
            calendar(lang),
            "{query} {accept:?}"
        );
        if lang == Lang::Fr {
            assert!(
                r.text()
                    .contains("X-WR-CALNAME:secu\u{a0}: échéances de l'assurance maladie"),
                "{}",
                r.text()
            );
        }
        let r = call(
            a,
            "GET",
            &format!("/v1/cases?as_of={today}{query}"),
            &hh,
            "",
        );
        assert_eq!(r.status, 200, "{}", r.text());
        let want = serde_json::to_value(p.status(today, lang).portfolio()).unwrap();
        assert_eq!(r.json()["cases"][0]["members"], want);
    }

    // An unknown language on a team route: 422 naming it.
    let r = call(a, "GET", &format!("/v1/cases/{id}?lang=xx"), &h, "");
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(r.json()["errors"][0]["path"], "query.lang");

    // An invalid household, in Spanish, under `household`.
    let bad = br#"{"members":[{"id":"a","relationship":"primary","birth_date":"1990-02-30"}]}"#;
    let core = secu::parse_household(bad)
        .expect_err("invalid")
        .in_lang(Lang::Es);
    let english = secu::parse_household(bad).expect_err("invalid");
    let mut hh = h.to_vec();
    hh.push(("Accept-Language", "es"));
    let body = format!(
        r#"{{"org":"{org}","household":{}}}"#,
        std::str::from_utf8(bad).unwrap()
    );
    let r = call(a, "POST", "/v1/cases", &hh, &body);
    assert_eq!(r.status, 422, "{}", r.text());
    let v = r.json();
    assert_eq!(
        v["title"],
        secu::text::T::SrvTitleInvalidHousehold.get(Lang::Es)
    );
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), core.0.len());
    for ((got, want), en) in errors.iter().zip(&core.0).zip(&english.0) {
        assert_eq!(got["path"], format!("household.{}", want.path));
        assert_eq!(got["message"], want.message.as_str());
        assert_ne!(want.message, en.message, "the core has it in Spanish");
    }

    // A refused event: 409 with the case's reason in French.
    let refused = |lang: Lang| {
        let mut c = Case::load(&export.body).unwrap();
        let event = secu_case::event::Event::from_json(serde_json::json!({
            "event": "nir_certified", "number": "1 88 03 99 223 017 80"
        }))
        .unwrap();
        let e = c
            .record(
                "emilie",
                today,
                event,
                "2027-01-01T00:00:00Z",
                &mut || [0; 16],
                &c.policy().unwrap(),
            )
            .expect_err("refused");
        e.to_string_in(lang)
    };
    assert_ne!(refused(Lang::Fr), refused(Lang::En));
    let mut hh = h.to_vec();
    hh.push(("Accept-Language", "fr-CH"));
    let r = call(
        a,
        "POST",
        &format!("/v1/cases/{id}/events"),
        &hh,
        &format!(
            r#"{{"member":"emilie","date":"{today}","event":"nir_certified","number":"1 88 03 99 223 017 80"}}"#
        ),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    let v = r.json();
    assert_eq!(
        v["title"],
        secu::text::T::SrvTitleEventRefused.get(Lang::Fr)
    );
    assert_eq!(v["errors"][0]["code"], "event_refused");
    assert_eq!(v["errors"][0]["message"], refused(Lang::Fr).as_str());

    // A malformed body, in German, with its position.
    let hh = [h[0], h[1], ("Accept-Language", "de")];
    let r = call(a, "POST", "/v1/cases", &hh, "not json");
    assert_eq!(r.status, 400, "{}", r.text());
    let e = serde_json::from_str::<serde_json::Value>("not json").unwrap_err();
    let want = secu::text::T::SrvBadBody.format(
        Lang::De,
        &[
            &e.line().to_string(),
            &e.column().to_string(),
            "{org, household, opened_on?}",
        ],
    );
    assert_eq!(r.json()["errors"][0]["message"], want.as_str());

    // A store's refusal (an organisation that exists), in Italian.
    let hh = [h[0], h[1], ("Accept-Language", "it-IT")];
    let r = call(a, "POST", "/v1/orgs", &hh, r#"{"name":"Own SA"}"#);
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(
        r.json()["errors"][0]["message"],
        secu::text::T::SrvOrgExists.get(Lang::It)
    );
    assert_ne!(
        secu::text::T::SrvOrgExists.get(Lang::It),
        secu::text::T::SrvOrgExists.get(Lang::En)
    );

    // A session's 401 in the header's language.
    let r = call(a, "GET", "/v1/cases", &[("Accept-Language", "de")], "");
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json()["errors"][0]["message"],
        secu::text::T::SrvSignIn.get(Lang::De)
    );
}
