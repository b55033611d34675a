//! Finds where the value at a JSON pointer starts in a JSON text, so that a
//! problem found after decoding can still be shown as `line:column`.

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    (0..=offset.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// The byte offset where the value at `pointer` (RFC 6901) starts, if it exists.
pub fn locate(text: &str, pointer: &str) -> Option<usize> {
    let tokens: Vec<String> = if pointer.is_empty() {
        Vec::new()
    } else {
        pointer
            .strip_prefix('/')?
            .split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect()
    };
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
    };
    scanner.skip_ws();
    for token in &tokens {
        match scanner.peek()? {
            b'{' => scanner.enter_member(token)?,
            b'[' => scanner.enter_element(token.parse().ok()?)?,
            _ => return None,
        }
        scanner.skip_ws();
    }
    Some(scanner.pos)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    /// Skips `expected` (after white space), failing if something else is there.
    fn expect(&mut self, expected: u8) -> Option<()> {
        self.skip_ws();
        (self.peek()? == expected).then(|| self.pos += 1)
    }

    /// Moves to the value of member `key` of the object starting here.
    fn enter_member(&mut self, key: &str) -> Option<()> {
        self.expect(b'{')?;
        loop {
            self.skip_ws();
            let start = self.pos;
            self.skip_string()?;
            let name: String = serde_json::from_slice(&self.bytes[start..self.pos]).ok()?;
            self.expect(b':')?;
            self.skip_ws();
            if name == key {
                return Some(());
            }
            self.skip_value()?;
            self.expect(b',')?;
        }
    }

    /// Moves to element `index` of the array starting here.
    fn enter_element(&mut self, index: usize) -> Option<()> {
        self.expect(b'[')?;
        for _ in 0..index {
            self.skip_ws();
            self.skip_value()?;
            self.expect(b',')?;
        }
        self.skip_ws();
        (self.peek()? != b']').then_some(())
    }

    fn skip_string(&mut self) -> Option<()> {
        (self.peek()? == b'"').then_some(())?;
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.pos += 1;
                loop {
                    self.skip_ws();
                    match self.peek()? {
                        b if b == close => {
                            self.pos += 1;
                            return Some(());
                        }
                        b',' | b':' => self.pos += 1,
                        _ => self.skip_value()?,
                    }
                }
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|b| !b",]}".contains(&b) && !b.is_ascii_whitespace())
                {
                    self.pos += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x,]}\"}, [2]],\n  \"c/d\": {\"é\": true},\n  \"e\": \"\\\"q\"\n}";

    fn at(pointer: &str) -> Option<(usize, usize)> {
        locate(TEXT, pointer).map(|o| line_column(TEXT, o))
    }

    #[test]
    fn finds_members_elements_and_escaped_keys() {
        assert_eq!(at(""), Some((1, 1)));
        assert_eq!(at("/a"), Some((2, 8)));
        assert_eq!(at("/a/1/b"), Some((2, 18)));
        assert_eq!(at("/a/2/0"), Some((2, 28)));
        assert_eq!(at("/c~1d/é"), Some((3, 16)));
        assert_eq!(at("/e"), Some((4, 8)));
    }

    #[test]
    fn missing_paths_are_none() {
        assert_eq!(at("/nope"), None);
        assert_eq!(at("/a/3"), None);
        assert_eq!(at("/a/x"), None);
        assert_eq!(locate("{\"a\": ", "/a/0"), None);
    }
}
