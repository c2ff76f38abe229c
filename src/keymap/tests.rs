use crossterm::event::{KeyEvent, KeyModifiers};

use super::*;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn no_key_means_two_things_in_one_context() {
    for context in [
        Context::List,
        Context::Article,
        Context::Results,
        Context::Prompt,
        Context::Help,
    ] {
        let keys: Vec<Key> = BINDINGS
            .iter()
            .filter(|b| b.contexts.contains(&context))
            .flat_map(|b| b.keys.iter().copied())
            .collect();
        for (i, a) in keys.iter().enumerate() {
            assert!(
                !keys[i + 1..].contains(a),
                "{} bound twice in {context:?}",
                a.name()
            );
        }
    }
}

#[test]
fn keys_dispatch_by_context() {
    assert_eq!(
        action_for(Context::List, &press(KeyCode::Char('j'))),
        Some(Action::Down)
    );
    assert_eq!(
        action_for(Context::Article, &press(KeyCode::Esc)),
        Some(Action::ShowList)
    );
    assert_eq!(
        action_for(Context::Prompt, &press(KeyCode::Esc)),
        Some(Action::Back)
    );
    // Typed text is not a command in the prompt.
    assert_eq!(
        action_for(Context::Prompt, &press(KeyCode::Char('q'))),
        None
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action_for(Context::Prompt, &ctrl_c), Some(Action::Quit));
    assert_eq!(action_for(Context::Article, &ctrl_c), Some(Action::Quit));
}

#[test]
fn shifted_letters_and_control_letters_match() {
    let shift_n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
    assert_eq!(
        action_for(Context::Article, &shift_n),
        Some(Action::PrevMatch)
    );
    let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for(Context::Article, &ctrl_d),
        Some(Action::HalfPageDown)
    );
    // A plain d is not Ctrl-d.
    assert_eq!(
        action_for(Context::Article, &press(KeyCode::Char('d'))),
        None
    );
}

#[test]
fn hints_merge_neighbours_and_follow_relevance() {
    let all = hints(Context::Article, |_| true);
    assert_eq!(all[0], ("↑/↓".to_string(), "移动"));
    assert!(all.contains(&("[/]".to_string(), "换篇")));
    assert!(all.contains(&("n/N".to_string(), "匹配")));
    let no_search = hints(Context::Article, |a| {
        !matches!(a, Action::NextMatch | Action::PrevMatch)
    });
    assert!(!no_search.iter().any(|(_, label)| *label == "匹配"));
}

#[test]
fn help_lists_every_list_and_article_binding() {
    let sections = help_sections();
    let article = &sections.iter().find(|(t, _)| *t == "文章").unwrap().1;
    assert!(article.iter().any(|(keys, _)| keys == "["));
    assert!(article.iter().any(|(keys, _)| keys == "q Ctrl-c"));
}

#[test]
fn markdown_table_has_a_row_per_binding() {
    let table = markdown_table();
    assert_eq!(table.lines().count(), BINDINGS.len() + 2);
    assert!(table.contains("| `/` | 文章 | 在本文中搜索 |"));
}
