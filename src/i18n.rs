//! Steady's own words in the person's language. Every sentence shown or spoken comes
//! from the Fluent files in `i18n/<language>/steady.ftl` (embedded in the binary with
//! `rust-embed`) through the [`t!`](crate::t) macro, whose keys and arguments
//! `i18n-embed-fl` checks at compile time against the English file. The language is
//! chosen per thread (the window's thread, a test's thread) with a process-wide
//! default for helper threads, so tests in two languages can run side by side. The
//! system language is read with `sys-locale`. Routine files are not translated here:
//! they stay in the language they are written in (bundled ones have German
//! versions, see `routine::bundled`). Names of enum values the person sees (sides,
//! phases, focus…) are translated by the shells through the functions below.

use std::cell::Cell;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// A language Steady speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    German,
}

impl Language {
    pub const ALL: [Self; 2] = [Self::English, Self::German];

    /// The BCP 47 tag of its Fluent folder.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en-US",
            Self::German => "de-DE",
        }
    }

    /// Its name in itself, as language menus show it (so a person who cannot read
    /// the current language still finds their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::German => "Deutsch",
        }
    }

    /// Reads a language tag or locale name: `de`, `de-AT`, `de_DE.UTF-8`, `en`,
    /// `English`, `Deutsch`. `None` for a language Steady does not speak.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match primary {
            "en" | "english" => Some(Self::English),
            "de" | "german" | "deutsch" => Some(Self::German),
            _ => None,
        }
    }

    /// The first of the system's preferred languages that Steady speaks; English
    /// otherwise (also for `C` and `POSIX`).
    pub fn from_system() -> Self {
        sys_locale::get_locales()
            .find_map(|locale| Self::from_tag(&locale))
            .unwrap_or_default()
    }

    /// Its primary subtag (`en`, `de`): the folder of the bundled routines'
    /// translations under `programs/`.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
        }
    }

    fn index(self) -> u8 {
        match self {
            Self::English => 0,
            Self::German => 1,
        }
    }

    fn from_index(index: u8) -> Self {
        if index == 1 {
            Self::German
        } else {
            Self::English
        }
    }
}

/// One loader per language, each falling back to English for a missing key (the
/// key-parity test keeps that from happening in a release).
static LOADERS: LazyLock<[FluentLanguageLoader; 2]> =
    LazyLock::new(|| Language::ALL.map(make_loader));

fn make_loader(language: Language) -> FluentLanguageLoader {
    let fallback = Language::English
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let loader = FluentLanguageLoader::new("steady", fallback);
    let wanted: Vec<unic_langid::LanguageIdentifier> = language.tag().parse().into_iter().collect();
    if let Err(e) = loader.load_languages(&Localizations, &wanted) {
        // The files are compiled in and checked by tests; a failure here is a bug,
        // and English keys still show rather than nothing.
        eprintln!(
            "steady: the {} words could not be loaded: {e}",
            language.tag()
        );
    }
    // egui draws the bidi isolation marks Fluent puts around arguments as boxes; all
    // of Steady's languages are written left to right. (Set after loading: it applies
    // to the bundles loaded.)
    loader.set_use_isolating(false);
    loader
}

static PROCESS_LANGUAGE: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Speaks `language` on this thread from now on, and makes it the default for
/// threads that never chose one.
pub fn use_language(language: Language) {
    THREAD_LANGUAGE.with(|l| l.set(Some(language)));
    PROCESS_LANGUAGE.store(language.index(), Ordering::Relaxed);
}

/// The language this thread speaks.
pub fn language() -> Language {
    THREAD_LANGUAGE
        .with(Cell::get)
        .unwrap_or_else(|| Language::from_index(PROCESS_LANGUAGE.load(Ordering::Relaxed)))
}

/// The loader of this thread's language (what [`t!`](crate::t) reads).
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADERS[usize::from(language().index())]
}

/// The loader of one language (for tests and the key-parity check).
pub fn loader_for(language: Language) -> &'static FluentLanguageLoader {
    &LOADERS[usize::from(language.index())]
}

