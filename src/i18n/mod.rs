//! The person's language. The sentences come from Fluent resources
//! (`locales/LANG/*.ftl`, built into the program) in the language of the
//! system or the one chosen; English (`en-US`) is the source, and the
//! fallback for any sentence a translation lacks. Numbers, names and
//! addresses are Fluent variables, never pieces of a sentence.
//!
//! A pseudo-locale, `qps-ploc` (English with accents, 40 % longer; by
//! `MAILSETUP_LANG=qps-ploc`), shows any sentence that does not come from
//! here and any text a layout cuts off.

mod pseudo;

use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// The source language.
pub const SOURCE: &str = "en-US";

/// The pseudo-locale's tag (BCP 47's private-use "pseudo" region).
pub const PSEUDO: &str = "qps-ploc";

/// One language's resource files, in the same order for each.
macro_rules! resources {
    ($tag:literal) => {
        [
            include_str!(concat!("../../locales/", $tag, "/window.ftl")),
            include_str!(concat!("../../locales/", $tag, "/checking.ftl")),
            include_str!(concat!("../../locales/", $tag, "/verdict.ftl")),
            include_str!(concat!("../../locales/", $tag, "/network.ftl")),
            include_str!(concat!("../../locales/", $tag, "/report.ftl")),
            include_str!(concat!("../../locales/", $tag, "/result.ftl")),
            include_str!(concat!("../../locales/", $tag, "/programs.ftl")),
            include_str!(concat!("../../locales/", $tag, "/thunderbird.ftl")),
            include_str!(concat!("../../locales/", $tag, "/cli.ftl")),
        ]
    };
}

/// Each language's resources, the source first.
const RESOURCES: &[(&str, &[&str])] = &[
    (SOURCE, &resources!("en-US")),
    ("de", &resources!("de")),
    ("ja", &resources!("ja")),
    ("fr", &resources!("fr")),
    ("es", &resources!("es")),
    ("pt-BR", &resources!("pt-BR")),
    ("it", &resources!("it")),
    ("nl", &resources!("nl")),
    ("pl", &resources!("pl")),
    ("zh-Hans", &resources!("zh-Hans")),
];

/// Every language the program has, the source first and the pseudo-locale
/// last. A language's bundle is parsed when it first speaks: most runs
/// need only one language and the source.
struct Languages(Vec<Language>);

struct Language {
    id: LanguageIdentifier,
    files: &'static [&'static str],
    pseudo: bool,
    bundle: OnceLock<FluentBundle<FluentResource>>,
}

impl Language {
    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle
            .get_or_init(|| bundle(&self.id, self.files, self.pseudo))
    }
}

fn languages() -> &'static Languages {
    static LANGUAGES: OnceLock<Languages> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let language = |tag: &str, files: &'static [&'static str], pseudo: bool| Language {
            id: tag.parse().unwrap_or_default(),
            files,
            pseudo,
            bundle: OnceLock::new(),
        };
        let mut all: Vec<_> = RESOURCES
            .iter()
            .map(|(tag, files)| language(tag, files, false))
            .collect();
        all.push(language(PSEUDO, RESOURCES[0].1, true));
        Languages(all)
    })
}

