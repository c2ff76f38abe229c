//! dubao (读报): a terminal reader for Chinese newspaper pages as a PDF extractor gives
//! them.
//!
//! The core has no UI dependency: [`page`] rebuilds articles and paragraphs from page
//! text, [`layout`] measures and wraps Chinese text for a terminal, [`source`] reads
//! and decodes pages, [`dump`] prints them and [`sanitize`] keeps control characters
//! off the terminal.

pub mod action;
pub mod app;
pub mod cli;
pub mod dump;
pub mod keymap;
pub mod layout;
pub mod page;
pub mod sanitize;
pub mod search;
pub mod source;
pub mod terminal;
pub mod ui;