/// The raw Fluent file of a language, as embedded.
pub fn ftl_source(language: Language) -> Option<String> {
    let file = Localizations::get(&format!("{}/steady.ftl", language.tag()))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// A message of this thread's language: `t!("key")` or `t!("key", name = value)`.
/// The key and argument names are checked at compile time.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args)*)
    };
}

/// chrono's locale for this thread's language (weekday and month names).
pub fn date_locale() -> chrono::Locale {
    match language() {
        Language::English => chrono::Locale::en_US,
        Language::German => chrono::Locale::de_DE,
    }
}

/// A date or time written with a pattern that comes from Fluent (so each language
/// orders it its own way), e.g. `dates(&d, &t!("date-day-month"))`. Patterns are
/// chrono's: `%A` weekday, `%-d` day, `%B` month, `%H:%M` time.
pub fn dates(value: &chrono::DateTime<chrono::FixedOffset>, pattern: &str) -> String {
    value.format_localized(pattern, date_locale()).to_string()
}

/// [`dates`] for a calendar day.
pub fn day(value: chrono::NaiveDate, pattern: &str) -> String {
    value.format_localized(pattern, date_locale()).to_string()
}

/// A routine's focus in words ("strength", "sit to stand").
pub fn focus(focus: crate::routine::Focus) -> String {
    use crate::routine::Focus;
    match focus {
        Focus::Strength => crate::t!("focus-strength"),
        Focus::Balance => crate::t!("focus-balance"),
        Focus::SitToStand => crate::t!("focus-sit-to-stand"),
        Focus::Stretch => crate::t!("focus-stretch"),
        Focus::Mobility => crate::t!("focus-mobility"),
        Focus::Core => crate::t!("focus-core"),
        Focus::Gait => crate::t!("focus-gait"),
        Focus::Stairs => crate::t!("focus-stairs"),
        Focus::Aerobic => crate::t!("focus-aerobic"),
        Focus::Relaxation => crate::t!("focus-relaxation"),
    }
}

/// A routine's position in words ("seated").
pub fn position(position: crate::routine::Position) -> String {
    use crate::routine::Position;
    match position {
        Position::Lying => crate::t!("position-lying"),
        Position::Seated => crate::t!("position-seated"),
        Position::Standing => crate::t!("position-standing"),
        Position::StandingWithSupport => crate::t!("position-standing-with-support"),
    }
}

/// "left side" / "right side".
pub fn side(side: crate::session::plan::Side) -> String {
    use crate::session::plan::Side;
    match side {
        Side::Left => crate::t!("side-left"),
        Side::Right => crate::t!("side-right"),
    }
}

/// The check-in's energy answer ("Low").
pub fn energy(energy: crate::history::Energy) -> String {
    use crate::history::Energy;
    match energy {
        Energy::Low => crate::t!("energy-low"),
        Energy::Okay => crate::t!("energy-okay"),
        Energy::Good => crate::t!("energy-good"),
    }
}

/// Why a session ended early ("Too tired").
pub fn end_reason(reason: crate::session::EndReason) -> String {
    use crate::session::EndReason;
    match reason {
        EndReason::Tired => crate::t!("end-reason-tired"),
        EndReason::TooHot => crate::t!("end-reason-too-hot"),
        EndReason::Pain => crate::t!("end-reason-pain"),
        EndReason::Balance => crate::t!("end-reason-balance"),
        EndReason::NoTime => crate::t!("end-reason-no-time"),
        EndReason::Other => crate::t!("end-reason-other"),
        EndReason::Interrupted => crate::t!("end-reason-interrupted"),
        EndReason::AllSkipped => crate::t!("end-reason-all-skipped"),
    }
}

/// A part of the day ("morning").
pub fn day_part(part: crate::history::stats::DayPart) -> String {
    use crate::history::stats::DayPart;
    match part {
        DayPart::Morning => crate::t!("day-part-morning"),
        DayPart::Midday => crate::t!("day-part-midday"),
        DayPart::Afternoon => crate::t!("day-part-afternoon"),
        DayPart::Evening => crate::t!("day-part-evening"),
        DayPart::Night => crate::t!("day-part-night"),
    }
}

