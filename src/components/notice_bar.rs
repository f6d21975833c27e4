//! A message for the reader (a failed save, a copy done), in the interface language, with a button to
//! dismiss it. Failures are alerts (read out by screen readers at once), the rest polite status messages.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Notice;

/// Properties of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message, if any.
    pub notice: Option<Notice>,
    /// The interface language.
    pub lang: Lang,
    /// Called when dismissed.
    pub on_dismiss: Callback<()>,
}

/// The message line.
#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    match &props.notice {
        None => html! { <div class="notice empty" role="status" aria-live="polite"></div> },
        Some(n) => {
            let error = n.is_error();
            html! {
                <div class={classes!("notice", if error { "error" } else { "info" })}
                    role={if error { "alert" } else { "status" }} aria-live={if error { "assertive" } else { "polite" }}>
                    <span class="message">{ n.message(props.lang) }</span>
                    <button type="button" class="dismiss" aria-label={props.lang.t().dismiss}
                        onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>{ "×" }</button>
                </div>
            }
        }
    }
}
