//! Small function components: they render what they are given and report user actions through callbacks.

mod details;
mod export_panel;
mod legend;
mod notice_bar;
mod paste_area;
mod reading_view;
mod summary;
mod toolbar;

pub use details::{Details, DetailsProps};
pub use export_panel::{ExportPanel, ExportPanelProps};
pub use legend::{Legend, LegendProps};
pub use notice_bar::{NoticeBar, NoticeBarProps};
pub use paste_area::{html_to_text, insert_at_caret, PasteArea, PasteAreaProps};
pub use reading_view::{
    clear_selection, label_class, selection_in, strength_name, target_of, ReadingView, ReadingViewProps,
};
pub use summary::{Summary, SummaryProps, MAX_LISTED};
pub use toolbar::{Toolbar, ToolbarProps};

use std::rc::Rc;

use chugiai_core::Annotation;

/// An annotation compared by address, as a hook's dependency: what is made from it is made again only for a
/// new annotation (a new `Rc`), without comparing a long article's text and spans on every render.
struct SameAnnotation(Rc<Annotation>);

impl PartialEq for SameAnnotation {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