/// "today", "yesterday", "3 days ago", "on 4 March".
pub fn relative_day(day: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    match today.signed_duration_since(day).num_days() {
        0 => crate::t!("day-today"),
        1 => crate::t!("day-yesterday"),
        n @ 2..=6 => crate::t!("day-days-ago", days = n),
        _ => crate::t!(
            "day-on",
            date = self::day(day, &crate::t!("date-day-month"))
        ),
    }
}

/// A rest prompt in the person's language: Steady's own prompts (used when a routine
/// has none) are translated; a routine's own prompts stay as written.
pub fn rest_prompt(prompt: &str) -> String {
    use crate::session::plan::BUILT_IN_REST_PROMPTS;
    match BUILT_IN_REST_PROMPTS.iter().position(|p| *p == prompt) {
        Some(0) => crate::t!("rest-prompt-breathe"),
        Some(1) => crate::t!("rest-prompt-sip"),
        Some(2) => crate::t!("rest-prompt-shake"),
        Some(3) => crate::t!("rest-prompt-shoulders"),
        Some(4) => crate::t!("rest-prompt-before-tired"),
        _ => prompt.to_owned(),
    }
}

/// "45 s", "2 min", "1 min 30 s".
pub fn secs(secs: u32) -> String {
    let (min, s) = (secs / 60, secs % 60);
    match (min, s) {
        (0, s) => crate::t!("length-secs", secs = s),
        (m, 0) => crate::t!("length-min", min = m),
        (m, s) => crate::t!("length-min-secs", min = m, secs = s),
    }
}

/// "about 24 min": a plan's estimated length.
pub fn about_length(plan: &crate::session::Plan) -> String {
    crate::t!("length-about", length = secs(plan.estimated_minutes() * 60))
}

/// "lighter", "normal", "harder" in the person's language.
pub fn level(level: crate::routine::Level) -> String {
    use crate::routine::Level;
    match level {
        Level::Lighter => crate::t!("level-lighter"),
        Level::Normal => crate::t!("level-normal"),
        Level::Harder => crate::t!("level-harder"),
    }
}

/// A dose in words: "3 sets of 8 reps, 2-2-3 s tempo", "2 holds of 30 s".
pub fn dose(dose: &crate::routine::Dose) -> String {
    use crate::routine::Dose;
    match *dose {
        Dose::Reps {
            sets,
            reps,
            tempo: Some(t),
        } => crate::t!(
            "dose-reps-tempo",
            sets = sets,
            reps = reps,
            tempo = format!("{}-{}-{}", t.up_secs, t.hold_secs, t.down_secs)
        ),
        Dose::Reps {
            sets,
            reps,
            tempo: None,
        } => crate::t!("dose-reps", sets = sets, reps = reps),
        Dose::Hold { sets, hold_secs } => crate::t!("dose-hold", sets = sets, secs = hold_secs),
        Dose::Stepping {
            duration_secs,
            beats_per_min,
        } => crate::t!(
            "dose-stepping",
            length = secs(duration_secs),
            beats_per_min = beats_per_min
        ),
        Dose::Timed {
            sets,
            work_secs,
            effort: Some(effort),
        } => crate::t!(
            "dose-timed-effort",
            sets = sets,
            length = secs(work_secs),
            effort = effort
        ),
        Dose::Timed {
            sets,
            work_secs,
            effort: None,
        } => crate::t!("dose-timed", sets = sets, length = secs(work_secs)),
        Dose::Test { kind } => crate::t!("dose-test", test = test_name(kind)),
    }
}

/// A self-test's name in the person's words: "Five times sit-to-stand".
pub fn test_name(kind: crate::routine::TestKind) -> String {
    use crate::routine::TestKind as K;
    match kind {
        K::FiveTimesSitToStand => crate::t!("test-name-5xsts"),
        K::ThirtySecondChairStand => crate::t!("test-name-chair-stand"),
        K::StandingBalance => crate::t!("test-name-balance"),
        K::FatigueCheck => crate::t!("test-name-fatigue"),
        K::TimedWalk => crate::t!("test-name-walk"),
    }
}

