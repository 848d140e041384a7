//! The two interactive panels: theme, how they run, guiding questions and background papers.

use super::layout::PageMeta;
use super::router::Link;
use crate::programme::meeting;
use crate::programme::model::Panel;
use leptos::prelude::*;

#[component]
pub fn QuestionsPage() -> impl IntoView {
    let m = meeting();
    let panels = m
        .panels
        .iter()
        .map(|p| view! { <PanelSection panel=p/> })
        .collect_view();
    view! {
        <PageMeta title="Panels and guiding questions" description="The two interactive panel discussions, their 13 guiding questions and their background papers."/>
        <div class="page">
            <h1>"Panels and guiding questions"</h1>
            <p class="lede">{m.format.get(1).copied().unwrap_or_default()}</p>
            {panels}
        </div>
    }
}

#[component]
fn PanelSection(panel: &'static Panel) -> impl IntoView {
    let m = meeting();
    let session = m.session(panel.session);
    let when = session.map(|s| {
        let day = m.day(s.day).map(|d| d.label).unwrap_or_default();
        view! {
            <p class="session__meta">
                <Link to=&format!("/session?id={}", s.id)>{s.title}</Link>
                <span>{day}", "{m.time_range(s)}" New York time"</span>
            </p>
        }
    });
    let questions = panel
        .questions
        .iter()
        .map(|q| {
            view! {
                <li class="question" id=panel.question_anchor(q)>
                    <span class="question__number">{panel.number}"."{q.number}</span>
                    <p>{q.text}</p>
                </li>
            }
        })
        .collect_view();
    let paper = panel
        .paper
        .paragraphs
        .iter()
        .map(|p| view! { <p>{p.text}</p> })
        .collect_view();
    let id = format!("panel-{}", panel.number);
    let labelled_by = id.clone();
    view! {
        <section class="panel" aria-labelledby=labelled_by>
            <h2 id=id>{panel.name}</h2>
            {when}
            <p class="panel__theme">{panel.theme}</p>
            <h3>"How the panel runs"</h3>
            <p>{panel.structure}</p>
            <p class="note">"The programme does not name the chair or the panellists."</p>
            <h3>"Guiding questions"</h3>
            <p>{panel.questions_intro}</p>
            <ol class="questions">{questions}</ol>
            <h3>{panel.paper.title}</h3>
            <p class="paper__heading">"“"{panel.paper.heading}"”"</p>
            <div class="paper">{paper}</div>
        </section>
    }
}
