//! Images in an imported body: where the file comes from, its size and the
//! words that stand in for it. WordPress keeps an image's size and alt text
//! on its attachment, so those fill in what the `<img>` tag leaves out.

use super::Context;
use super::address::{asset_path, original, size_in_name, upload};
use super::wxr::Item;
use imagesize::ImageType;
use std::collections::HashMap;
use std::path::Path;
use tocsin::model::{AssetPath, Block};

/// What an export says about an attachment.
#[derive(Debug, Clone, Default)]
struct Attachment {
    size: Option<(u32, u32)>,
    alt: String,
}

/// The export's attachments, by address and by id.
#[derive(Debug, Default)]
pub struct Media {
    by_url: HashMap<String, Attachment>,
    url_by_id: HashMap<String, String>,
}

impl Media {
    /// Collects the attachments among `items`.
    pub fn of(items: &[Item]) -> Media {
        let mut media = Media::default();
        for item in items
            .iter()
            .filter(|i| i.kind == "attachment" && !i.attachment_url.is_empty())
        {
            let meta = |key: &str| {
                item.meta
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.as_str())
            };
            let attachment = Attachment {
                size: meta("_wp_attachment_metadata").and_then(serialized_size),
                alt: meta("_wp_attachment_image_alt")
                    .unwrap_or_default()
                    .trim()
                    .to_owned(),
            };
            media
                .url_by_id
                .insert(item.id.clone(), item.attachment_url.clone());
            media.by_url.insert(item.attachment_url.clone(), attachment);
        }
        media
    }

    fn find(&self, src: &str, class: &str) -> Option<&Attachment> {
        let by_class = class
            .split_whitespace()
            .find_map(|c| c.strip_prefix("wp-image-"))
            .and_then(|id| self.url_by_id.get(id))
            .and_then(|url| self.by_url.get(url));
        by_class
            .or_else(|| self.by_url.get(src))
            .or_else(|| self.by_url.get(&original(src)))
    }
}

/// The full size in PHP's serialized attachment metadata: the first
/// `"width";i:N;` and `"height";i:N;`, which come before the scaled sizes.
fn serialized_size(meta: &str) -> Option<(u32, u32)> {
    let number = |key: &str| {
        let start = meta.find(key)? + key.len();
        let digits: String = meta[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse::<u32>().ok().filter(|&n| n > 0)
    };
    Some((number("\"width\";i:")?, number("\"height\";i:")?))
}

/// An `<img>` as found in the body.
pub struct ImageTag {
    /// `src` (or the lazy-loading `data-src`).
    pub src: String,
    /// `alt`.
    pub alt: String,
    /// `width` and `height`.
    pub width: String,
    /// See `width`.
    pub height: String,
    /// `class`, which names the attachment (`wp-image-42`).
    pub class: String,
}

/// An image file the import needs from the old site's uploads folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Upload {
    /// Its path inside `wp-content/uploads/`.
    pub source: String,
    /// Where it goes in the data folder.
    pub target: AssetPath,
}

/// Checks that `file`, an upload in `folder` to be published as `target`,
/// is a plain file of that folder holding an image of the type its name
/// says. A link (the file, or a folder on its way) would publish whatever
/// it points to, such as a key in the importing editor's home folder.
fn genuine_upload(folder: &Path, file: &Path, target: &AssetPath) -> Result<(), String> {
    let shown = file.display();
    let link = file
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink());
    let inside = match (file.canonicalize(), folder.canonicalize()) {
        (Ok(file), Ok(folder)) => file.starts_with(folder),
        _ => {
            return Err(format!(
                "an image missing from the uploads folder ({shown}): dropped"
            ));
        }
    };
    if link || !inside {
        return Err(format!(
            "an image that is a link to another file ({shown}): dropped, since only the uploads folder's own \
            files are published"
        ));
    }
    let extension = Path::new(target.as_str())
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {shown}: {e}"))?;
    if !file.is_file() || !holds_image_of_type(&extension, &bytes) {
        return Err(format!(
            "a file named .{extension} that holds no {extension} image ({shown}): dropped"
        ));
    }
    Ok(())
}

/// Whether `bytes` hold an image of the type `extension` names, as far as
/// its header tells: its kind, and a width and height that read.
fn holds_image_of_type(extension: &str, bytes: &[u8]) -> bool {
    let Ok(found) = imagesize::image_type(bytes) else {
        return false;
    };
    let named = match extension {
        "jpg" | "jpeg" => found == ImageType::Jpeg,
        "png" => found == ImageType::Png,
        "gif" => found == ImageType::Gif,
        "webp" => found == ImageType::Webp,
        "avif" => matches!(found, ImageType::Heif(_)),
        _ => false,
    };
    named && imagesize::blob_size(bytes).is_ok()
}

/// An image block for `tag`, with the file it needs, or why it is dropped.
pub fn image(
    ctx: &Context,
    tag: &ImageTag,
    caption: Option<String>,
) -> Result<(Block, Upload), String> {
    let source = upload(&ctx.base, &tag.src)?;
    let target = AssetPath::parse(&asset_path(&source)).map_err(|_| {
        "an image of a type the site does not serve (jpg, jpeg, png, webp, avif or gif): dropped".to_owned()
    })?;
    let absolute = ctx
        .base
        .join(tag.src.trim())
        .map(String::from)
        .unwrap_or_default();
    let attachment = ctx
        .media
        .find(&absolute, &tag.class)
        .cloned()
        .unwrap_or_default();
    let file = ctx.uploads.map(|folder| folder.join(&source));
    if let (Some(folder), Some(file)) = (ctx.uploads, &file) {
        genuine_upload(folder, file, &target)?;
    }
    let attribute = |value: &str| value.trim().parse::<u32>().ok().filter(|&n| n > 0);
    let from_file = || {
        let size = imagesize::size(file.as_ref()?).ok()?;
        Some((
            u32::try_from(size.width).ok()?,
            u32::try_from(size.height).ok()?,
        ))
    };
    let (width, height) = attribute(&tag.width)
        .zip(attribute(&tag.height))
        .or_else(from_file)
        .or_else(|| size_in_name(&source))
        .or(attachment.size)
        .ok_or(
            "an image without a width and height: dropped (import with --uploads, or give the size in WordPress)",
        )?;
    let alt = [tag.alt.trim(), attachment.alt.as_str(), caption.as_deref().unwrap_or_default()]
        .into_iter()
        .find(|a| !a.is_empty())
        .map(str::to_owned)
        .ok_or("an image without alt text: dropped (describe it under Alt Text in WordPress and import again)")?;
    let block = Block::Image {
        src: target.clone(),
        alt,
        caption,
        width,
        height,
    };
    Ok((block, Upload { source, target }))
}