/// What the strong-hours statistics say, in words.
pub fn strong_hours(verdict: crate::history::stats::StrongHours) -> String {
    use crate::history::stats::{STRONG_HOURS_MIN_SESSIONS, StrongHours};
    match verdict {
        StrongHours::TooFew { so_far } => crate::t!(
            "strong-hours-too-few",
            needed = STRONG_HOURS_MIN_SESSIONS,
            so_far = so_far
        ),
        StrongHours::Spread => crate::t!("strong-hours-spread"),
        StrongHours::MostlyIn(part) => crate::t!("strong-hours-mostly", part = day_part(part)),
        StrongHours::BestAndHarder { best, worst } => crate::t!(
            "strong-hours-best-and-harder",
            best = day_part(best),
            worst = day_part(worst)
        ),
        StrongHours::Even => crate::t!("strong-hours-even"),
    }
}

/// The words a new routine, a new exercise and a copy start with, in this thread's
/// language.
pub fn template_words() -> crate::routine::draft::TemplateWords {
    crate::routine::draft::TemplateWords {
        routine_title: crate::t!("template-routine-title"),
        exercise_name: crate::t!("template-exercise-name"),
        safety: vec![
            crate::t!("template-safety-stop"),
            crate::t!("template-safety-clinician"),
        ],
        copy_suffix: crate::t!("template-copy-suffix"),
    }
}

/// A problem the validator found, in the person's words (with what to do, if
/// anything): shown beside its field in the editor.
pub fn invalid(problem: &crate::routine::validate::Invalid) -> String {
    use crate::routine::validate::InvalidKind;
    let (message, hint) = match problem.kind.clone() {
        InvalidKind::OutOfRange { min, max, found } => (
            crate::t!("invalid-range", min = min, max = max, found = found),
            (found > max).then(|| crate::t!("invalid-range-hint")),
        ),
        InvalidKind::Empty => (crate::t!("invalid-empty"), None),
        InvalidKind::TitleTooLong { max } => (
            crate::t!("invalid-title-too-long", max = max),
            Some(crate::t!("invalid-title-too-long-hint")),
        ),
        InvalidKind::NoFocus => (crate::t!("invalid-no-focus"), None),
        InvalidKind::ExerciseCount { min, max, found } => (
            crate::t!(
                "invalid-exercise-count",
                min = min,
                max = max,
                found = found
            ),
            None,
        ),
        InvalidKind::DuplicateName { name } => (
            crate::t!("invalid-duplicate-name", name = name.as_str()),
            Some(crate::t!("invalid-duplicate-name-hint")),
        ),
        InvalidKind::IdEmpty => (
            crate::t!("invalid-id-empty"),
            Some(crate::t!("invalid-id-hint")),
        ),
        InvalidKind::IdCharacters { id } => (
            crate::t!("invalid-id-characters", id = id.as_str()),
            Some(crate::t!("invalid-id-hint")),
        ),
        InvalidKind::IdTooLong { max } => (crate::t!("invalid-id-too-long", max = max), None),
        InvalidKind::NoSteps { exercise } => (
            crate::t!("invalid-no-steps", exercise = exercise.as_str()),
            Some(crate::t!("invalid-no-steps-hint")),
        ),
        InvalidKind::LongSession { minutes } => (
            crate::t!("caution-long-session", minutes = minutes),
            Some(crate::t!("caution-long-session-hint")),
        ),
        InvalidKind::LongHold { secs } => (
            crate::t!("caution-long-hold", secs = secs),
            Some(crate::t!("caution-long-hold-hint")),
        ),
        InvalidKind::StandingWithoutSafety => (
            crate::t!("caution-standing-without-safety"),
            Some(crate::t!("caution-standing-without-safety-hint")),
        ),
        InvalidKind::StrengthOnConsecutiveDays => (
            crate::t!("caution-strength-in-a-row"),
            Some(crate::t!("caution-strength-too-often-hint")),
        ),
        InvalidKind::StrengthTooOften { times } => (
            crate::t!("caution-strength-too-often", times = times),
            Some(crate::t!("caution-strength-too-often-hint")),
        ),
        InvalidKind::NoRestBetweenSets { exercise } => (
            crate::t!("caution-no-rest", exercise = exercise.as_str()),
            Some(crate::t!("caution-no-rest-hint")),
        ),
        InvalidKind::ManyReps { exercise, total } => (
            crate::t!(
                "caution-many-reps",
                exercise = exercise.as_str(),
                total = total
            ),
            Some(crate::t!("caution-many-reps-hint")),
        ),
        InvalidKind::NeedsFormat { needed, found } => (
            crate::t!("invalid-needs-format", needed = needed, found = found),
            Some(crate::t!("invalid-needs-format-hint", needed = needed)),
        ),
        InvalidKind::TestWithLevels { exercise } => (
            crate::t!("invalid-test-with-levels", exercise = exercise.as_str()),
            Some(crate::t!("invalid-test-with-levels-hint")),
        ),
        InvalidKind::DaysNeedFormat3 => (
            crate::t!("invalid-days-format"),
            Some(crate::t!("invalid-days-format-hint")),
        ),
        InvalidKind::DaysEmptyOrRepeated => (
            crate::t!("invalid-days-repeated"),
            Some(crate::t!("invalid-days-repeated-hint")),
        ),
        InvalidKind::DaysCountDiffers { days, times } => (
            crate::t!("invalid-days-count", days = days, times = times),
            Some(crate::t!("invalid-days-count-hint")),
        ),
    };
    match hint {
        Some(hint) => format!("{message} {hint}"),
        None => message,
    }
}

