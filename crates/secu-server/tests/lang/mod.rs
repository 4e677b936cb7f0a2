//! The HTTP API in every language (issue 14): `lang` as a BCP 47 tag with
//! the core's fallback, else `Accept-Language` (q-values), else English; an
//! unknown `lang` is a 422 naming it; problems in the request's language.
//! Every expectation is the core's own rendering in that language, and each
//! test also checks that the language changes the answer (so that a server
//! ignoring it fails).

use secu::Lang;
use secu::text::T;
use secu_server::ServeArgs;

use super::common::http::{self, post};
use super::{core_assessment, example, problem, root, start};

/// The household these tests assess, and its texts in `lang` by the core.
fn expected(lang: Lang) -> serde_json::Value {
    core_assessment(&example("talent_passport_family"), secu::Detail::Full, lang)
}

#[test]
fn assess_in_the_language_asked_for() {
    let s = start(ServeArgs::default());
    let body = example("talent_passport_family");
    let en = expected(Lang::En);
    for (target, accept, lang) in [
        ("/v1/assess?lang=ar", None, Lang::Ar),
        ("/v1/assess?lang=zh", None, Lang::Zh),
        ("/v1/assess?lang=pt-BR", None, Lang::Pt),
        ("/v1/assess?lang=zh-Hans-CN", None, Lang::Zh),
        ("/v1/assess", Some("de-CH, fr;q=0.5"), Lang::De),
        ("/v1/assess", Some("nl, it;q=0.4, es;q=0.6"), Lang::Es),
        // `lang` beats the header.
        ("/v1/assess?lang=fr", Some("de"), Lang::Fr),
        // No language of ours in the header: English.
        ("/v1/assess", Some("nl, ja;q=0.8"), Lang::En),
        ("/v1/assess", None, Lang::En),
    ] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("Accept-Language", a)).into_iter().collect();
        let r = http::request(s.addr, "POST", target, &headers, &body).unwrap();
        assert_eq!(r.status, 200, "{target}: {}", r.text());
        let want = expected(lang);
        if lang != Lang::En {
            assert_ne!(
                want, en,
                "{lang:?}: the household's texts differ from English"
            );
        }
        assert!(
            r.json() == want,
            "{target} {accept:?}: not the core's {lang:?} assessment"
        );
    }
}

#[test]
fn batch_and_rules_in_the_language_asked_for() {
    let s = start(ServeArgs::default());
    let line: serde_json::Value =
        serde_json::from_slice(&example("talent_passport_family")).unwrap();
    let line = line.to_string();
    let body = format!("{line}\n{{\"members\":1}}\n");
    let r = http::request(
        s.addr,
        "POST",
        "/v1/batch",
        &[("Accept-Language", "it-CH;q=0.9, en;q=0.8")],
        body.as_bytes(),
    )
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.text());
    let records = |lang: Lang| {
        let o = secu::batch::LineOptions {
            as_of: None,
            today: chrono::Local::now().date_naive(),
            lang,
            policy: secu::Policy::default(),
            detail: secu::Detail::Full,
            max_line_bytes: 1 << 20,
        };
        let mut out = Vec::new();
        for (k, l) in body.lines().enumerate() {
            secu::batch::jsonl_record(
                &mut out,
                k as u64 + 1,
                secu::batch::Line::Text(l.as_bytes()),
                &o,
            );
        }
        out
    };
    assert_ne!(records(Lang::It), records(Lang::En));
    assert!(
        r.body == records(Lang::It),
        "not the core's Italian records: {:.300}",
        r.text()
    );

    let rules = http::get(s.addr, "/v1/rules?lang=ar").json();
    assert_eq!(rules, secu_server::openapi::catalogue(Lang::Ar));
    assert_ne!(rules, secu_server::openapi::catalogue(Lang::En));
}

/// The tags the core can select now, as the server lists them.
fn tags() -> Vec<&'static str> {
    Lang::available().into_iter().map(Lang::tag).collect()
}

