//! Every string the interface shows, in Vietnamese (the default) and English.
//!
//! Add a key by adding a field to [`Strings`] and its text to both [`VI`] and [`EN`]: the compiler then
//! refuses a language without it.

use chugiai_core::Label;

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Tiếng Việt (the default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The strings of this language.
    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// The BCP 47 tag (`vi`, `en`), for `lang` attributes and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Parses a tag: `vi…` → Vietnamese, `en…` → English.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("vi") {
            Some(Lang::Vi)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The other language (the switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// What a key of an entity's normalised value means, in this language (`issuer` → `Cơ quan ban hành`);
    /// `None` for a key the interface does not know, shown as it is.
    pub fn value_key(self, key: &str) -> Option<&'static str> {
        let (vi, en) = match key {
            "kind" => ("Loại", "Kind"),
            "number" => ("Số", "Number"),
            "code" => ("Ký hiệu", "Code"),
            "date" => ("Ngày ban hành", "Issued on"),
            "issuer" => ("Cơ quan ban hành", "Issued by"),
            "title" => ("Trích yếu", "Title"),
            "full" => ("Tên đầy đủ", "Full name"),
            "positions" => ("Chức vụ", "Positions"),
            "level" => ("Cấp", "Level"),
            "now_in" => ("Nay thuộc", "Now in"),
            _ => return None,
        };
        Some(match self {
            Lang::Vi => vi,
            Lang::En => en,
        })
    }

    /// The name of a label in this language.
    pub fn label(self, label: Label) -> &'static str {
        let t = self.t();
        match label {
            Label::Person => t.l_person,
            Label::Position => t.l_position,
            Label::Organization => t.l_organization,
            Label::Location => t.l_location,
            Label::Date => t.l_date,
            Label::Document => t.l_document,
            Label::Event => t.l_event,
            Label::Misc => t.l_misc,
        }
    }
}

/// The interface's strings in one language.
#[derive(Debug, PartialEq)]
pub struct Strings {
    /// One-line description under the title.
    pub tagline: &'static str,
    /// Label names.
    pub l_person: &'static str,
    /// .
    pub l_position: &'static str,
    /// .
    pub l_organization: &'static str,
    /// .
    pub l_location: &'static str,
    /// .
    pub l_date: &'static str,
    /// .
    pub l_document: &'static str,
    /// .
    pub l_event: &'static str,
    /// .
    pub l_misc: &'static str,
    /// Directives (legend, panel title).
    pub directives: &'static str,
    /// One directive (highlight name).
    pub directive: &'static str,
    /// The paste area's label.
    pub article: &'static str,
    /// "{n} characters" suffix.
    pub characters: &'static str,
    /// Button: the sample article.
    pub sample: &'static str,
    /// Button: empty the text.
    pub clear: &'static str,
    /// Placeholder of the paste area.
    pub paste_here: &'static str,
    /// The reading view's accessible name.
    pub annotated_article: &'static str,
    /// The legend's accessible name.
    pub legend: &'static str,
    /// Button title: show or hide a label.
    pub toggle_label: &'static str,
    /// The summary panel's title.
    pub summary: &'static str,
    /// "mentions" (count suffix).
    pub mentions: &'static str,
    /// Summary: a place's 2025 mapping, "now in".
    pub now_in: &'static str,
    /// Directive fields.
    pub issuer: &'static str,
    /// .
    pub addressee: &'static str,
    /// .
    pub deadline: &'static str,
    /// .
    pub strength: &'static str,
    /// Strength names.
    pub must: &'static str,
    /// .
    pub should: &'static str,
    /// .
    pub request: &'static str,
    /// Details: label, value, code, rule.
    pub d_label: &'static str,
    /// .
    pub d_value: &'static str,
    /// .
    pub d_rule: &'static str,
    /// .
    pub d_positions: &'static str,
    /// .
    pub d_decoded: &'static str,
    /// The details panel's title, and its text when nothing is focused.
    pub details: &'static str,
    /// .
    pub details_hint: &'static str,
    /// Nothing found.
    pub none_found: &'static str,
    /// Export menu.
    pub export: &'static str,
    /// The export format's label.
    pub export_format: &'static str,
    /// Format names that are words (the others are proper names: W3C, CSV, CoNLL, brat).
    pub f_json: &'static str,
    /// .
    pub f_markdown: &'static str,
    /// Summary: how many more are not listed; `{n}` is their number.
    pub and_more: &'static str,
    /// Summary item's title: what activating it does.
    pub step_hint: &'static str,
    /// .
    pub download: &'static str,
    /// .
    pub copy: &'static str,
    /// .
    pub copied: &'static str,
    /// .
    pub copy_failed: &'static str,
    /// .
    pub import: &'static str,
    /// .
    pub import_failed: &'static str,
    /// .
    pub imported: &'static str,
    /// Corrections.
    pub corrections: &'static str,
    /// .
    pub undo: &'static str,
    /// .
    pub redo: &'static str,
    /// .
    pub delete: &'static str,
    /// .
    pub relabel: &'static str,
    /// .
    pub add_label_hint: &'static str,
    /// .
    pub mark_directive: &'static str,
    /// .
    pub unmark_directive: &'static str,
    /// .
    pub reset_corrections: &'static str,
    /// Storage.
    pub storage_failed: &'static str,
    /// .
    pub storage_large: &'static str,
    /// Theme switch.
    pub theme: &'static str,
    /// .
    pub theme_light: &'static str,
    /// .
    pub theme_dark: &'static str,
    /// The language switch's text (names the other language).
    pub switch_lang: &'static str,
    /// Step through mentions: "mention i of n".
    pub mention_of: &'static str,
    /// Rendering a very large text.
    pub rendering: &'static str,
    /// Keyboard shortcuts help.
    pub shortcuts: &'static str,
    /// Dismiss a message.
    pub dismiss: &'static str,
    /// Error box after a crash: title.
    pub panic_title: &'static str,
    /// Error box: what happened, that the text is kept, what to do.
    pub panic_body: &'static str,
    /// Error box: the reload link.
    pub panic_reload: &'static str,
    /// A large paste is being annotated in the background; `{size}` is its size.
    pub paste_large: &'static str,
    /// A paste from a web page or Word: only its text was kept.
    pub paste_html: &'static str,
    /// Legacy encoding found; `{encoding}` is its name.
    pub legacy_found: &'static str,
    /// Button: use the repaired text.
    pub legacy_use: &'static str,
    /// Legacy text replaced; `{encoding}` is its name.
    pub legacy_used: &'static str,
    /// Button: back to the text as pasted.
    pub legacy_back: &'static str,
    /// Name of decomposed Unicode (NFD).
    pub legacy_nfd: &'static str,
    /// A text too large to show in the text box; `{size}` is its size.
    pub large_text: &'static str,
    /// Placeholder of the text box while it holds a text too large to show.
    pub large_placeholder: &'static str,
}