fn bundle(id: &LanguageIdentifier, files: &[&str], pseudo: bool) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    // egui lays out no bidirectional text yet: no isolation marks.
    bundle.set_use_isolating(false);
    // NUMBER() for the resources' numbers.
    let _ = bundle.add_builtins();
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for file in files {
        // The resources are the program's own and tested: a broken one
        // is a build mistake, caught by the tests below.
        let resource = FluentResource::try_new((*file).to_owned()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Which language speaks now (an index into [`Languages`]).
static CURRENT: RwLock<usize> = RwLock::new(0);

thread_local! {
    /// This thread's own language, when it has one (tests: each renders
    /// in its language beside the others).
    static HERE: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Speaks `tag` (a BCP 47 tag: `de`, `pt-BR`, `qps-ploc`) from now on, or
/// the closest language the program has (same language, any region);
/// false, and the source language, when it has none.
pub fn choose(tag: &str) -> bool {
    let found = find(tag);
    if let Ok(mut current) = CURRENT.write() {
        *current = found.unwrap_or(0);
    }
    found.is_some()
}

/// Speaks `tag` on this thread only, as [`choose`] finds it.
pub fn choose_here(tag: &str) -> bool {
    let found = find(tag);
    HERE.with(|here| here.set(Some(found.unwrap_or(0))));
    found.is_some()
}

fn find(tag: &str) -> Option<usize> {
    // A POSIX locale names the language as `de_DE.UTF-8@euro`.
    let tag = tag.split(['.', '@']).next().unwrap_or_default();
    let wanted: LanguageIdentifier = tag.replace('_', "-").parse().unwrap_or_default();
    let all = &languages().0;
    all.iter().position(|l| l.id == wanted).or_else(|| {
        all.iter()
            .position(|l| l.id.language == wanted.language && !l.pseudo)
    })
}

/// The language that speaks on this thread.
fn speaking() -> usize {
    HERE.with(std::cell::Cell::get)
        .unwrap_or_else(|| CURRENT.read().map_or(0, |c| *c))
}

/// Whether the language was named for this run (`MAILSETUP_LANG`,
/// `--lang`): then it wins over the one remembered in the window.
static NAMED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Speaks `MAILSETUP_LANG`'s language when it is set, else the system's.
pub fn choose_from_system() {
    match std::env::var("MAILSETUP_LANG") {
        Ok(tag) if !tag.is_empty() => choose_for_this_run(&tag),
        _ => choose_system(),
    };
}

/// Speaks the system's language, or the source language.
pub fn choose_system() -> bool {
    choose(&system_language())
}

/// The tag of the language the program speaks when it follows the system.
#[must_use]
pub fn system_language() -> String {
    let tag = sys_locale::get_locale().unwrap_or_else(|| SOURCE.to_owned());
    languages().0[find(&tag).unwrap_or(0)].id.to_string()
}

/// Speaks `tag` for this run (`--lang`), above any remembered choice; as
/// [`choose`].
pub fn choose_for_this_run(tag: &str) -> bool {
    NAMED.store(true, std::sync::atomic::Ordering::Relaxed);
    choose(tag)
}

/// Whether this run's language was named on starting it.
#[must_use]
pub fn named_for_this_run() -> bool {
    NAMED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The languages to choose from, as (tag, the language's own name), the
/// source first; not the pseudo-locale.
#[must_use]
pub fn available() -> Vec<(String, String)> {
    static NAMES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            let all = &languages().0;
            all[..all.len() - 1]
                .iter()
                .map(|l| (l.id.to_string(), own_name(l)))
                .collect()
        })
        .clone()
}

/// A language's name in that language, read from the one file that says
/// it, without parsing the language's other resources.
fn own_name(language: &Language) -> String {
    let file = language.files.iter().find(|f| f.contains("\nlanguage-name ="));
    let named = file.and_then(|file| {
        let one = bundle(&language.id, &[file], false);
        let pattern = one.get_message("language-name")?.value()?;
        Some(one.format_pattern(pattern, None, &mut Vec::new()).into_owned())
    });
    named.unwrap_or_else(|| language.id.to_string())
}

/// Each language's resource files as text, with its tag (for tests of
/// what the resources need, such as the glyphs of a font).
#[must_use]
pub fn resource_text() -> Vec<(&'static str, String)> {
    RESOURCES
        .iter()
        .map(|(tag, files)| (*tag, files.concat()))
        .collect()
}

/// The tag of the language that speaks now.
#[must_use]
pub fn current() -> String {
    languages().0[speaking()].id.to_string()
}

/// The sentence `id` in the current language.
#[must_use]
pub fn text(id: &str) -> String {
    format(id, None)
}

/// The sentence `id` in the current language, with its variables.
#[must_use]
pub fn text_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    format(id, Some(&fluent))
}

/// `value` with `digits` decimals, written as this language writes
/// numbers ("2.4" in English, "2,4" in German). Fluent's own NUMBER()
/// always writes a point.
#[must_use]
pub fn decimal(value: f64, digits: usize) -> String {
    let point = text("decimal-point");
    format!("{value:.digits$}").replace('.', &point)
}

/// `tr!("id")` or `tr!("id", port = 465, host = name)`: the sentence `id`
/// in the current language, with its variables by name.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with($id, &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+])
    };
}

