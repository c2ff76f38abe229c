//! Where everything goes on the screen, as a pure function of the terminal size and
//! the focused pane. Both `App::update` (to know how many rows a page has) and the
//! renderer use it, so they always agree.

use ratatui::layout::Rect;

use crate::app::Focus;

/// The narrowest screen that shows both panes; at 60 columns and under the reader
/// shows one pane at a time (the article column would be under 20 characters).
pub const TWO_PANES_MIN_WIDTH: u16 = 61;

/// The areas of the screen. A pane that does not fit is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    /// The title bar on the top row.
    pub title: Option<Rect>,
    /// The article list.
    pub list: Option<Rect>,
    /// The column between the panes.
    pub gutter: Option<Rect>,
    /// The article pane.
    pub article: Option<Rect>,
    /// The status line (or search prompt) on the bottom row.
    pub status: Option<Rect>,
}

impl Panes {
    /// Splits `area` for a reader whose keyboard focus is on `focus`.
    pub fn new(area: Rect, focus: Focus) -> Self {
        let mut body = area;
        let mut panes = Self::default();
        if body.height >= 2 {
            let status = Rect {
                y: body.bottom() - 1,
                height: 1,
                ..body
            };
            panes.status = Some(status);
            body.height -= 1;
        }
        if body.height >= 3 {
            panes.title = Some(Rect { height: 1, ..body });
            body.y += 1;
            body.height -= 1;
        }
        if body.is_empty() {
            return panes;
        }
        if body.width >= TWO_PANES_MIN_WIDTH {
            let list_width = (body.width / 3).clamp(20, 40);
            panes.list = Some(Rect {
                width: list_width,
                ..body
            });
            panes.gutter = Some(Rect {
                x: body.x + list_width,
                width: 1,
                ..body
            });
            panes.article = Some(Rect {
                x: body.x + list_width + 1,
                width: body.width - list_width - 1,
                ..body
            });
        } else {
            match focus {
                Focus::List => panes.list = Some(body),
                Focus::Article => panes.article = Some(body),
            }
        }
        panes
    }

    /// Whether both panes are on screen.
    pub fn two_panes(&self) -> bool {
        self.list.is_some() && self.article.is_some()
    }
}

/// The text column inside the article pane: at most `measure` cells wide, centred, with
/// a cell of margin on each side and a row above when there is room.
pub fn text_column(pane: Rect, measure: usize) -> Rect {
    let room = if pane.width > 4 {
        pane.width - 2
    } else {
        pane.width
    };
    let width = room
        .min(u16::try_from(measure).unwrap_or(u16::MAX))
        .max(1)
        .min(pane.width);
    let top = u16::from(pane.height >= TOP_MARGIN_MIN_HEIGHT);
    Rect {
        x: pane.x + (pane.width - width) / 2,
        y: pane.y + top,
        width,
        height: pane.height - top,
    }
}

/// The shortest article pane that gets a blank row above the text.
const TOP_MARGIN_MIN_HEIGHT: u16 = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_get_two_panes() {
        let p = Panes::new(Rect::new(0, 0, 100, 30), Focus::List);
        assert!(p.two_panes());
        let (list, article) = (p.list.unwrap(), p.article.unwrap());
        assert_eq!(list.width + 1 + article.width, 100);
        assert_eq!(list.height, 28);
        assert_eq!(p.status.unwrap().y, 29);
    }

    #[test]
    fn sixty_columns_is_one_pane_sixty_one_is_two() {
        assert!(!Panes::new(Rect::new(0, 0, 60, 30), Focus::List).two_panes());
        assert!(Panes::new(Rect::new(0, 0, 61, 30), Focus::List).two_panes());
    }

    #[test]
    fn narrow_screens_show_the_focused_pane() {
        let p = Panes::new(Rect::new(0, 0, 50, 20), Focus::Article);
        assert!(p.list.is_none());
        assert_eq!(p.article.unwrap().width, 50);
        let p = Panes::new(Rect::new(0, 0, 50, 20), Focus::List);
        assert!(p.article.is_none());
    }

    #[test]
    fn tiny_screens_keep_what_fits() {
        let p = Panes::new(Rect::new(0, 0, 1, 1), Focus::Article);
        assert!(p.status.is_none() && p.title.is_none());
        assert_eq!(p.article.unwrap(), Rect::new(0, 0, 1, 1));
        let p = Panes::new(Rect::new(0, 0, 10, 2), Focus::List);
        assert_eq!(p.status.unwrap().y, 1);
        assert_eq!(p.list.unwrap().height, 1);
        assert!(
            Panes::new(Rect::new(0, 0, 0, 0), Focus::List)
                .list
                .is_none()
        );
    }

    #[test]
    fn the_text_column_is_capped_and_centred() {
        let c = text_column(Rect::new(10, 1, 120, 20), 80);
        assert_eq!((c.x, c.width), (30, 80));
        assert_eq!((c.y, c.height), (2, 19), "a blank row above the text");
        assert_eq!(text_column(Rect::new(0, 0, 50, 5), 80).height, 5);
        let c = text_column(Rect::new(0, 1, 50, 20), 80);
        assert_eq!((c.x, c.width), (1, 48));
        assert_eq!(text_column(Rect::new(0, 0, 1, 1), 80).width, 1);
    }
}
