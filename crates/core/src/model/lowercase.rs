//! Lower case for the scripts a news site writes in: Latin, Greek,
//! Cyrillic, Armenian, Georgian and fullwidth Latin. The standard library's
//! `char::to_lowercase` covers every script through tables that cost the
//! wasm 3.4 KB; these blocks need 122 ranges. A test holds the ranges to
//! the standard library's answer for every character of these blocks.
//! Blocks: Basic Latin to Latin Extended-B, Greek and Coptic, Cyrillic and
//! its Supplement, Armenian, Georgian (with Mtavruli), Latin Extended
//! Additional, Greek Extended, and the fullwidth Latin capitals.

/// The characters whose lower case differs, as `(first, last, rule)`
/// ranges in order: a rule of 0 means upper and lower case alternate from
/// `first` (upper at `first`, `first + 2`, …), any other rule is the
/// distance from each character to its lower case.
#[rustfmt::skip]
const RANGES: &[(u16, u16, i16)] = &[
    (0x0041, 0x005A, 32), (0x00C0, 0x00D6, 32), (0x00D8, 0x00DE, 32),
    (0x0100, 0x012E, 0), (0x0130, 0x0130, -199), (0x0132, 0x0136, 0),
    (0x0139, 0x0147, 0), (0x014A, 0x0176, 0), (0x0178, 0x0178, -121),
    (0x0179, 0x017D, 0), (0x0181, 0x0181, 210), (0x0182, 0x0184, 0),
    (0x0186, 0x0186, 206), (0x0187, 0x0187, 1), (0x0189, 0x018A, 205),
    (0x018B, 0x018B, 1), (0x018E, 0x018E, 79), (0x018F, 0x018F, 202),
    (0x0190, 0x0190, 203), (0x0191, 0x0191, 1), (0x0193, 0x0193, 205),
    (0x0194, 0x0194, 207), (0x0196, 0x0196, 211), (0x0197, 0x0197, 209),
    (0x0198, 0x0198, 1), (0x019C, 0x019C, 211), (0x019D, 0x019D, 213),
    (0x019F, 0x019F, 214), (0x01A0, 0x01A4, 0), (0x01A6, 0x01A6, 218),
    (0x01A7, 0x01A7, 1), (0x01A9, 0x01A9, 218), (0x01AC, 0x01AC, 1),
    (0x01AE, 0x01AE, 218), (0x01AF, 0x01AF, 1), (0x01B1, 0x01B2, 217),
    (0x01B3, 0x01B5, 0), (0x01B7, 0x01B7, 219), (0x01B8, 0x01B8, 1),
    (0x01BC, 0x01BC, 1), (0x01C4, 0x01C4, 2), (0x01C5, 0x01C5, 1),
    (0x01C7, 0x01C7, 2), (0x01C8, 0x01C8, 1), (0x01CA, 0x01CA, 2),
    (0x01CB, 0x01DB, 0), (0x01DE, 0x01EE, 0), (0x01F1, 0x01F1, 2),
    (0x01F2, 0x01F4, 0), (0x01F6, 0x01F6, -97), (0x01F7, 0x01F7, -56),
    (0x01F8, 0x021E, 0), (0x0220, 0x0220, -130), (0x0222, 0x0232, 0),
    (0x023A, 0x023A, 10795), (0x023B, 0x023B, 1), (0x023D, 0x023D, -163),
    (0x023E, 0x023E, 10792), (0x0241, 0x0241, 1), (0x0243, 0x0243, -195),
    (0x0244, 0x0244, 69), (0x0245, 0x0245, 71), (0x0246, 0x024E, 0),
    (0x0370, 0x0372, 0), (0x0376, 0x0376, 1), (0x037F, 0x037F, 116),
    (0x0386, 0x0386, 38), (0x0388, 0x038A, 37), (0x038C, 0x038C, 64),
    (0x038E, 0x038F, 63), (0x0391, 0x03A1, 32), (0x03A3, 0x03AB, 32),
    (0x03CF, 0x03CF, 8), (0x03D8, 0x03EE, 0), (0x03F4, 0x03F4, -60),
    (0x03F7, 0x03F7, 1), (0x03F9, 0x03F9, -7), (0x03FA, 0x03FA, 1),
    (0x03FD, 0x03FF, -130), (0x0400, 0x040F, 80), (0x0410, 0x042F, 32),
    (0x0460, 0x0480, 0), (0x048A, 0x04BE, 0), (0x04C0, 0x04C0, 15),
    (0x04C1, 0x04CD, 0), (0x04D0, 0x052E, 0), (0x0531, 0x0556, 48),
    (0x10A0, 0x10C5, 7264), (0x10C7, 0x10C7, 7264), (0x10CD, 0x10CD, 7264),
    (0x1C90, 0x1CBA, -3008), (0x1CBD, 0x1CBF, -3008), (0x1E00, 0x1E94, 0),
    (0x1E9E, 0x1E9E, -7615), (0x1EA0, 0x1EFE, 0), (0x1F08, 0x1F0F, -8),
    (0x1F18, 0x1F1D, -8), (0x1F28, 0x1F2F, -8), (0x1F38, 0x1F3F, -8),
    (0x1F48, 0x1F4D, -8), (0x1F59, 0x1F59, -8), (0x1F5B, 0x1F5B, -8),
    (0x1F5D, 0x1F5D, -8), (0x1F5F, 0x1F5F, -8), (0x1F68, 0x1F6F, -8),
    (0x1F88, 0x1F8F, -8), (0x1F98, 0x1F9F, -8), (0x1FA8, 0x1FAF, -8),
    (0x1FB8, 0x1FB9, -8), (0x1FBA, 0x1FBB, -74), (0x1FBC, 0x1FBC, -9),
    (0x1FC8, 0x1FCB, -86), (0x1FCC, 0x1FCC, -9), (0x1FD8, 0x1FD9, -8),
    (0x1FDA, 0x1FDB, -100), (0x1FE8, 0x1FE9, -8), (0x1FEA, 0x1FEB, -112),
    (0x1FEC, 0x1FEC, -7), (0x1FF8, 0x1FF9, -128), (0x1FFA, 0x1FFB, -126),
    (0x1FFC, 0x1FFC, -9), (0xFF21, 0xFF3A, 32),
];

