//! The output languages, their BCP 47 tags, and which of them can be selected.

use serde::{Deserialize, Serialize};

/// Language of every text the library produces.
///
/// Eight languages are known; one can be selected only when its resource is
/// complete: embedded in this build, or added at run time. Rendering in a
/// language that is not available falls back to English.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Lang {
    /// English (default; the reference resource).
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Portuguese (Brazilian, as CLDR's `pt`).
    Pt,
    /// German.
    De,
    /// Italian.
    It,
    /// Chinese, Simplified script.
    Zh,
    /// Arabic (written right to left).
    Ar,
    /// The pseudo-locale of the tests (`en-XA`): every text wrapped and
    /// accented, to find the texts that bypass the localisation system.
    /// Never selectable from a tag, never in JSON.
    #[doc(hidden)]
    #[serde(skip)]
    #[strum(disabled)]
    Pseudo,
}

impl Lang {
    /// Every known language, in this order.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Pt,
        Lang::De,
        Lang::It,
        Lang::Zh,
        Lang::Ar,
    ];

    /// The BCP 47 tag (`en`, `fr`, `zh`…).
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Zh => "zh",
            Lang::Ar => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself (CLDR's display name of the language
    /// in that language), as a language picker lists it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
            Lang::Zh => "中文（简体）",
            Lang::Ar => "العربية",
            Lang::Pseudo => "Ƥšéúðó",
        }
    }

    /// Whether the language is written right to left (Arabic).
    pub const fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// Whether this language can be selected: its resource is embedded in
    /// this build or was added, and it is complete.
    pub fn is_available(self) -> bool {
        crate::l10n::is_available(self)
    }

    /// The languages that can be selected now.
    pub fn available() -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| l.is_available()).collect()
    }

    /// The known language a BCP 47 tag falls back to (`pt-BR` → `pt`,
    /// `fr-CA` → `fr`, `zh-Hans-CN` → `zh`), case-insensitive, `_` accepted
    /// for `-`. `None` for another language, for Chinese in the Traditional
    /// script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`: the resource is
    /// Simplified), and for what is not a tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let subtags: Vec<&str> = tag.split(['-', '_']).collect();
        let well_formed = subtags
            .iter()
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
        let language = subtags.first()?.to_ascii_lowercase();
        if !well_formed || !(2..=3).contains(&language.len()) {
            return None;
        }
        let lang = Lang::ALL.into_iter().find(|l| l.tag() == language)?;
        if lang == Lang::Zh {
            let rest: Vec<String> = subtags[1..]
                .iter()
                .map(|s| s.to_ascii_lowercase())
                .collect();
            let traditional = rest.iter().any(|s| s == "hant")
                || (!rest.iter().any(|s| s == "hans")
                    && rest
                        .iter()
                        .any(|s| matches!(s.as_str(), "tw" | "hk" | "mo")));
            if traditional {
                return None;
            }
        }
        Some(lang)
    }

    /// The language of a POSIX locale (`fr_FR.UTF-8`, `pt_BR`, `de_DE@euro`),
    /// when it is a known one (`C` and `POSIX` are none).
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let base = locale.split(['.', '@']).next()?;
        if base.is_empty() || base == "C" || base == "POSIX" {
            return None;
        }
        Lang::from_tag(base)
    }

    /// The available language `tag` falls back to, or an error naming the
    /// languages that can be selected.
    pub fn parse_available(tag: &str) -> Result<Lang, crate::Error> {
        match Lang::from_tag(tag) {
            Some(l) if l.is_available() => Ok(l),
            _ => {
                let tags: Vec<&str> = Lang::available().into_iter().map(Lang::tag).collect();
                Err(crate::Error::new(
                    "lang",
                    crate::ErrorCode::UnknownValue,
                    crate::error::ErrText::new(crate::text::T::ErrUnsupportedLanguage)
                        .arg(crate::report::sanitize(tag).into_owned())
                        .arg(tags.join(", ")),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_fall_back_to_their_language() {
        for (tag, lang) in [
            ("en", Some(Lang::En)),
            ("pt-BR", Some(Lang::Pt)),
            ("fr-CA", Some(Lang::Fr)),
            ("FR", Some(Lang::Fr)),
            ("zh-Hans-CN", Some(Lang::Zh)),
            ("zh-CN", Some(Lang::Zh)),
            ("zh", Some(Lang::Zh)),
            ("zh-Hant-TW", None),
            ("zh-TW", None),
            ("ar-MA", Some(Lang::Ar)),
            ("de_AT", Some(Lang::De)),
            ("nl", None),
            ("", None),
            ("english", None),
            ("en-", None),
            ("e n", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("de_DE@euro"), Some(Lang::De));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
    }

    #[test]
    fn only_complete_languages_are_available() {
        assert!(Lang::En.is_available());
        let err = Lang::parse_available("nl-BE")
            .expect_err("unknown")
            .to_string();
        assert!(
            err.contains("unsupported language \"nl-BE\": expected one of en"),
            "{err}"
        );
    }
}
