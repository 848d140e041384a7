//! Which language a visitor gets: the six official UN languages, their codes and direction,
//! and the choice between the address, the device and the browser's preferences.

/// An official UN language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the UN's order (the English alphabetical order of the languages' names).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 code (`lang=` in links, `<html lang>`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `dir` of `<html>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A `lang=` value: exactly one of the six codes (any case); anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The first of the browser's preferred languages (`navigator.languages`, e.g. `fr-CA`,
    /// `zh-Hans-CN`) that is one of the six; English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| Lang::parse(tag.split(['-', '_']).next().unwrap_or("")))
            .unwrap_or(Lang::En)
    }

    /// The interface language: `lang=` of the URL when it is one of the six, else the one
    /// stored on the device, else the first of the browser's `preferred` that is, else English.
    pub fn choose<'a>(
        from_url: Option<&str>,
        stored: Option<&str>,
        preferred: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        from_url
            .and_then(Lang::parse)
            .or_else(|| stored.and_then(Lang::parse))
            .unwrap_or_else(|| Lang::negotiate(preferred))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_only_six_are_known() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
            assert_eq!(Lang::parse(&l.code().to_uppercase()), Some(l));
        }
        for bad in ["", "de", "en-GB", "e", "english", "zh-Hans"] {
            assert_eq!(Lang::parse(bad), None, "{bad}");
        }
        assert!(Lang::Ar.is_rtl() && Lang::Ar.dir() == "rtl");
        assert!(Lang::ALL.iter().filter(|l| l.is_rtl()).count() == 1);
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["zh-Hans-CN"]), Lang::Zh);
        assert_eq!(Lang::negotiate(["ar_EG"]), Lang::Ar);
        assert_eq!(Lang::negotiate(["de", "it"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn the_url_wins_then_the_device_then_the_browser() {
        let browser = ["fr-FR", "en"];
        assert_eq!(Lang::choose(Some("ar"), Some("ru"), browser), Lang::Ar);
        assert_eq!(Lang::choose(Some("xx"), Some("ru"), browser), Lang::Ru);
        assert_eq!(Lang::choose(None, Some("\u{0}<script>"), browser), Lang::Fr);
        assert_eq!(Lang::choose(None, None, ["de"]), Lang::En);
    }
}
