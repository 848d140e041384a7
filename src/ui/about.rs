//! About the meeting: the concept note's background, format and participation.

use super::layout::PageMeta;
use crate::programme::meeting;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let m = meeting();
    let resolutions = m
        .resolutions
        .iter()
        .map(|r| {
            let detail = match (r.date, r.title, r.note) {
                (Some(d), Some(t), _) => format!(" of {d}, “{t}”"),
                (_, _, Some(n)) => format!(": {n}"),
                _ => String::new(),
            };
            view! { <li><strong>{r.symbol}</strong>{detail}</li> }
        })
        .collect_view();
    let background = m
        .background
        .iter()
        .map(|p| view! { <p>{*p}</p> })
        .collect_view();
    let format = m
        .format
        .iter()
        .map(|p| view! { <p>{*p}</p> })
        .collect_view();
    view! {
        <PageMeta title="About the meeting" description=format!("{}: background, format and participation.", m.title)/>
        <article class="page prose">
            <p class="eyebrow">{m.assembly_session}" · "{m.presidency}</p>
            <h1>{m.title}</h1>
            <p class="lede">{m.dates}", "{m.venue}". "{m.document}"."</p>
            <h2>"Background"</h2>
            {background}
            <h3>"Resolutions"</h3>
            <ul>{resolutions}</ul>
            <h2>"Format"</h2>
            {format}
            <h2>"Interventions"</h2>
            <p>"In the panel discussions, interventions and questions are limited to "
                <strong>{m.delegation_minutes}" minutes"</strong>" for individual delegations and "
                <strong>{m.regional_group_minutes}" minutes"</strong>" for regional group statements."</p>
            <h2>"Artwork"</h2>
            <p>{m.artwork_credit}</p>
            <p>{m.hashtag}</p>
            <h2>"What this app does not list"</h2>
            <p>"The programme names neither the chairs nor the panellists of the two panel discussions, and gives no links for the resolutions, so this app shows none."</p>
        </article>
    }
}
