//! The OpenAPI 3.1 description of the API (`GET /openapi.json`,
//! `docs/openapi.json`), generated from the Rust types: the request and
//! response bodies are the JSON Schemas schemars derives from the core's
//! types, placed under `components/schemas` (OpenAPI 3.1 schemas are JSON
//! Schema 2020-12, as schemars writes them).

use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

/// One example household (the contract's, §1), used by the document's
/// examples and checked against the server by the tests.
pub const EXAMPLE_HOUSEHOLD: &str = r#"{"format":"secu.household.v1","as_of":"2026-11-27","members":[{"id":"priya","label":"Priya S. (EMP-0042)","relationship":"primary","birth_date":"1990-04-12","sex":"female","nationality":"IN","birth_country":"IN","nir":null,"previously_insured_in_france":false,"activity":{"kind":"employed","start_date":"2026-10-01","employer":{"siren":"552100554","payroll_id":"0042"}},"residence":{"arrival_date":"2026-09-20","permit":"talent_passport","permit_valid_from":"2026-09-20","permit_valid_until":"2030-09-19","postcode":"92400"},"in_education":false}]}"#;

/// The rules catalogue as JSON (`GET /v1/rules`): every rule of
/// `secu::rules::ALL` with what it decides in `lang`.
#[must_use]
pub fn catalogue(lang: secu::Lang) -> Value {
    let rules: Vec<Value> = secu::rules::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "decides": r.decides.get(lang),
                "sources": r.sources,
                "confidence": r.confidence,
                "domain": r.domain,
            })
        })
        .collect();
    json!({ "rules_version": secu::output::RULES_VERSION, "rules": rules })
}

