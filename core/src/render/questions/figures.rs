//! The key figures of a background paper drawn as an accessible SVG: a ten-figure pictogram and
//! bars, with a text equivalent and the source.

use crate::programme::model::KeyFigures;
use crate::render::esc;
use std::fmt::Write as _;

/// The figures of a background paper as a picture: a ten-figure pictogram and bars, with a
/// text equivalent and the source as the paper names it. Only what the paper states is drawn;
/// the rest of the ten is labelled "others".
pub fn figures(fig: &KeyFigures) -> String {
    const W: u32 = 36;
    let mut icons = String::new();
    let mut legend = String::new();
    let mut slot = 0u32;
    let mut said: Vec<String> = Vec::new();
    let shown: u32 = fig.of_ten.iter().map(|o| u32::from(o.count)).sum();
    let others = 10u32.saturating_sub(shown);
    let groups = fig
        .of_ten
        .iter()
        .map(|o| (o.label, u32::from(o.count)))
        .chain(
            (others > 0).then_some(("The rest of the ten (not broken down in the paper)", others)),
        );
    for (k, (label, count)) in groups.enumerate() {
        let class = ["fig-a", "fig-b", "fig-c"]
            .get(k)
            .copied()
            .unwrap_or("fig-c");
        // Girls are drawn smaller; "others" only outlined: shape and fill, not colour alone.
        // (A string, not a float: no float formatting in the wasm.)
        let scale = if k == 1 { "0.78" } else { "1" };
        for _ in 0..count {
            let x = slot * W + W / 2;
            let _ = write!(
                icons,
                "<g class=\"{class}\" transform=\"translate({x} 64) scale({scale})\"><circle cx=\"0\" cy=\"-44\" r=\"8\"/><path d=\"M-11 -32h22l4 30h-8v26h-14v-26h-8z\"/></g>"
            );
            slot += 1;
        }
        // The paper states its groups' counts; the rest's is left unsaid, as the paper does.
        let count_said = if k < fig.of_ten.len() {
            format!(": about {count} of 10")
        } else {
            String::new()
        };
        said.push(format!("{label}{count_said}"));
        let _ = write!(legend, "<li><svg class=\"legend-swatch\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><g class=\"{class}\" transform=\"translate(10 18) scale(0.32)\"><circle cx=\"0\" cy=\"-44\" r=\"8\"/><path d=\"M-11 -32h22l4 30h-8v26h-14v-26h-8z\"/></g></svg>{}{count_said}</li>", esc(label));
    }
    let mut bars = String::new();
    for (i, s) in fig.shares.iter().enumerate() {
        let y = i as u32 * 64;
        let width = 300 * u32::from(s.numerator) / u32::from(s.denominator.max(1));
        // "More than" a fraction: the fill reaches the mark, a tick shows the mark and an
        // arrowhead past it shows "and more" (shape, not colour, carries it).
        let more = if s.more_than {
            format!(
                "<path class=\"bar-fill bar-more\" d=\"M{width} {}l12 8l-12 8z\"/><path class=\"bar-mark\" d=\"M{width} {}v24\"/>",
                y + 36,
                y + 32
            )
        } else {
            String::new()
        };
        let _ = write!(
            bars,
            "<text x=\"0\" y=\"{}\" class=\"bar-label\">{}</text><text x=\"0\" y=\"{}\" class=\"bar-value\">{}</text><rect x=\"0\" y=\"{}\" width=\"300\" height=\"16\" class=\"bar-track\"/><rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"16\" class=\"bar-fill\"/>{more}",
            y + 13,
            esc(s.label),
            y + 28,
            esc(s.stated),
            y + 36,
            y + 36
        );
    }
    let text: Vec<String> = std::iter::once(format!(
        "For every ten victims detected globally, {}.",
        esc(fig
            .of_ten_quote
            .trim_start_matches("for every ten victims detected globally, "))
    ))
    .chain(
        fig.shares
            .iter()
            .map(|s| format!("{}: {} of detected victims.", esc(s.label), esc(s.stated))),
    )
    .collect();
    format!(
        "<figure class=\"figures\" aria-labelledby=\"fig-caption\"><div class=\"figures__grid\"><svg class=\"pictogram\" viewBox=\"0 0 360 92\" role=\"img\" aria-label=\"Pictogram of every ten victims detected. {}\">{icons}</svg><ul class=\"figures__legend\">{legend}</ul><svg class=\"bars\" viewBox=\"0 0 300 {}\" role=\"img\" aria-label=\"Bars: {}\">{bars}</svg></div><figcaption id=\"fig-caption\"><strong>Key figures.</strong> {} Source: {}, as cited in the background paper.</figcaption></figure>",
        esc(&said.join("; ")),
        fig.shares.len() as u32 * 64,
        esc(&fig.shares.iter().map(|s| format!("{} {}", s.label, s.stated)).collect::<Vec<_>>().join("; ")),
        text.join(" "),
        esc(fig.source)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::meeting;

    #[test]
    fn pictogram_draws_ten_figures_and_names_the_rest_others() {
        let fig = meeting()
            .panel(1)
            .and_then(|p| p.paper())
            .and_then(|x| x.figures.as_ref())
            .expect("figures");
        let svg = figures(fig);
        assert_eq!(
            svg.matches("<circle").count(),
            10 + 3,
            "ten figures plus three legend swatches"
        );
        assert_eq!(
            svg.matches("class=\"fig-a\" transform=\"translate(")
                .count(),
            5 + 1
        );
        assert_eq!(
            svg.matches("class=\"fig-b\" transform=\"translate(")
                .count(),
            2 + 1
        );
        // The rest is drawn, but given no figure the paper does not state.
        assert!(svg.contains("The rest of the ten (not broken down in the paper)</li>"));
        assert!(!svg.contains("3 of 10") && !svg.contains("three"));
        assert!(svg.contains("aria-label=\"Pictogram of every ten victims detected. Adult women: about 5 of 10; Girls: about 2 of 10; The rest of the ten (not broken down in the paper)\""), "{svg}");
        assert!(svg.contains("Adult women: about 5 of 10"));
        // "More than 50 per cent" is drawn past its mark; "about one third" is not.
        assert_eq!(svg.matches("class=\"bar-fill bar-more\"").count(), 1);
        assert!(svg.contains("d=\"M150 36l12 8l-12 8z\""), "{svg}");
        assert!(
            svg.contains("width=\"150\" height=\"16\" class=\"bar-fill\""),
            "one half"
        );
        assert!(
            svg.contains("width=\"100\" height=\"16\" class=\"bar-fill\""),
            "one third"
        );
        assert!(svg.contains("more than 50 per cent") && svg.contains("about one third"));
        assert!(svg.contains("Global Report, January 2021"));
    }
}
