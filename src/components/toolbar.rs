//! The workspace toolbar: undo and redo, the theme and the language switches.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::Theme;

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The interface language.
    pub lang: Lang,
    /// The current theme.
    pub theme: Theme,
    /// Whether undo / redo can do something.
    pub can_undo: bool,
    /// .
    pub can_redo: bool,
    /// Hide the correction buttons.
    #[prop_or_default]
    pub read_only: bool,
    /// Called to undo.
    pub on_undo: Callback<()>,
    /// Called to redo.
    pub on_redo: Callback<()>,
    /// Called with the new language.
    pub on_lang: Callback<Lang>,
    /// Called with the new theme.
    pub on_theme: Callback<Theme>,
}

/// Whether the reader's system asks for dark colours (never, natively: the pre-rendered page, see
/// `crate::prerender`).
fn system_dark() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return false;
    #[cfg(target_arch = "wasm32")]
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Undo, redo, theme, language.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let t = props.lang.t();
    let other = props.lang.other();
    let dark = match props.theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_dark(),
    };
    let next_theme = if dark { Theme::Light } else { Theme::Dark };
    html! {
        <div class="app-toolbar" role="toolbar" aria-label={t.shortcuts}>
            if !props.read_only {
                <button type="button" class="undo" disabled={!props.can_undo} title="Ctrl+Z"
                    onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ "↶ " }{ t.undo }</button>
                <button type="button" class="redo" disabled={!props.can_redo} title="Ctrl+Y"
                    onclick={props.on_redo.reform(|_: MouseEvent| ())}>{ "↷ " }{ t.redo }</button>
            }
            <button type="button" class="theme" aria-pressed={dark.to_string()}
                title={format!("{}: {}", t.theme, if dark { t.theme_dark } else { t.theme_light })}
                onclick={props.on_theme.reform(move |_: MouseEvent| next_theme)}>
                { if dark { "☾ " } else { "☀ " } }{ if dark { t.theme_dark } else { t.theme_light } }
            </button>
            <button type="button" class="lang" lang={other.code()}
                onclick={props.on_lang.reform(move |_: MouseEvent| other)}>{ t.switch_lang }</button>
        </div>
    }
}