/// Tiếng Việt.
pub const VI: Strings = Strings {
    tagline:
        "Ai, chức vụ gì, cơ quan nào, ở đâu, khi nào, văn bản nào — và ai phải làm gì. Mọi xử lý diễn ra \
              trong trang này: văn bản bạn dán không rời khỏi máy.",
    l_person: "Người",
    l_position: "Chức vụ",
    l_organization: "Tổ chức",
    l_location: "Địa danh",
    l_date: "Thời gian",
    l_document: "Văn bản",
    l_event: "Sự kiện",
    l_misc: "Khác",
    directives: "Chỉ đạo",
    directive: "Câu chỉ đạo",
    article: "Bài viết",
    characters: "ký tự",
    sample: "Bài mẫu",
    clear: "Xóa",
    paste_here: "Dán bài báo tiếng Việt vào đây…",
    annotated_article: "Bài viết đã chú giải",
    legend: "Nhãn",
    toggle_label: "Hiện/ẩn nhãn",
    summary: "Tóm tắt",
    mentions: "lần",
    now_in: "nay thuộc",
    issuer: "Người chỉ đạo",
    addressee: "Đối tượng",
    deadline: "Thời hạn",
    strength: "Mức độ",
    must: "bắt buộc",
    should: "nên",
    request: "đề nghị",
    d_label: "Nhãn",
    d_value: "Giá trị chuẩn hóa",
    d_rule: "Quy tắc",
    d_positions: "Chức vụ",
    d_decoded: "Giải mã",
    details: "Chi tiết",
    details_hint: "Di chuột hoặc chuyển tiêu điểm vào một chú giải để xem chi tiết.",
    none_found: "Không có",
    export: "Xuất",
    export_format: "Định dạng",
    f_json: "JSON chú giải",
    f_markdown: "Tóm tắt Markdown",
    and_more: "… và {n} mục nữa",
    step_hint: "Đi tới lần nhắc tiếp theo trong bài",
    download: "Tải về",
    copy: "Sao chép",
    copied: "Đã sao chép vào bộ nhớ tạm.",
    copy_failed: "Không sao chép được.",
    import: "Nhập JSON",
    import_failed: "Không đọc được tệp JSON chú giải.",
    imported: "Đã khôi phục phiên làm việc.",
    corrections: "Chỉnh sửa",
    undo: "Hoàn tác",
    redo: "Làm lại",
    delete: "Xóa chú giải",
    relabel: "Đổi nhãn",
    add_label_hint: "Chọn một đoạn văn rồi nhấn phím 1–8 để gán nhãn.",
    mark_directive: "Đánh dấu là chỉ đạo",
    unmark_directive: "Bỏ đánh dấu chỉ đạo",
    reset_corrections: "Bỏ mọi chỉnh sửa",
    storage_failed: "Không lưu được vào bộ nhớ của trình duyệt: chỉnh sửa sẽ mất khi tải lại trang.",
    storage_large: "Bài viết lớn: đã lưu vào IndexedDB.",
    theme: "Giao diện",
    theme_light: "Sáng",
    theme_dark: "Tối",
    switch_lang: "English",
    mention_of: "trên",
    rendering: "Đang hiển thị…",
    shortcuts: "Phím tắt",
    dismiss: "Đóng",
    panic_title: "Đã xảy ra lỗi, chugiai phải dừng lại.",
    panic_body:
        "Văn bản của bạn vẫn được giữ: nó còn trong ô nhập bên dưới và (nếu trang đang lưu) trong bộ nhớ \
                 của trình duyệt. Hãy tải lại trang (F5) để tiếp tục làm việc.",
    panic_reload: "Tải lại trang",
    paste_large: "Đã dán {size}: đang chú giải trong nền, bạn vẫn có thể dùng trang.",
    paste_html: "Đã dán từ trang web hoặc Word: chỉ giữ chữ và các đoạn, bỏ mọi định dạng, liên kết và mã.",
    legacy_found: "Văn bản này có vẻ được gõ bằng {encoding}. Chú giải đã dựa trên văn bản được sửa lại.",
    legacy_use: "Dùng văn bản đã sửa",
    legacy_used: "Đã thay bằng văn bản đã sửa (từ {encoding}).",
    legacy_back: "Quay lại văn bản gốc",
    legacy_nfd: "Unicode tổ hợp (NFD)",
    large_text:
        "Bài viết lớn ({size}): không hiện trong ô nhập để trang không bị treo; hãy đọc ở khung chú giải. \
                 Dán vào ô để thay bằng bài khác, hoặc nhấn Xóa.",
    large_placeholder: "Dán bài khác vào đây để thay bài hiện tại…",
};

