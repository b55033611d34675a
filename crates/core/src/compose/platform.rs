//! The reader's platform, from the browser's user agent: how long a mailto
//! link the platform hands to a mail app intact. Each figure and its
//! evidence is in `docs/sending.md`.

/// A platform with its own mailto budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Windows: the shell and Chromium's external-protocol handler refuse
    /// URLs over about 2,048 characters.
    Windows,
    /// macOS: no documented limit, and long links reported to fail.
    Mac,
    /// Linux and other Unix desktops: the link is one argument to
    /// `xdg-open`, which the kernel lets reach 131,072 bytes.
    Linux,
    /// Android: the link travels to the mail app in an intent, whose
    /// Binder buffer holds 1 MB.
    Android,
    /// iPhone and iPad: links with bodies up to a megabyte are reported to open.
    Ios,
    /// Anything else: the strictest budget.
    Unknown,
}

impl Platform {
    /// The platform a user agent string names. Android's and iOS's come
    /// first, since their user agents also name Linux and Mac OS X.
    pub fn from_user_agent(agent: &str) -> Platform {
        let has = |word: &str| agent.contains(word);
        if has("Android") {
            Platform::Android
        } else if has("iPhone") || has("iPad") || has("iPod") {
            Platform::Ios
        } else if has("Windows") {
            Platform::Windows
        } else if has("Macintosh") || has("Mac OS X") {
            Platform::Mac
        } else if has("Linux") || has("X11") || has("CrOS") {
            Platform::Linux
        } else {
            Platform::Unknown
        }
    }

    /// The longest mailto link this platform hands to a mail app intact.
    pub fn mailto_limit(self) -> usize {
        match self {
            Platform::Windows | Platform::Mac | Platform::Unknown => 2_000,
            Platform::Linux | Platform::Android | Platform::Ios => 32_000,
        }
    }
}
