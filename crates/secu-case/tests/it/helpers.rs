//! Shared helpers: the bundled examples.

use std::path::PathBuf;

/// The repository's `examples/` folder.
pub(crate) fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// Every bundled household, by name (`NAME.json` without `.expect`), sorted.
pub(crate) fn example_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(examples_dir())
        .expect("examples/ exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".json")?;
            (!stem.ends_with(".expect")).then(|| stem.to_owned())
        })
        .collect();
    names.sort();
    names
}

/// The raw JSON of an example.
pub(crate) fn example_bytes(name: &str) -> Vec<u8> {
    std::fs::read(examples_dir().join(format!("{name}.json"))).expect("example readable")
}
