//! The one key table. It drives dispatch ([`action_for`]), the hints on the status line
//! ([`hints`]), the `?` help overlay ([`help_sections`]) and the README's key table
//! ([`markdown_table`]), so none of them can drift from what the keys do.

use std::fmt::Write as _;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;

/// Which part of the reader has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// The article list.
    List,
    /// The article pane.
    Article,
    /// The page-wide search results, shown in place of the list.
    Results,
    /// A search prompt on the bottom line.
    Prompt,
    /// The help overlay.
    Help,
}

impl Context {
    /// The heading of the context's section in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Self::List => "目录",
            Self::Article => "文章",
            Self::Results => "全文搜索结果",
            Self::Prompt => "搜索输入",
            Self::Help => "帮助",
        }
    }
}

/// A key with its modifiers. Shift is ignored for characters (`N` arrives as `N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control held.
    pub ctrl: bool,
}

impl Key {
    /// A plain key.
    const fn plain(code: KeyCode) -> Self {
        Self { code, ctrl: false }
    }

    /// A character key.
    const fn ch(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// A character with Control.
    const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// Does the key event press this key?
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            code => code,
        };
        code == self.code && ctrl == self.ctrl
    }

    /// The key's name as the help and status line print it.
    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One line of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys, the one shown in hints first.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// Where they work.
    pub contexts: &'static [Context],
    /// The help overlay's description.
    pub help: &'static str,
    /// The status line's short label; neighbours with the same label share one hint.
    pub hint: Option<&'static str>,
}

use Context::{Article as A, Help as H, List as L, Prompt as P, Results as R};
use KeyCode::{Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

/// Every binding of the reader.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding { keys: &[Key::plain(Up), Key::ch('k')], action: Action::Up, contexts: &[L, A, R, H], help: "上移一行 / 上一篇", hint: Some("移动") },
    Binding { keys: &[Key::plain(Down), Key::ch('j')], action: Action::Down, contexts: &[L, A, R, H], help: "下移一行 / 下一篇", hint: Some("移动") },
    Binding { keys: &[Key::plain(PageDown), Key::ch(' ')], action: Action::PageDown, contexts: &[L, A, R, H], help: "下翻一屏", hint: Some("翻页") },
    Binding { keys: &[Key::plain(PageUp), Key::ch('b')], action: Action::PageUp, contexts: &[L, A, R, H], help: "上翻一屏", hint: None },
    Binding { keys: &[Key::ctrl('d')], action: Action::HalfPageDown, contexts: &[L, A, R, H], help: "下翻半屏", hint: None },
    Binding { keys: &[Key::ctrl('u')], action: Action::HalfPageUp, contexts: &[L, A, R, H], help: "上翻半屏", hint: None },
    Binding { keys: &[Key::ch('g'), Key::plain(Home)], action: Action::Top, contexts: &[L, A, R, H], help: "到开头", hint: None },
    Binding { keys: &[Key::ch('G'), Key::plain(End)], action: Action::Bottom, contexts: &[L, A, R, H], help: "到末尾", hint: None },
    Binding { keys: &[Key::plain(Enter), Key::plain(Right)], action: Action::Open, contexts: &[L, R], help: "阅读选中的文章", hint: Some("阅读") },
    Binding { keys: &[Key::plain(Esc), Key::plain(Left)], action: Action::ShowList, contexts: &[A], help: "回到目录", hint: Some("目录") },
    Binding { keys: &[Key::plain(Tab)], action: Action::SwitchPane, contexts: &[L, A, R], help: "切换窗格", hint: None },
    Binding { keys: &[Key::ch('[')], action: Action::PrevArticle, contexts: &[A], help: "上一篇文章", hint: Some("换篇") },
    Binding { keys: &[Key::ch(']')], action: Action::NextArticle, contexts: &[A], help: "下一篇文章", hint: Some("换篇") },
    Binding { keys: &[Key::ch('/')], action: Action::Search, contexts: &[A], help: "在本文中搜索", hint: Some("搜索") },
    Binding { keys: &[Key::ch('n')], action: Action::NextMatch, contexts: &[A], help: "下一处匹配", hint: Some("匹配") },
    Binding { keys: &[Key::ch('N')], action: Action::PrevMatch, contexts: &[A], help: "上一处匹配", hint: Some("匹配") },
    Binding { keys: &[Key::ch('s')], action: Action::SearchPage, contexts: &[L, A, R], help: "在全版中搜索", hint: Some("全版搜索") },
    Binding { keys: &[Key::plain(Esc)], action: Action::Back, contexts: &[R, H], help: "关闭", hint: Some("关闭") },
    Binding { keys: &[Key::plain(Enter)], action: Action::Accept, contexts: &[P], help: "确定", hint: Some("确定") },
    Binding { keys: &[Key::plain(Esc)], action: Action::Back, contexts: &[P], help: "取消，恢复原来的位置", hint: Some("取消") },
    Binding { keys: &[Key::plain(Backspace)], action: Action::DeleteBack, contexts: &[P], help: "删除一个字", hint: None },
    Binding { keys: &[Key::plain(Left)], action: Action::CursorLeft, contexts: &[P], help: "光标左移", hint: None },
    Binding { keys: &[Key::plain(Right)], action: Action::CursorRight, contexts: &[P], help: "光标右移", hint: None },
    Binding { keys: &[Key::plain(Home), Key::ctrl('a')], action: Action::CursorHome, contexts: &[P], help: "光标到开头", hint: None },
    Binding { keys: &[Key::plain(End), Key::ctrl('e')], action: Action::CursorEnd, contexts: &[P], help: "光标到末尾", hint: None },
    Binding { keys: &[Key::ctrl('u')], action: Action::ClearQuery, contexts: &[P], help: "清空", hint: Some("清空") },
    Binding { keys: &[Key::ctrl('t')], action: Action::ToggleVariants, contexts: &[P], help: "繁简通搜：中國 也找 中国", hint: Some("繁简") },
    Binding { keys: &[Key::ch('?')], action: Action::ToggleHelp, contexts: &[L, A, R, H], help: "显示或关闭帮助", hint: Some("帮助") },
    Binding { keys: &[Key::ch('q'), Key::ctrl('c')], action: Action::Quit, contexts: &[L, A, R, H], help: "退出", hint: Some("退出") },
    Binding { keys: &[Key::ctrl('c')], action: Action::Quit, contexts: &[P], help: "退出", hint: None },
    Binding { keys: &[Key::ctrl('l')], action: Action::Redraw, contexts: &[L, A, R, P, H], help: "重绘屏幕", hint: None },
];

