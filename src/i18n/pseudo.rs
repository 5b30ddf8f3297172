//! The pseudo-locale: each vowel and some consonants of the English text
//! replaced by accented ones, and each sentence made 40 % longer, so that
//! a sentence that bypasses the resources stands out, and a layout that
//! cuts off a longer translation shows it. Fluent applies the accents to
//! the text of a sentence only: variables (host names, numbers) stay as
//! they are.

use std::borrow::Cow;

/// The pseudo-locale's letters for a piece of English text.
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(text.chars().map(accented).collect())
}

/// A sentence made 40 % longer: as long as German or Finnish often are.
pub(super) fn lengthen(sentence: String) -> String {
    let letters = sentence.chars().filter(|c| c.is_alphabetic()).count();
    let padding = (letters * 2).div_ceil(5);
    if padding == 0 {
        return sentence;
    }
    let mut out = sentence;
    out.push(' ');
    out.extend(std::iter::repeat_n('·', padding));
    out
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ö',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        other => other,
    }
}
