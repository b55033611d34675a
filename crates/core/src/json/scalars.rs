//! The grammar's steps that read one value: booleans, null, integers and
//! strings with their escapes.

use super::{Error, Reader, Start};

impl Reader<'_> {
    /// Reads `true` or `false`.
    pub(super) fn bool(&mut self) -> Result<bool, Error> {
        match self.peek() {
            Some(b't') => self.word("true").map(|()| true),
            Some(b'f') => self.word("false").map(|()| false),
            _ => Err(self.wrong("a boolean")),
        }
    }

    /// Reads `null` if it comes next.
    pub(super) fn null(&mut self) -> Result<bool, Error> {
        if self.peek() == Some(b'n') {
            self.word("null").map(|()| true)
        } else {
            Ok(false)
        }
    }

    /// Reads an integer: its magnitude and whether it is negative.
    pub(super) fn integer(&mut self) -> Result<(bool, u64), Error> {
        if self.start()? != Start::Number {
            return Err(self.wrong("an integer"));
        }
        let negative = self.text.get(self.at) == Some(&b'-');
        self.at += usize::from(negative);
        let digits = self.text[self.at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let number = &self.text[self.at..self.at + digits];
        if digits == 0 || (digits > 1 && number[0] == b'0') {
            return Err(self.error("invalid number"));
        }
        if matches!(self.text.get(self.at + digits), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("invalid type: a number with a fraction, expected an integer"));
        }
        let mut magnitude: u64 = 0;
        for &digit in number {
            magnitude = magnitude
                .checked_mul(10)
                .and_then(|m| m.checked_add(u64::from(digit - b'0')))
                .ok_or_else(|| self.error("number out of range"))?;
        }
        self.at += digits;
        Ok((negative, magnitude))
    }

    /// Skips a number of any form: `-`, digits, a fraction, an exponent.
    pub(super) fn skip_number(&mut self) -> Result<(), Error> {
        let from = self.at;
        self.at += usize::from(self.text.get(self.at) == Some(&b'-'));
        let run = |reader: &mut Self| {
            let n = reader.text[reader.at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            reader.at += n;
            n
        };
        let mut valid = run(self) > 0;
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            valid &= run(self) > 0;
        }
        if matches!(self.text.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            self.at += usize::from(matches!(self.text.get(self.at), Some(b'+' | b'-')));
            valid &= run(self) > 0;
        }
        if valid {
            Ok(())
        } else {
            self.at = from;
            Err(self.error("invalid number"))
        }
    }

    /// Reads a string into `scratch`, unescaped.
    pub(super) fn string(&mut self) -> Result<&str, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong("a string"));
        }
        self.at += 1;
        let mut bytes = std::mem::take(&mut self.scratch).into_bytes();
        bytes.clear();
        loop {
            let run = self.text[self.at..]
                .iter()
                .take_while(|&&b| b != b'"' && b != b'\\' && b >= 0x20)
                .count();
            bytes.extend_from_slice(&self.text[self.at..self.at + run]);
            self.at += run;
            match self.text.get(self.at) {
                Some(b'"') => break,
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
        self.at += 1;
        // The text is a `str` and only whole characters were added to it.
        self.scratch = String::from_utf8(bytes).map_err(|_| self.error("invalid unicode"))?;
        Ok(&self.scratch)
    }

    /// Reads what follows a `\` in a string.
    pub(super) fn escape(&mut self) -> Result<char, Error> {
        let Some(&b) = self.text.get(self.at) else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    if !self.text[self.at..].starts_with(b"\\u") {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    /// Reads four hex digits.
    pub(super) fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.at..self.at + 4);
        let value = digits
            .and_then(|d| std::str::from_utf8(d).ok())
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("invalid escape"))?;
        self.at += 4;
        Ok(value)
    }
}
