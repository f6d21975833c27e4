//! Mounts the chugiai page on the document's body.

fn main() {
    yew::Renderer::<chugiai_web::App>::new().render();
}