/// English.
pub const EN: Strings = Strings {
    tagline:
        "Who, which office, which body, where, when, which document — and who must do what. Everything runs \
              in this page: nothing you paste leaves your computer.",
    l_person: "Person",
    l_position: "Position",
    l_organization: "Organisation",
    l_location: "Place",
    l_date: "Date",
    l_document: "Document",
    l_event: "Event",
    l_misc: "Other",
    directives: "Directives",
    directive: "Directive",
    article: "Article",
    characters: "characters",
    sample: "Sample",
    clear: "Clear",
    paste_here: "Paste a Vietnamese news article here…",
    annotated_article: "Annotated article",
    legend: "Labels",
    toggle_label: "Show/hide label",
    summary: "Summary",
    mentions: "mentions",
    now_in: "now in",
    issuer: "Issuer",
    addressee: "Addressee",
    deadline: "Deadline",
    strength: "Strength",
    must: "must",
    should: "should",
    request: "request",
    d_label: "Label",
    d_value: "Normalised value",
    d_rule: "Rule",
    d_positions: "Positions",
    d_decoded: "Decoded",
    details: "Details",
    details_hint: "Hover over or focus an annotation to see its details.",
    none_found: "None",
    export: "Export",
    export_format: "Format",
    f_json: "Annotation JSON",
    f_markdown: "Markdown brief",
    and_more: "… and {n} more",
    step_hint: "Step to the next mention in the text",
    download: "Download",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copy_failed: "Could not copy.",
    import: "Import JSON",
    import_failed: "Could not read the annotation JSON file.",
    imported: "Session restored.",
    corrections: "Corrections",
    undo: "Undo",
    redo: "Redo",
    delete: "Delete annotation",
    relabel: "Relabel",
    add_label_hint: "Select some text, then press 1–8 to label it.",
    mark_directive: "Mark as directive",
    unmark_directive: "Not a directive",
    reset_corrections: "Drop all corrections",
    storage_failed: "Could not save to the browser's storage: corrections will be lost on reload.",
    storage_large: "Large article: saved in IndexedDB.",
    theme: "Theme",
    theme_light: "Light",
    theme_dark: "Dark",
    switch_lang: "Tiếng Việt",
    mention_of: "of",
    rendering: "Rendering…",
    shortcuts: "Shortcuts",
    dismiss: "Dismiss",
    panic_title: "Something went wrong and chugiai had to stop.",
    panic_body:
        "Your text is kept: it is still in the text box below and (if the page saves) in this browser's \
                 storage. Reload the page (F5) to carry on.",
    panic_reload: "Reload the page",
    paste_large: "Pasted {size}: annotating in the background, the page stays usable.",
    paste_html:
        "Pasted from a web page or Word: only the text and its paragraphs were kept, no formatting, links \
                 or code.",
    legacy_found: "This text seems to be typed in {encoding}. The annotation uses the repaired text.",
    legacy_use: "Use the repaired text",
    legacy_used: "Replaced by the repaired text (from {encoding}).",
    legacy_back: "Back to the original text",
    legacy_nfd: "decomposed Unicode (NFD)",
    large_text:
        "Large article ({size}): not shown in the text box so the page does not freeze; read it in the \
                 annotated view. Paste into the box to replace it, or press Clear.",
    large_placeholder: "Paste another article here to replace the current one…",
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_every_label_differently_from_the_json() {
        for lang in [Lang::Vi, Lang::En] {
            for l in Label::ALL {
                assert!(!lang.label(l).is_empty());
            }
        }
        assert_eq!(Lang::Vi.label(Label::Location), "Địa danh");
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse("fr"), None);
    }
}
