//! The template environment: templates compiled in, autoescaping on (`.html`), and `t()`
//! for every string. Debug builds (and so the tests) make an undefined variable an error.
use crate::i18n::{Translations, fluent_args};
use minijinja::value::Kwargs;
use minijinja::{Environment, Error, ErrorKind, State, UndefinedBehavior};
use std::sync::Arc;

pub fn environment(i18n: Arc<Translations>) -> Environment<'static> {
    let mut env = Environment::new();
    minijinja_embed::load_templates!(&mut env);
    if cfg!(debug_assertions) {
        env.set_undefined_behavior(UndefinedBehavior::Strict);
    }
    env.add_function(
        "t",
        move |state: &State, key: &str, kwargs: Kwargs| -> Result<String, Error> {
            let lang = state
                .lookup("lang")
                .and_then(|v| v.as_str().map(str::to_owned))
                .ok_or_else(|| {
                    Error::new(ErrorKind::UndefinedError, "t() needs `lang` in the context")
                })?;
            let mut pairs = Vec::new();
            for name in kwargs.args() {
                pairs.push((name, kwargs.get::<minijinja::Value>(name)?));
            }
            let args = (!pairs.is_empty()).then(|| fluent_args(pairs));
            if cfg!(debug_assertions) {
                i18n.try_format(&lang, key, args.as_ref())
                    .map_err(|e| Error::new(ErrorKind::UndefinedError, e.to_string()))
            } else {
                Ok(i18n.format(&lang, key, args.as_ref()))
            }
        },
    );
    env
}