pub use fluent_bundle::FluentValue;

fn format(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let all = &languages().0;
    for language in [&all[speaking()], &all[0]] {
        let bundle = language.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        // A line break in a resource is a space (none between two Chinese
        // or Japanese characters): the window wraps text itself.
        let said = join_lines(&bundle.format_pattern(pattern, args, &mut errors));
        // A variable the sentence names and the code does not pass.
        debug_assert!(errors.is_empty(), "{id}: {errors:?}");
        if speaking() == all.len() - 1 {
            return pseudo::lengthen(said);
        }
        return said;
    }
    debug_assert!(false, "no sentence {id}");
    id.to_owned()
}

/// `text` on one line: each line break a space, or nothing where it
/// falls between two wide (Chinese, Japanese) characters.
fn join_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\n' {
            out.push(c);
        } else if !(out.chars().last().is_some_and(is_wide) && chars.peek().copied().is_some_and(is_wide)) {
            out.push(' ');
        }
    }
    out
}

/// East Asian wide and full-width characters (Unicode's UAX 11, the
/// blocks Chinese, Japanese and Korean text uses): written without spaces
/// between words, two columns wide in a terminal.
#[must_use]
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    /// Each message of one language's resources, with the variables it
    /// names.
    fn messages(files: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
        let mut found = BTreeMap::new();
        for file in files {
            let resource = fluent_syntax::parser::parse(*file).unwrap_or_else(|(_, e)| panic!("{e:?}"));
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut names = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        variables(pattern, &mut names);
                    }
                    let id = message.id.name.to_owned();
                    // Fluent keeps the first of two messages with one id.
                    assert!(!found.contains_key(&id), "{id} is defined twice");
                    found.insert(id, names);
                }
            }
        }
        // A message's variables include those of the messages it names.
        let referenced = found.clone();
        for names in found.values_mut() {
            let references: Vec<String> = names
                .iter()
                .filter_map(|n| n.strip_prefix('@'))
                .map(str::to_owned)
                .collect();
            names.retain(|n| !n.starts_with('@'));
            for reference in references {
                let theirs = referenced.get(&reference).into_iter().flatten();
                names.extend(theirs.filter(|n| !n.starts_with('@')).cloned());
            }
        }
        found
    }

    fn variables(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                let inline = match expression {
                    ast::Expression::Inline(inline) => inline,
                    ast::Expression::Select { selector, variants } => {
                        for variant in variants {
                            variables(&variant.value, names);
                        }
                        selector
                    }
                };
                match inline {
                    ast::InlineExpression::VariableReference { id } => {
                        names.insert(id.name.to_owned());
                    }
                    // A referenced message sees the same variables.
                    ast::InlineExpression::MessageReference { id, .. } => {
                        names.insert(format!("@{}", id.name));
                    }
                    _ => {}
                }
            }
        }
    }

    /// Every resource parses, and each translation has only English's
    /// messages, with only the variables each English message has (the
    /// code passes those).
    #[test]
    fn translations_follow_the_source() {
        let source = messages(RESOURCES[0].1);
        assert!(source.contains_key("step-spoken"));
        for (tag, files) in &RESOURCES[1..] {
            let translated = messages(files);
            // Outlook's and Apple Mail's own words come from their makers'
            // help in each language, or stay those programs' English.
            for id in source
                .keys()
                .filter(|id| !id.starts_with("outlook-") && !id.starts_with("apple-"))
            {
                assert!(translated.contains_key(id), "{tag}: {id} exists in English only");
            }
            for (id, names) in translated {
                let english = source
                    .get(&id)
                    .unwrap_or_else(|| panic!("{tag}: {id} has no English source"));
                assert!(
                    names.is_subset(english),
                    "{tag}: {id} names {names:?}, English only {english:?}"
                );
            }
        }
    }

    /// Outlook's and Apple Mail's words in a translation are those
    /// programs' own: each such message cites, in its comment, its maker's
    /// help page in that language, or says it is this program's ("Ours:").
    #[test]
    fn program_words_cite_their_makers_help_in_that_language() {
        for (tag, files) in &RESOURCES[1..] {
            let language = tag.split('-').next().unwrap_or(tag);
            let cited = [
                format!("https://support.apple.com/{language}-"),
                format!("https://support.microsoft.com/{language}-"),
            ];
            for file in *files {
                let resource = fluent_syntax::parser::parse(*file).unwrap_or_else(|(_, e)| panic!("{e:?}"));
                for entry in resource.body {
                    let ast::Entry::Message(message) = entry else {
                        continue;
                    };
                    let id = message.id.name;
                    if !id.starts_with("apple-") && !id.starts_with("outlook-") {
                        continue;
                    }
                    let comment = message.comment.map(|c| c.content.join(" ")).unwrap_or_default();
                    assert!(
                        comment.starts_with("Ours") || cited.iter().any(|url| comment.contains(url.as_str())),
                        "{tag}: {id} cites no help page of its maker in this language: {comment:?}"
                    );
                }
            }
        }
    }

    /// Every message of every language formats without an error when the
    /// code passes the variables English names: no reference to a message
    /// that is not there, no broken selector.
    #[test]
    fn every_sentence_formats_in_every_language() {
        let source = messages(RESOURCES[0].1);
        for language in &languages().0 {
            let (id, bundle) = (&language.id, language.bundle());
            for (name, variables) in &source {
                let Some(pattern) = bundle.get_message(name).and_then(|m| m.value()) else {
                    continue;
                };
                let mut args = FluentArgs::new();
                for variable in variables {
                    args.set(variable.as_str(), FluentValue::from("x"));
                }
                let mut errors = Vec::new();
                let said = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{id}: {name}: {errors:?}");
                assert!(
                    !said.trim().is_empty() || name == "list-comma",
                    "{id}: {name} is empty"
                );
            }
        }
    }

    #[test]
    fn the_pseudo_locale_changes_the_words_and_keeps_the_variables() {
        choose_here(PSEUDO);
        let said = text_with(
            "step-spoken",
            &[("number", 2.into()), ("count", 3.into()), ("name", "X".into())],
        );
        choose_here(SOURCE);
        let english = text_with(
            "step-spoken",
            &[("number", 2.into()), ("count", 3.into()), ("name", "X".into())],
        );
        assert_eq!(english, "Step 2 of 3: X");
        assert_ne!(said, english);
        assert!(
            said.contains('2') && said.contains('3') && said.contains('X'),
            "{said}"
        );
        // 40 % of its 7 letters, after a space.
        assert_eq!(said.chars().count(), english.chars().count() + 1 + 3, "{said}");
    }

    /// Counts choose each language's own plural forms (Polish has three).
    #[test]
    fn counts_take_each_languages_plural_forms() {
        let minutes = |tag: &str, count: usize| {
            choose_here(tag);
            let said = crate::tr!("network-span-minutes", count = count);
            choose_here(SOURCE);
            said
        };
        assert_eq!(minutes("en-US", 1), "1 minute");
        assert_eq!(minutes("en-US", 2), "2 minutes");
        assert_eq!(minutes("pl", 1), "1 minutę");
        assert_eq!(minutes("pl", 3), "3 minuty");
        assert_eq!(minutes("pl", 5), "5 minut");
        assert_eq!(minutes("pl", 22), "22 minuty");
        assert_eq!(minutes("de", 5), "5 Minuten");
    }

    #[test]
    fn a_line_break_is_a_space_except_between_wide_characters() {
        assert_eq!(join_lines("two\nlines"), "two lines");
        assert_eq!(join_lines("見つけ、\nパスワード"), "見つけ、パスワード");
        assert_eq!(join_lines("MX と SRV\nレコード"), "MX と SRV レコード");
    }

    #[test]
    fn a_language_is_chosen_by_its_tag_or_its_language() {
        assert!(choose_here("en-GB"));
        assert_eq!(current(), SOURCE);
        assert!(!choose_here("xx-YY"));
        assert_eq!(current(), SOURCE);
        assert!(choose_here("de_AT.UTF-8@euro"));
        assert_eq!(current(), "de");
        assert!(choose_here("zh-CN"));
        assert_eq!(current(), "zh-Hans");
        assert!(choose_here("pt-BR"));
        assert_eq!(current(), "pt-BR");
        choose_here(SOURCE);
    }
}