/// The action `event` asks for in `context`, if any.
pub fn action_for(context: Context, event: &KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .find(|b| b.contexts.contains(&context) && b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// The status line's hints in `context`, as (keys, label) pairs, for the actions
/// `relevant` accepts. Neighbouring bindings with one label share a hint: `↑/↓ 移动`.
pub fn hints(context: Context, relevant: impl Fn(Action) -> bool) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let mut last_label = None;
    for b in BINDINGS {
        let Some(label) = b
            .hint
            .filter(|_| b.contexts.contains(&context) && relevant(b.action))
        else {
            continue;
        };
        let key = b.keys[0].name();
        match out.last_mut() {
            Some((keys, _)) if last_label == Some(label) => {
                keys.push('/');
                keys.push_str(&key);
            }
            _ => out.push((key, label)),
        }
        last_label = Some(label);
    }
    out
}

/// The help overlay: for each context, its bindings as (keys, description) rows.
pub fn help_sections() -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    [Context::List, Context::Article, Context::Prompt]
        .into_iter()
        .map(|context| {
            let rows = BINDINGS
                .iter()
                .filter(|b| b.contexts.contains(&context))
                .map(|b| (key_names(b), b.help))
                .collect();
            (context.title(), rows)
        })
        .collect()
}

/// A binding's keys, joined for the help and the README.
fn key_names(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::name)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key table as the README prints it: one row per binding, with where it works.
pub fn markdown_table() -> String {
    let mut out = String::from("| Keys | Where | Does |\n|---|---|---|\n");
    for b in BINDINGS {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("`{}`", k.name())).collect();
        let wheres: Vec<&str> = b.contexts.iter().map(|c| c.title()).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            keys.join(" "),
            wheres.join("、"),
            b.help
        );
    }
    out
}

#[cfg(test)]
mod tests;
