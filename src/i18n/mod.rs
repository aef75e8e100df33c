//! Every word a citizen or a staff member reads: Fluent bundles per language (CLDR plural
//! rules come with Fluent), the `t()` function templates call, and the choice of language
//! for a request (link, then cookie, then `Accept-Language`, then Bokmål).
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// The language everything falls back to, and the default when nothing else is known.
pub const DEFAULT_LANG: &str = "nb";

/// Fluent sources compiled into the binary. A language is offered in the interface only
/// when it has a file here.
const SOURCES: &[(&str, &str)] = &[
    ("nb", include_str!("locales/nb.ftl")),
    ("nn", include_str!("locales/nn.ftl")),
    ("se", include_str!("locales/se.ftl")),
    ("en", include_str!("locales/en.ftl")),
    ("ar", include_str!("locales/ar.ftl")),
    ("fa", include_str!("locales/fa.ftl")),
    ("uk", include_str!("locales/uk.ftl")),
    ("ru", include_str!("locales/ru.ftl")),
    ("ti", include_str!("locales/ti.ftl")),
    ("am", include_str!("locales/am.ftl")),
    ("om", include_str!("locales/om.ftl")),
    ("tl", include_str!("locales/tl.ftl")),
    ("so", include_str!("locales/so.ftl")),
    ("pl", include_str!("locales/pl.ftl")),
    ("lt", include_str!("locales/lt.ftl")),
];

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("the {lang} translation file has errors: {message}")]
    Parse { lang: String, message: String },
    #[error("message {key} is missing in {lang}")]
    Missing { lang: String, key: String },
}

struct Bundle {
    bundle: FluentBundle<FluentResource>,
    keys: Vec<String>,
}

/// All interface translations, loaded once at start and shared.
pub struct Translations {
    bundles: BTreeMap<String, Bundle>,
}

impl Translations {
    /// Parses every embedded Fluent file. `rtl` names right-to-left languages, whose
    /// placeables get Unicode isolation marks so numbers and names keep their direction.
    pub fn load(rtl: &[&str]) -> Result<Translations, I18nError> {
        let mut bundles = BTreeMap::new();
        for (lang, source) in SOURCES {
            let resource =
                FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
                    I18nError::Parse {
                        lang: (*lang).into(),
                        message: format!("{errors:?}"),
                    }
                })?;
            let keys = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            let id: LanguageIdentifier = lang.parse().map_err(|_| I18nError::Parse {
                lang: (*lang).into(),
                message: "not a language identifier".into(),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(rtl.contains(lang));
            bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::Parse {
                    lang: (*lang).into(),
                    message: format!("{errors:?}"),
                })?;
            bundles.insert((*lang).to_owned(), Bundle { bundle, keys });
        }
        Ok(Translations { bundles })
    }

    /// Languages the interface is available in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// Every message key, from the default language.
    pub fn keys(&self) -> &[String] {
        self.bundles
            .get(DEFAULT_LANG)
            .map(|b| b.keys.as_slice())
            .unwrap_or(&[])
    }

    /// Formats `key` in `lang`; a missing message is an error (tests make sure none is).
    pub fn try_format(
        &self,
        lang: &str,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, I18nError> {
        let missing = || I18nError::Missing {
            lang: lang.into(),
            key: key.into(),
        };
        let bundle = &self.bundles.get(lang).ok_or_else(missing)?.bundle;
        let pattern = bundle
            .get_message(key)
            .and_then(|m| m.value())
            .ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang, key, ?errors, "translation formatted with errors");
        }
        Ok(text.into_owned())
    }

    /// Formats `key` in `lang`, falling back to Bokmål, then to the key itself, so a page
    /// never breaks over a missing string in production.
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        self.try_format(lang, key, args)
            .or_else(|_| self.try_format(DEFAULT_LANG, key, args))
            .unwrap_or_else(|e| {
                tracing::error!(%e, "missing translation");
                key.to_owned()
            })
    }

    /// The message keys of the default language that `lang` lacks.
    pub fn missing_keys(&self, lang: &str) -> Vec<String> {
        let Some(bundle) = self.bundles.get(lang) else {
            return self.keys().to_vec();
        };
        self.keys()
            .iter()
            .filter(|k| !bundle.keys.contains(k))
            .cloned()
            .collect()
    }
}

/// Converts template keyword arguments to Fluent arguments (numbers stay numbers, so
/// plural rules apply).
pub fn fluent_args<'a>(
    pairs: impl IntoIterator<Item = (&'a str, minijinja::Value)>,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        let v: FluentValue = if let Ok(n) = i64::try_from(value.clone()) {
            FluentValue::from(n)
        } else if let Ok(f) = f64::try_from(value.clone()) {
            FluentValue::from(f)
        } else {
            FluentValue::from(value.to_string())
        };
        args.set(name.to_owned(), v);
    }
    args
}

/// How the language of a page was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    pub lang: String,
    /// A language the link asked for that the interface does not have yet.
    pub unavailable: Option<String>,
}

