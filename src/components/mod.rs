//! Small function components: they render what they are given and report user actions through callbacks.

mod legend;
mod paste_area;
mod reading_view;

pub use legend::{Legend, LegendProps};
pub use paste_area::{html_to_text, insert_at_caret, PasteArea, PasteAreaProps};
pub use reading_view::{label_class, ReadingView, ReadingViewProps};
