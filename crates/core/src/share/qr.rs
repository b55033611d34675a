//! The QR code of a link, as the path of an SVG drawing: the page builds the
//! `<svg>` element itself, so no markup string ever reaches the DOM.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// `text`'s QR code, at medium error correction (raised where the
/// version's room allows), always with the same mask. Any of the eight
/// masks makes a code every reader scans; choosing among them draws the
/// code eight times to score each, which made QR codes a fifth of the
/// processor time of pre-rendering an archive (one code a page and
/// language: 650,000 for 100,000 articles).
pub(crate) fn encode(text: &str) -> Option<QrCode> {
    let segments = QrSegment::make_segments(text);
    let (ecl, mask) = (QrCodeEcc::Medium, Some(Mask::new(0)));
    QrCode::encode_segments_advanced(&segments, ecl, Version::MIN, Version::MAX, mask, true).ok()
}

/// An SVG path drawing the dark modules of `text`'s QR code, and the size of
/// the square it fills including a four-module quiet zone. `None` when the
/// text is too long for any QR code.
///
/// Each row's runs of dark modules are one horizontal line of a one-module
/// stroke through the row's middle (`M4 4.5h7m2 0h1`): a quarter of the
/// bytes of a square per module, which every pre-rendered page with a share
/// panel carries.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let code = encode(text)?;
    let border = 4;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        // Where the last run of this row ended, once there is one.
        let mut end = None;
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            match end {
                None => path.push_str(&format!("M{} {}.5h{run}", start + border, y + border)),
                Some(end) => path.push_str(&format!("m{} 0h{run}", start - end)),
            }
            end = Some(x);
        }
    }
    Some((path, size + 2 * border))
}