/// An I/O error in plain words in the person's language ("permission denied");
/// kinds Steady does not name keep the system's own words.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => crate::t!("io-not-found"),
        K::PermissionDenied => crate::t!("io-permission-denied"),
        K::IsADirectory => crate::t!("io-is-a-folder"),
        K::StorageFull => crate::t!("io-disk-full"),
        K::ReadOnlyFilesystem => crate::t!("io-read-only"),
        _ => crate::files::describe_io_error(e),
    }
}

// ---- self-tests ----

/// Tenths with one decimal in the language's way: "12.3".
pub fn tenths(value: u32) -> String {
    format!(
        "{}{}{}",
        value / 10,
        crate::t!("review-decimal-point"),
        value % 10
    )
}

/// A self-test value with its unit: "12.3 s", "11 stands", "9 points".
pub fn test_value(kind: crate::routine::TestKind, value: u32) -> String {
    use crate::routine::TestKind as K;
    let whole: u32 = value / 10;
    match kind {
        K::ThirtySecondChairStand => crate::t!("selftest-stands", count = whole),
        K::FatigueCheck => crate::t!("selftest-points", count = whole),
        K::FiveTimesSitToStand | K::StandingBalance | K::TimedWalk => {
            crate::t!("selftest-seconds", value = tenths(value))
        }
    }
}

/// A balance stance in words: "tandem (heel to toe)".
pub fn stance(stance: crate::session::selftest::Stance) -> String {
    use crate::routine::Side;
    use crate::session::selftest::Stance as S;
    match stance {
        S::FeetTogether => crate::t!("selftest-stance-together"),
        S::SemiTandem => crate::t!("selftest-stance-semi-tandem"),
        S::Tandem => crate::t!("selftest-stance-tandem"),
        S::SingleLeg(Side::Left) => crate::t!("selftest-stance-left"),
        S::SingleLeg(Side::Right) => crate::t!("selftest-stance-right"),
    }
}

/// How a self-test result compares with the person's usual, in plain words, never
/// diagnostic; a worse result suggests mentioning it to the clinician. `None` when no
/// band can be drawn.
pub fn test_change(
    kind: crate::routine::TestKind,
    change: crate::history::test_stats::Change,
) -> Option<String> {
    use crate::history::test_stats::Change as C;
    use crate::routine::TestKind as K;
    let better = || match kind {
        K::FiveTimesSitToStand | K::TimedWalk => crate::t!("selftest-change-faster"),
        K::ThirtySecondChairStand => crate::t!("selftest-change-more-stands"),
        K::StandingBalance => crate::t!("selftest-change-held-full"),
        K::FatigueCheck => crate::t!("selftest-change-less-fatigue"),
    };
    let worse = || match kind {
        K::FiveTimesSitToStand | K::TimedWalk => crate::t!("selftest-change-slower"),
        K::ThirtySecondChairStand => crate::t!("selftest-change-fewer-stands"),
        K::StandingBalance => crate::t!("selftest-change-not-full"),
        K::FatigueCheck => crate::t!("selftest-change-more-fatigue"),
    };
    match change {
        C::Better => Some(better()),
        C::Worse => Some(crate::t!("selftest-change-mention", change = worse())),
        C::Within => Some(crate::t!("selftest-change-within")),
        C::Baseline => Some(crate::t!("selftest-change-baseline")),
        C::NoBand => None,
    }
}