#[test]
fn an_unknown_lang_is_a_422_naming_it() {
    let s = start(ServeArgs::default());
    assert_eq!(
        tags().len(),
        8,
        "every language is embedded in native builds"
    );
    let body = example("eu_employee");
    for target in [
        "/v1/assess?lang=xx",
        "/v1/assess?lang=zh-TW",
        "/v1/assess?lang=",
        "/v1/batch?lang=klingon",
        "/v1/rules?lang=nl",
        "/v1/nir?lang=xx",
    ] {
        let r = if target.starts_with("/v1/rules") {
            http::get(s.addr, target)
        } else {
            post(s.addr, target, &body)
        };
        let v = problem(&r, 422);
        assert_eq!(v["errors"][0]["path"], "query.lang", "{target}: {v}");
        assert_eq!(v["errors"][0]["code"], "unknown_value", "{target}");
        let message = v["errors"][0]["message"].as_str().unwrap();
        for tag in tags() {
            assert!(
                message.contains(tag),
                "{target}: {tag} not listed: {message}"
            );
        }
        assert!(!message.contains("klingon"), "the value is never quoted");
    }
    // In the language of the header.
    let r = http::request(
        s.addr,
        "POST",
        "/v1/assess?lang=xx",
        &[("Accept-Language", "es")],
        &body,
    )
    .unwrap();
    let v = problem(&r, 422);
    assert_eq!(v["title"], T::SrvTitleInvalidQuery.get(Lang::Es));
    assert_eq!(
        v["errors"][0]["message"],
        T::SrvLangUnknown.format(Lang::Es, &[&tags().join(", ")])
    );
    assert_ne!(
        v["errors"][0]["message"],
        T::SrvLangUnknown.format(Lang::En, &[&tags().join(", ")])
    );
    // With another problem of the query: 400, both reported.
    let v = problem(&post(s.addr, "/v1/assess?lang=xx&detail=short", &body), 400);
    assert_eq!(v["errors"].as_array().unwrap().len(), 2, "{v}");
}

#[test]
fn invalid_household_in_spanish() {
    let s = start(ServeArgs::default());
    let body = std::fs::read(
        root().join("crates/secu-cli/tests/bad/64_independent_problems_together.json"),
    )
    .unwrap();
    let core = secu::parse_household(&body).expect_err("invalid");
    let en = problem(&post(s.addr, "/v1/assess", &body), 422);
    for (target, headers) in [
        ("/v1/assess?lang=es", vec![]),
        ("/v1/assess?lang=es-MX", vec![]),
        (
            "/v1/assess",
            vec![("Accept-Language", "es-ES,es;q=0.9,en;q=0.8")],
        ),
    ] {
        let r = http::request(s.addr, "POST", target, &headers, &body).unwrap();
        let v = problem(&r, 422);
        assert_eq!(
            v["title"],
            T::SrvTitleInvalidHousehold.get(Lang::Es),
            "{target}"
        );
        let errors = v["errors"].as_array().unwrap();
        let want = core.clone().in_lang(Lang::Es).0;
        assert_eq!(errors.len(), want.len());
        let mut translated = 0;
        for ((got, want), english) in errors
            .iter()
            .zip(&want)
            .zip(en["errors"].as_array().unwrap())
        {
            // Paths and codes never change; messages are the core's Spanish.
            assert_eq!(got["path"], english["path"]);
            assert_eq!(got["code"], english["code"]);
            assert_eq!(got["path"], want.path.as_str());
            assert_eq!(got["message"], want.message.as_str(), "{target}");
            translated += usize::from(got["message"] != english["message"]);
        }
        assert!(
            translated * 2 > errors.len(),
            "{target}: most messages are in Spanish"
        );
    }
}

