//! The speaking timer.

use super::layout::PageMeta;
use crate::programme::meeting;
use leptos::prelude::*;

#[component]
pub fn TimerPage() -> impl IntoView {
    let m = meeting();
    view! {
        <PageMeta title="Speaking timer" description="A speaking timer for interventions: 2 minutes for a delegation, 3 for a regional group."/>
        <div class="page">
            <h1>"Speaking timer"</h1>
            <p class="lede">"Interventions are limited to "{m.delegation_minutes}" minutes for individual delegations and "{m.regional_group_minutes}" minutes for regional group statements."</p>
        </div>
    }
}