/// One sentence for a self-test chart: how many results, the usual and its band, the
/// latest result.
pub fn test_summary(s: &crate::history::test_stats::TestSeries) -> String {
    let count = s.points.len();
    let latest = s.latest().map_or_else(String::new, |p| {
        crate::t!(
            "selftest-summary-latest",
            value = test_value(s.kind, p.tenths),
            change = test_change(s.kind, p.change).unwrap_or_default()
        )
    });
    match s.baseline {
        None => crate::t!(
            "selftest-summary-too-few",
            count = count,
            needed = crate::history::test_stats::BASELINE_RESULTS,
            latest = latest
        ),
        Some(b) if s.kind == crate::routine::TestKind::StandingBalance => crate::t!(
            "selftest-summary-balance",
            count = count,
            baseline = test_value(s.kind, b.tenths),
            latest = latest
        ),
        Some(b) => crate::t!(
            "selftest-summary",
            count = count,
            baseline = test_value(s.kind, b.tenths),
            low = test_value(s.kind, b.low),
            high = test_value(s.kind, b.high),
            latest = latest
        ),
    }
}

/// A self-test's series name: the test, the stance for balance, and the condition
/// for a test with aids ("30-second chair stand, arms crossed").
pub fn test_series(s: &crate::history::test_stats::TestSeries) -> String {
    let name = match s.stance {
        Some(st) => crate::t!(
            "selftest-series-stance",
            test = test_name(s.kind),
            stance = stance(st)
        ),
        None => test_name(s.kind),
    };
    match test_condition(s.kind, &s.aids) {
        Some(condition) => crate::t!(
            "selftest-series-condition",
            series = name,
            condition = condition
        ),
        None => name,
    }
}

/// The condition a test was done under, each aid the test has said used or not ("with
/// armrests", "arms crossed"); `None` for a test without aids.
pub fn test_condition(
    kind: crate::routine::TestKind,
    aids: &[crate::session::selftest::Aid],
) -> Option<String> {
    use crate::session::selftest::Aid;
    let words: Vec<String> = Aid::for_test(kind)
        .iter()
        .map(|aid| match (aid, aids.contains(aid)) {
            (Aid::Armrests, true) => crate::t!("selftest-condition-armrests"),
            (Aid::Armrests, false) => crate::t!("selftest-condition-arms-crossed"),
            (Aid::WalkingAid, true) => crate::t!("selftest-condition-walking-aid"),
            (Aid::WalkingAid, false) => crate::t!("selftest-condition-no-walking-aid"),
            (Aid::Helper, true) => crate::t!("selftest-condition-helper"),
            (Aid::Helper, false) => crate::t!("selftest-condition-no-helper"),
        })
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

/// A result with its condition beside it: "12 stands, with armrests" (the value alone
/// for a test without aids).
pub fn test_value_with_condition(
    kind: crate::routine::TestKind,
    value: u32,
    aids: &[crate::session::selftest::Aid],
) -> String {
    match test_condition(kind, aids) {
        Some(condition) => crate::t!(
            "selftest-value-condition",
            value = test_value(kind, value),
            condition = condition
        ),
        None => test_value(kind, value),
    }
}

/// When a self-test was done, with the part of the day: "Mon 2 Mar 2026 16:30
/// (afternoon)".
pub fn test_when(at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    let part = crate::history::stats::DayPart::of_hour(chrono::Timelike::hour(at));
    crate::t!(
        "selftest-when",
        date = dates(at, &crate::t!("date-short-with-time")),
        part = day_part(part)
    )
}
