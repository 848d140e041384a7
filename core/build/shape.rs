//! The data file's shape (`data/programme.toml`), as serde reads it: every table and its
//! fields, none left unknown.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct File {
    pub(crate) meeting: MeetingDto,
    pub(crate) resolutions: Vec<ResolutionDto>,
    pub(crate) days: Vec<DayDto>,
    pub(crate) speakers: Vec<SpeakerDto>,
    pub(crate) sessions: Vec<SessionDto>,
    pub(crate) themes: Vec<ThemeDto>,
    pub(crate) panels: Vec<PanelDto>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MeetingDto {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) short_title: String,
    pub(crate) edition: String,
    pub(crate) assembly_session: String,
    pub(crate) presidency: String,
    pub(crate) document: String,
    pub(crate) dates: String,
    pub(crate) venue: String,
    pub(crate) utc_offset_minutes: i32,
    pub(crate) time_zone_label: String,
    pub(crate) hashtag: String,
    pub(crate) artwork_credit: String,
    pub(crate) delegation_minutes: u32,
    pub(crate) regional_group_minutes: u32,
    pub(crate) background: Vec<String>,
    pub(crate) format: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ResolutionDto {
    pub(crate) symbol: String,
    pub(crate) date: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DayDto {
    pub(crate) id: String,
    pub(crate) date: String,
    pub(crate) label: String,
    pub(crate) venue: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SpeakerDto {
    pub(crate) id: String,
    pub(crate) honorific: String,
    pub(crate) name: String,
    pub(crate) role: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ItemDto {
    pub(crate) text: String,
    pub(crate) speaker: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SessionDto {
    pub(crate) id: String,
    pub(crate) day: String,
    pub(crate) start: String,
    pub(crate) end: String,
    pub(crate) kind: String,
    pub(crate) title: String,
    pub(crate) subtitle: Option<String>,
    pub(crate) venue: String,
    #[serde(default)]
    pub(crate) speakers: Vec<String>,
    #[serde(default)]
    pub(crate) items: Vec<ItemDto>,
    pub(crate) panel: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ThemeDto {
    pub(crate) id: String,
    pub(crate) label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionDto {
    pub(crate) number: u8,
    pub(crate) text: String,
    pub(crate) tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ParagraphDto {
    pub(crate) text: String,
    pub(crate) tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PaperDto {
    pub(crate) title: String,
    pub(crate) heading: String,
    pub(crate) paragraphs: Vec<ParagraphDto>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OfTenDto {
    pub(crate) label: String,
    pub(crate) count: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShareDto {
    pub(crate) label: String,
    pub(crate) numerator: u8,
    pub(crate) denominator: u8,
    /// The share is more than the fraction ("more than 50 per cent").
    #[serde(default)]
    pub(crate) more_than: bool,
    pub(crate) stated: String,
    pub(crate) quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FiguresDto {
    pub(crate) source: String,
    pub(crate) of_ten_quote: String,
    pub(crate) of_ten: Vec<OfTenDto>,
    pub(crate) shares: Vec<ShareDto>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PanelDto {
    pub(crate) number: u8,
    pub(crate) session: String,
    pub(crate) name: String,
    pub(crate) theme: String,
    pub(crate) structure: String,
    pub(crate) questions_intro: String,
    pub(crate) questions: Vec<QuestionDto>,
    pub(crate) paper: PaperDto,
    pub(crate) figures: Option<FiguresDto>,
}