/// The OpenAPI document, pretty-printed with a final newline.
#[must_use]
pub fn document() -> String {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    let mut g = settings.into_generator();
    let household: Value = g.subschema_for::<secu::Household>().into();
    let assessment: Value = g.subschema_for::<secu::Assessment<'static>>().into();
    let codes: Value = g
        .subschema_for::<secu::codes::AssessmentCodes<'static>>()
        .into();
    let problem: Value = g.subschema_for::<crate::Problem>().into();
    let nir_check: Value = g.subschema_for::<secu::id::nir::NirCheck>().into();
    let defs = g.take_definitions(true);
    let example: Value = serde_json::from_str(EXAMPLE_HOUSEHOLD).unwrap_or(Value::Null);

    let problem_response = |what: &str| json!({ "description": what, "content": { "application/problem+json": { "schema": problem.clone() } } });
    let common_errors = json!({
        "401": problem_response("API key missing or wrong (when the server has `--api-keys`)"),
        "413": problem_response("body over the limit"),
        "429": problem_response("rate-limited"),
        "503": problem_response("shutting down, at capacity, or timed out"),
    });
    let with = |extra: Value| {
        let mut m = common_errors.as_object().cloned().unwrap_or_default();
        if let Value::Object(e) = extra {
            m.extend(e);
        }
        Value::Object(m)
    };
    let q = |name: &str, description: &str, schema: Value| json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema });
    let assess_params = json!([
        q(
            "as_of",
            "Evaluation date; beats the household's `as_of`, which beats the server's today.",
            json!({"type": "string", "format": "date"})
        ),
        lang_parameter("Language of every text."),
        q(
            "detail",
            "`codes`: the assessment without rendered texts.",
            json!({"type": "string", "enum": ["full", "codes"], "default": "full"})
        ),
        q(
            "partial",
            "`true`: a partial household (contract §5): absent facts are unknown; the answer adds `complete`, `questions` and each member's `provisional`. `POST /v1/batch` answers 400 `partial_not_available`.",
            json!({"type": "boolean", "default": false})
        ),
    ]);
    let json_body = |schema: Value, example: Value| json!({ "required": true, "content": { "application/json": { "schema": schema, "example": example } } });
    let ok = |description: &str, media: &str, schema: Value| json!({ "description": description, "content": { media: { "schema": schema } } });
    let doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "secu",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "French health insurance (Sécurité sociale) for foreign employees and their families: the HTTP API of `secu serve` (contract §6).",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" }
        },
        "servers": [{ "url": "http://127.0.0.1:8080" }],
        "security": [{}, { "apiKey": [] }],
        "paths": {
            "/v1/assess": { "post": {
                "operationId": "assess",
                "summary": "Assess a household",
                "parameters": assess_params.clone(),
                "requestBody": json_body(household.clone(), example.clone()),
                "responses": with(json!({
                    "200": { "description": "The assessment (`detail=codes`: the compact one)", "content": { "application/json": { "schema": { "oneOf": [assessment, codes] } } } },
                    "400": problem_response("malformed JSON or query"),
                    "422": problem_response("invalid household: every problem with its path"),
                }))
            }},
            "/v1/batch": { "post": {
                "operationId": "batch",
                "summary": "Assess many households, one per line; records streamed, as `secu batch`",
                "parameters": assess_params,
                "requestBody": { "required": true, "content": { "application/x-ndjson": {
                    "schema": { "type": "string", "description": "One household (JSON) per line." },
                    "example": format!("{EXAMPLE_HOUSEHOLD}\n")
                } } },
                "responses": with(json!({
                    "200": ok("One record per input line, in order: an assessment with its `line`, or `{format: \"secu.error.v1\", line, errors}`", "application/x-ndjson", json!({"type": "string"})),
                    "400": problem_response("malformed query"),
                }))
            }},
            "/v1/nir": { "post": {
                "operationId": "checkNir",
                "summary": "Validate and explain a NIR/NIA (the verdict of `secu nir check --json`; 200 whether valid or not)",
                "requestBody": json_body(json!({
                    "type": "object", "required": ["number"], "additionalProperties": false,
                    "properties": { "number": { "type": "string", "description": "13 or 15 characters, spaces allowed" } }
                }), json!({ "number": "2 90 04 99 216 011 93" })),
                "responses": with(json!({
                    "200": ok("The verdict", "application/json", nir_check),
                    "400": problem_response("malformed JSON"),
                    "422": problem_response("not `{number}`"),
                }))
            }},
            "/v1/schema/{which}": { "get": {
                "operationId": "schema",
                "summary": "The JSON Schema of the household or the assessment (`?detail=codes`: the compact assessment)",
                "parameters": [
                    { "name": "which", "in": "path", "required": true, "schema": { "type": "string", "enum": ["household", "assessment"] } },
                    q("detail", "For `assessment`: `codes` gives the compact assessment's schema.", json!({"type": "string", "enum": ["full", "codes"], "default": "full"})),
                ],
                "responses": with(json!({
                    "200": ok("A JSON Schema (2020-12)", "application/json", json!({"type": "object"})),
                    "404": problem_response("no such schema"),
                }))
            }},
            "/v1/rules": { "get": {
                "operationId": "rules",
                "summary": "The rules catalogue",
                "parameters": [lang_parameter("Language of `decides`.")],
                "responses": with(json!({ "200": ok("Every rule with its sources", "application/json", json!({
                    "type": "object", "required": ["rules_version", "rules"],
                    "properties": { "rules_version": {"type": "string"}, "rules": { "type": "array", "items": {
                        "type": "object", "required": ["id", "decides", "sources", "confidence", "domain"],
                        "properties": { "id": {"type": "string"}, "decides": {"type": "string"}, "sources": {"type": "array", "items": {"type": "string"}}, "confidence": {"type": "string"}, "domain": {"type": "string"} }
                    } } }
                })) }))
            }},
            "/openapi.json": { "get": {
                "operationId": "openapi", "summary": "This document",
                "responses": with(json!({ "200": ok("OpenAPI 3.1", "application/json", json!({"type": "object"})) }))
            }},
            "/healthz": { "get": {
                "operationId": "healthz", "summary": "Liveness (503 once shutting down)", "security": [],
                "responses": {
                    "200": ok("Alive", "application/json", json!({"type": "object", "properties": {"status": {"const": "ok"}}})),
                    "503": problem_response("shutting down"),
                }
            }},
            "/metrics": { "get": {
                "operationId": "metrics", "summary": "Prometheus text metrics (no personal data in labels)",
                "responses": with(json!({ "200": ok("Prometheus text format 0.0.4", "text/plain", json!({"type": "string"})) }))
            }},
        },
        "components": {
            "schemas": defs,
            "securitySchemes": { "apiKey": { "type": "http", "scheme": "bearer", "description": "An API key whose SHA-256 digest is in the server's `--api-keys` file." } }
        }
    });
    let mut doc = doc;
    // The team service (contract §7), served with `--db`.
    if let (Some(Value::Object(paths)), Value::Object(team)) = (
        doc.get_mut("paths"),
        crate::team::http::openapi_paths(&problem),
    ) {
        paths.extend(team);
    }
    if let (Some(Value::Object(schemes)), Value::Object(team)) = (
        doc.pointer_mut("/components/securitySchemes"),
        crate::team::http::openapi_security_schemes(),
    ) {
        schemes.extend(team);
    }
    with_lang_everywhere(&mut doc, &problem_response("an unknown `lang`"));
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// The `lang` query parameter (`lang.rs`): a BCP 47 tag of one of the
/// languages the core has (listed from [`secu::Lang::available`], not by
/// hand), with the core's fallback; Accept-Language when absent.
fn lang_parameter(what: &str) -> Value {
    let tags: Vec<&str> = secu::Lang::available()
        .into_iter()
        .map(secu::Lang::tag)
        .collect();
    json!({
        "name": "lang", "in": "query", "required": false,
        "description": format!(
            "{what} A BCP 47 tag of one of the available languages ({}); a tag with a region or a script falls back to its language (`pt-BR` → `pt`, `zh-Hans-CN` → `zh`). When absent: the language the `Accept-Language` header prefers (q-values honoured), else `en`. Another language: 422 naming `query.lang`, listing the available tags.",
            tags.join(", ")
        ),
        "schema": {
            "type": "string",
            "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
            "examples": tags,
            "default": "en"
        }
    })
}

/// Every operation takes `lang` (the problems' titles and messages, and the
/// team service's statuses and calendars, are in it) and may answer 422 for
/// an unknown one.
fn with_lang_everywhere(doc: &mut Value, unknown: &Value) {
    let Some(Value::Object(paths)) = doc.get_mut("paths") else {
        return;
    };
    for item in paths.values_mut() {
        let Value::Object(ops) = item else { continue };
        for op in ops.values_mut() {
            let Value::Object(op) = op else { continue };
            let params = op
                .entry("parameters")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(params) = params
                && !params.iter().any(|p| p["name"] == "lang")
            {
                params.push(lang_parameter(
                    "Language of the texts of the answer and of its problems.",
                ));
            }
            if let Some(Value::Object(responses)) = op.get_mut("responses") {
                responses.entry("422").or_insert_with(|| unknown.clone());
            }
        }
    }
}
