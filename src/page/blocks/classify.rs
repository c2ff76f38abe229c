//! What each line is by its own pattern, before paragraphs are built: running text,
//! a byline, a photo credit and the caption text before it, or a closing dateline.

use super::super::lines::Line;
use super::super::patterns::{
    ends_with_photo_credit, is_byline, is_end_dateline, is_signature, opens_caption,
};
use super::super::reflow::is_wide;
use super::super::text::TrimSpace;

/// What a line is by its own pattern, before paragraphs are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pattern {
    /// Running text or a display line.
    Text,
    /// A byline or signature on its own line.
    Byline,
    /// A line ending with a photo credit.
    Credit,
    /// Caption text before a credit.
    CaptionText,
    /// A closing dateline.
    Dateline,
}

/// Classifies each line by its own pattern.
pub(super) fn classify(lines: &[Line]) -> Vec<Pattern> {
    let mut out: Vec<Pattern> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let raw = line.raw().trim_space();
        let pattern = if is_end_dateline(raw) {
            Pattern::Dateline
        } else if ends_with_photo_credit(raw) {
            Pattern::Credit
        } else if is_byline(raw)
            || (line.visible <= 4 && is_signature(raw) && signature_stands_alone(lines, &out, i))
        {
            Pattern::Byline
        } else {
            Pattern::Text
        };
        out.push(pattern);
    }
    out
}

/// A bare name is a signature only where it cannot be the tail of a wrapped line:
/// set letter-spaced, after a blank, at the top, or after a finished sentence or byline.
fn signature_stands_alone(lines: &[Line], before: &[Pattern], i: usize) -> bool {
    let line = &lines[i];
    line.raw().trim_space().contains(char::is_whitespace)
        || line.blank_before
        || i == 0
        || lines[i - 1].ends_sentence
        || before[i - 1] != Pattern::Text
}

/// Marks the text of captions: wide lines right before a photo credit, a credit split
/// over two lines (`新华社记者 燕` / `雁摄`), and lines opening with 图为.
pub(super) fn mark_caption_text(
    lines: &[Line],
    measure: &[f32],
    squeezes: bool,
    patterns: &mut [Pattern],
) {
    for i in 0..lines.len() {
        if patterns[i] == Pattern::Text && opens_caption(&lines[i].text) {
            let mut j = i;
            while j < lines.len() && patterns[j] == Pattern::Text && j < i + 4 {
                patterns[j] = Pattern::CaptionText;
                if lines[j].ends_sentence {
                    break;
                }
                j += 1;
            }
        }
        if patterns[i] != Pattern::Credit {
            continue;
        }
        let mut j = i;
        if lines[i].visible <= 3 && i > 0 && patterns[i - 1] == Pattern::Byline {
            patterns[i - 1] = Pattern::CaptionText;
            j -= 1;
        }
        while j > 0
            && patterns[j - 1] == Pattern::Text
            && is_wide(&lines[j - 1], measure[j - 1], squeezes)
            && lines[j - 1].ends_sentence
        {
            patterns[j - 1] = Pattern::CaptionText;
            j -= 1;
        }
    }
}