#[test]
fn the_servers_own_problems_in_the_requests_language() {
    let s = ServeArgs {
        max_body_bytes: 64,
        ..ServeArgs::default()
    };
    let s = start(s);
    let with = |lang: &str, method: &str, target: &str, body: &[u8]| {
        http::request(s.addr, method, target, &[("Accept-Language", lang)], body).unwrap()
    };
    // 404, in French.
    let v = problem(&with("fr-FR", "GET", "/nowhere", b""), 404);
    assert_eq!(v["title"], T::SrvTitleNotFound.get(Lang::Fr));
    assert_eq!(v["errors"][0]["message"], T::SrvNoEndpoint.get(Lang::Fr));
    assert_ne!(v["title"], T::SrvTitleNotFound.get(Lang::En));
    // 413, in Arabic, with its limit.
    let v = problem(&with("ar", "POST", "/v1/assess", &[b' '; 65]), 413);
    assert_eq!(v["title"], T::SrvTitleBodyTooLarge.get(Lang::Ar));
    assert_eq!(
        v["errors"][0]["message"],
        T::SrvBodyTooLarge.format(Lang::Ar, &["64"])
    );
    // 400 and 422 of /v1/nir, in Chinese; the code and path unchanged.
    let v = problem(&with("zh-CN", "POST", "/v1/nir", b"not json"), 400);
    assert_eq!(v["title"], T::SrvTitleMalformedJson.get(Lang::Zh));
    assert_eq!(v["errors"][0]["message"], T::SrvNotJson.get(Lang::Zh));
    assert_eq!(v["errors"][0]["code"], "malformed_json");
    let v = problem(&with("zh", "POST", "/v1/nir", b"{}"), 422);
    assert_eq!(
        v["errors"][0]["message"],
        T::SrvNirMissingNumber.get(Lang::Zh)
    );
    assert_eq!(v["errors"][0]["path"], "number");
    // 405, in German.
    let v = problem(&with("de", "GET", "/v1/assess", b""), 405);
    assert_eq!(
        v["errors"][0]["message"],
        T::SrvMethodNotAllowed.get(Lang::De)
    );
    // English stays the code's own words.
    let v = problem(&with("en", "GET", "/nowhere", b""), 404);
    assert_eq!(
        (v["title"].as_str(), v["errors"][0]["message"].as_str()),
        (Some("not found"), Some("no such endpoint"))
    );
}

#[test]
fn nir_verdict_in_the_language_asked_for() {
    let s = start(ServeArgs::default());
    // A wrong key: the verdict's message is the core's text.
    let body = br#"{"number":"2 90 04 99 216 011 94"}"#;
    let verdict = secu::id::nir::check("2 90 04 99 216 011 94");
    let e = verdict.error.as_ref().expect("a wrong key");
    let fr = e.text.render_or(Lang::Fr, &e.message);
    assert_ne!(fr, e.message);
    let r = post(s.addr, "/v1/nir?lang=fr", body).json();
    assert_eq!(r["error"]["message"], fr.as_str());
    assert_eq!(r["error"]["code"], e.code);
    let r = post(s.addr, "/v1/nir", body).json();
    assert_eq!(r["error"]["message"], e.message.as_str());
}

#[test]
fn openapi_lang_lists_the_cores_languages() {
    let doc: serde_json::Value = serde_json::from_str(&secu_server::openapi::document()).unwrap();
    let mut ops = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let lang = op["parameters"]
                .as_array()
                .and_then(|p| p.iter().find(|p| p["name"] == "lang"))
                .unwrap_or_else(|| panic!("{method} {path}: no lang parameter"));
            let examples: Vec<&str> = lang["schema"]["examples"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap())
                .collect();
            assert_eq!(examples, tags(), "{method} {path}");
            let pattern = lang["schema"]["pattern"].as_str().unwrap();
            assert!(pattern.starts_with('^'), "{pattern}");
            assert!(op["responses"]["422"].is_object(), "{method} {path}");
            ops += 1;
        }
    }
    assert!(ops > 20, "{ops}");
}