/// `c` in lower case, as `char::to_lowercase` gives it (its first
/// character, where it gives two) in the blocks above; anything else as is.
pub fn lowercase(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return c;
    };
    let at = RANGES.partition_point(|&(_, last, _)| last < code);
    match RANGES.get(at) {
        Some(&(first, _, rule)) if first <= code => {
            let lower = match rule {
                0 if (code - first) % 2 == 0 => code + 1,
                0 => code,
                _ => code.wrapping_add_signed(rule),
            };
            char::from_u32(u32::from(lower)).unwrap_or(c)
        }
        _ => c,
    }
}

/// `text` with its first character in lower case.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        let mut lowered = String::with_capacity(text.len());
        lowered.push(lowercase(first));
        lowered.push_str(chars.as_str());
        lowered
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks the ranges cover; any other character is its own lower case.
    const BLOCKS: &[(char, char)] = &[
        ('\0', '\u{24F}'),
        ('\u{370}', '\u{52F}'),
        ('\u{531}', '\u{556}'),
        ('\u{10A0}', '\u{10CD}'),
        ('\u{1C90}', '\u{1CBF}'),
        ('\u{1E00}', '\u{1FFF}'),
        ('\u{FF21}', '\u{FF3A}'),
    ];

    #[test]
    fn agrees_with_the_standard_library_in_every_block_it_covers() {
        let covered = |c: char| {
            BLOCKS
                .iter()
                .any(|&(first, last)| (first..=last).contains(&c))
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = if covered(c) {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                c
            };
            assert_eq!(lowercase(c), expected, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn lowers_the_first_letter_only() {
        assert_eq!(lowercase_first("Ваше посольство"), "ваше посольство");
        assert_eq!(lowercase_first("Your local Embassy"), "your local Embassy");
        assert_eq!(lowercase_first("Σας"), "σας");
        assert_eq!(lowercase_first("Ⴀ"), "ⴀ");
        assert_eq!(lowercase_first(""), "");
        assert_eq!(lowercase_first("سفارتكم"), "سفارتكم");
    }
}
