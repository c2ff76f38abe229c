//! The bottom line: where the reader is (article k/n, position %, the search's `[i/N]`),
//! a one-off notice, and the hints for the keys that matter now; or the search prompt.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::cells::{fill, put};
use super::theme::THEME;
use crate::action::Action;
use crate::app::{App, Focus, PromptKind};
use crate::keymap;

/// Draws the status line, or the prompt while it is open.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    fill(buf, area, THEME.status);
    if app.prompt.is_some() {
        return render_prompt(app, area, buf);
    }
    let amb = app.options.amb;
    let right = area.right();
    let mut x = put(
        buf,
        area.x,
        area.y,
        right,
        &format!(" {} ", position(app)),
        THEME.status,
        amb,
    );
    if let Some((read, len)) = app.loading {
        let percent = read * 100 / len.max(1);
        x = put(
            buf,
            x,
            area.y,
            right,
            &format!(" 载入中 {percent}% "),
            THEME.notice,
            amb,
        );
    }
    if let Some(notice) = app.notice.as_deref().or(app.remark.as_deref()) {
        x = put(
            buf,
            x,
            area.y,
            right,
            &format!(" {notice} "),
            THEME.notice,
            amb,
        );
    }
    let relevant = |a: Action| match a {
        Action::NextMatch | Action::PrevMatch => {
            app.search.as_ref().is_some_and(|s| !s.matches.is_empty())
        }
        Action::PrevArticle | Action::NextArticle => app.page.articles.len() > 1,
        _ => true,
    };
    for (keys, label) in keymap::hints(app.context(), relevant) {
        let x0 = x + 2;
        if x0 + u16::try_from(amb.width(&keys) + amb.width(label) + 1).unwrap_or(u16::MAX) > right {
            break;
        }
        let after_key = put(buf, x0, area.y, right, &keys, THEME.hint_key, amb);
        x = put(buf, after_key + 1, area.y, right, label, THEME.status, amb);
    }
}

/// Where the reader is: the article and how far down, and the search.
pub fn position(app: &App) -> String {
    let n = app.page.articles.len();
    if let (Some(res), Focus::List) = (&app.results, app.focus) {
        return format!(
            "全版搜索“{}” {}/{} 篇",
            res.query,
            res.view.selected + 1,
            res.hits.len()
        );
    }
    let Some(reader) = &app.reader else {
        return "没有文章".to_string();
    };
    let mut text = format!("文章 {}/{n}", reader.article + 1);
    if app.panes().article.is_some() {
        let _ = write!(text, " {}%", reader.percent());
    }
    if let Some(search) = &app.search {
        match search.current {
            Some(i) => {
                let _ = write!(text, " [{}/{}]", i + 1, search.matches.len());
            }
            None if !search.query.is_empty() => {
                let _ = write!(text, " 未找到“{}”", search.query);
            }
            None => {}
        }
    }
    text
}

/// The prompt's parts: its label, the query's visible part, the cursor's column, and
/// the match count shown at the right.
struct PromptLine<'a> {
    label: &'static str,
    shown: &'a str,
    text_x: u16,
    room: u16,
    cursor_x: u16,
    info: String,
}

/// Lays the prompt out in `area`.
fn prompt_line(app: &App, area: Rect) -> Option<PromptLine<'_>> {
    let prompt = app.prompt.as_ref()?;
    let amb = app.options.amb;
    let label = match prompt.kind {
        PromptKind::Article => "/",
        PromptKind::Page => "全版搜索: ",
    };
    let mut info = match (&app.search, prompt.kind) {
        (Some(s), PromptKind::Article) => match s.current {
            Some(i) => format!(" [{}/{}] ", i + 1, s.matches.len()),
            None if !s.query.is_empty() => " 未找到 ".to_string(),
            None => String::new(),
        },
        _ => String::new(),
    };
    if app.options.variants {
        info.insert_str(0, " 繁简");
    }
    let text_x = area
        .x
        .saturating_add(u16::try_from(amb.width(label)).unwrap_or(0));
    let info_width = u16::try_from(amb.width(&info)).unwrap_or(0);
    let room = area
        .right()
        .saturating_sub(text_x)
        .saturating_sub(info_width)
        .max(1);
    let (shown, cursor) = prompt.editor.view(usize::from(room), amb);
    let cursor_x = text_x.saturating_add(u16::try_from(cursor).unwrap_or(0));
    Some(PromptLine {
        label,
        shown,
        text_x,
        room,
        cursor_x,
        info,
    })
}

/// Draws the prompt.
fn render_prompt(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(line) = prompt_line(app, area) else {
        return;
    };
    let amb = app.options.amb;
    put(
        buf,
        area.x,
        area.y,
        area.right(),
        line.label,
        THEME.status,
        amb,
    );
    put(
        buf,
        line.text_x,
        area.y,
        line.text_x + line.room,
        line.shown,
        THEME.status,
        amb,
    );
    let info_x = area
        .right()
        .saturating_sub(u16::try_from(amb.width(&line.info)).unwrap_or(0));
    put(
        buf,
        info_x,
        area.y,
        area.right(),
        &line.info,
        THEME.notice,
        amb,
    );
}

/// Where the terminal's cursor goes while the prompt is open (an input method draws its
/// candidates there).
pub fn cursor_position(app: &App, area: Rect) -> Option<Position> {
    let status = app.panes().status?;
    let line = prompt_line(app, status)?;
    Some(Position::new(
        line.cursor_x.min(area.right().saturating_sub(1)),
        status.y,
    ))
}
