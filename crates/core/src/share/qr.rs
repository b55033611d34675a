//! The QR code of a link, as the path of an SVG drawing: the page builds the
//! `<svg>` element itself, so no markup string ever reaches the DOM.

use qrcodegen::{QrCode, QrCodeEcc};

/// An SVG path drawing the dark modules of `text`'s QR code, and the size of
/// the square it fills including a four-module quiet zone. `None` when the
/// text is too long for any QR code.
///
/// Each row's runs of dark modules are one horizontal line of a one-module
/// stroke through the row's middle (`M4 4.5h7m2 0h1`): a quarter of the
/// bytes of a square per module, which every pre-rendered page with a share
/// panel carries.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
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