/// Chooses the page language: the link's `lang=`, then the remembered choice (cookie),
/// then the browser's `Accept-Language`, then Bokmål.
pub fn negotiate(
    translations: &Translations,
    from_link: Option<&str>,
    from_cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Negotiated {
    let mut unavailable = None;
    if let Some(code) = from_link.map(normalise_code) {
        if translations.has_language(&code) {
            return Negotiated {
                lang: code,
                unavailable: None,
            };
        }
        if !code.is_empty() {
            unavailable = Some(code);
        }
    }
    if let Some(code) = from_cookie
        .map(normalise_code)
        .filter(|c| translations.has_language(c))
    {
        return Negotiated {
            lang: code,
            unavailable,
        };
    }
    if let Some(header) = accept_language {
        for id in fluent_langneg::accepted_languages::parse(header) {
            let code = normalise_code(id.language.as_str());
            if translations.has_language(&code) {
                return Negotiated {
                    lang: code,
                    unavailable,
                };
            }
        }
    }
    Negotiated {
        lang: DEFAULT_LANG.to_owned(),
        unavailable,
    }
}

/// Lowercases a language code and maps the macro-language `no` to Bokmål.
fn normalise_code(code: &str) -> String {
    let code = code.trim().to_ascii_lowercase();
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    match primary {
        "no" => "nb".to_owned(),
        "fil" => "tl".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translations() -> Translations {
        Translations::load(&["ar", "fa"]).expect("embedded translations parse")
    }

    #[test]
    fn every_interface_language_has_every_key() {
        let t = translations();
        assert_eq!(
            t.languages().count(),
            15,
            "all product languages have an interface"
        );
        for lang in t.languages() {
            assert!(
                t.missing_keys(lang).is_empty(),
                "{lang} lacks {:?}",
                t.missing_keys(lang)
            );
        }
    }

    #[test]
    fn plural_rules_apply() {
        let t = translations();
        let one = t.format(
            "en",
            "form-has-errors",
            Some(&fluent_args([("count", 1.into())])),
        );
        let many = t.format(
            "en",
            "form-has-errors",
            Some(&fluent_args([("count", 3.into())])),
        );
        assert!(one.contains("one thing"), "{one}");
        assert!(many.contains("3 things"), "{many}");
    }

    #[test]
    fn every_message_formats_in_every_language() {
        let t = translations();
        let args = fluent_args([
            ("count", 3.into()),
            ("max", 4000.into()),
            ("current", 2.into()),
            ("total", 5.into()),
            ("answered", 1.into()),
            ("code", "xx".into()),
            ("k", 5.into()),
            ("name", "Kari".into()),
            ("role", "planner".into()),
            ("lang", "norsk".into()),
            ("percent", 40.into()),
            ("change", 4.5.into()),
            ("year", "2026".into()),
            ("line", "7".into()),
            ("link", "https://example.org/w/ABC234".into()),
            ("date", "2026-12-01".into()),
            ("value", "4.2".into()),
            ("revision", 7.into()),
            ("audience", "parent".into()),
            ("key", "helpful".into()),
            ("indicator", "V1".into()),
            ("provider", "Kommunens innlogging".into()),
            ("noise", 5.into()),
            ("published_k", 10.into()),
            ("municipality", "Trondheim kommune".into()),
            ("contact", "personvernombud@example.org".into()),
            ("months", 36.into()),
            ("quarter", 4.into()),
        ]);
        for lang in t.languages() {
            for key in t.keys() {
                let text = t.try_format(lang, key, Some(&args)).expect("present");
                assert!(!text.trim().is_empty(), "{lang} {key} is empty");
                assert!(
                    !text.contains('{'),
                    "{lang} {key} has a broken placeable: {text}"
                );
            }
        }
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let t = translations();
        let count = |lang: &str, n: i64| {
            t.format(
                lang,
                "form-has-errors",
                Some(&fluent_args([("count", n.into())])),
            )
        };
        // Russian, Ukrainian, Lithuanian and Arabic put 2 and 11 in different plural
        // categories with different words (Polish does too, but "rzeczy" serves both).
        for lang in ["ru", "uk", "lt", "ar"] {
            assert_ne!(
                count(lang, 2),
                count(lang, 11).replace("11", "2"),
                "{lang}: 2 and 11 take different forms"
            );
        }
    }

    #[test]
    fn link_wins_then_cookie_then_browser_then_bokmal() {
        let t = translations();
        assert_eq!(negotiate(&t, Some("nn"), Some("en"), Some("en")).lang, "nn");
        assert_eq!(negotiate(&t, None, Some("en"), Some("nn")).lang, "en");
        assert_eq!(negotiate(&t, None, None, Some("de-DE,en;q=0.9")).lang, "en");
        assert_eq!(negotiate(&t, None, None, Some("no;q=0.9")).lang, "nb");
        assert_eq!(negotiate(&t, None, None, None).lang, "nb");
    }

    #[test]
    fn a_language_without_interface_falls_back_with_a_note() {
        let t = translations();
        let n = negotiate(&t, Some("xx"), None, Some("en"));
        assert_eq!(n.lang, "en");
        assert_eq!(n.unavailable.as_deref(), Some("xx"));
        let n = negotiate(&t, Some("xx"), None, None);
        assert_eq!(n.lang, "nb");
        assert_eq!(n.unavailable.as_deref(), Some("xx"));
    }
}
