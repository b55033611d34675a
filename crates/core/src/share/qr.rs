//! The QR code of a link, as the path of an SVG drawing: the page builds the
//! `<svg>` element itself, so no markup string ever reaches the DOM.

use qrcodegen::{QrCode, QrCodeEcc};

/// An SVG path drawing the dark modules of `text`'s QR code, and the size of
/// the square it fills including a four-module quiet zone. `None` when the
/// text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let border = 4;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some((path, size + 2 * border))
}
