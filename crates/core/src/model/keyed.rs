//! Values by key, written in a file as an object (`{"ru": …, "kk": …}`,
//! `{"DE": …}`) and kept in the file's order. A list, not a `BTreeMap`:
//! there are a handful at most, and the app then carries no tree code for
//! each kind of value.

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

/// Values of type `V` by keys of type `K` (a language tag, a country code).
#[derive(Debug, Clone, PartialEq)]
pub struct Keyed<K, V>(Vec<(K, V)>);

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<K: AsRef<str>, V> Keyed<K, V> {
    /// The value for `key`, matched whatever its case (tags and codes have
    /// one meaning in any case).
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0
            .iter()
            .find(|(k, _)| k.as_ref().eq_ignore_ascii_case(key))
            .map(|(_, value)| value)
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every key and its value, in the file's order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    /// The first key written twice (whatever its case), if any: a file may
    /// repeat a key, and only its first value would be read.
    pub fn repeated(&self) -> Option<&K> {
        self.0.iter().enumerate().find_map(|(i, (key, _))| {
            self.0[..i]
                .iter()
                .any(|(earlier, _)| earlier.as_ref().eq_ignore_ascii_case(key.as_ref()))
                .then_some(key)
        })
    }

    /// Every key, in the file's order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(key, _)| key)
    }

    /// The value for `key` (whatever its case), to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        (self.0.iter_mut())
            .find(|(k, _)| k.as_ref().eq_ignore_ascii_case(key))
            .map(|(_, value)| value)
    }

    /// Sets the value for `key`, after the others when it is new.
    pub fn insert(&mut self, key: K, value: V) {
        match self.get_mut(key.as_ref()) {
            Some(slot) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    /// Takes the value for `key` (whatever its case) out, if there is one.
    pub fn remove(&mut self, key: &str) {
        self.0
            .retain(|(k, _)| !k.as_ref().eq_ignore_ascii_case(key));
    }

    /// Every value, to change in place, in the file's order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, value)| value)
    }
}

/// Values in the order given, as the build writes them.
impl<K, V> FromIterator<(K, V)> for Keyed<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        Keyed(entries.into_iter().collect())
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Keyed<K, V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Entries<K, V> {
            type Value = Keyed<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object keyed by language tag or country code")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Keyed(entries))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

impl<K: Serialize + AsRef<str>, V: Serialize> Serialize for Keyed<K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

#[cfg(feature = "schema")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Keyed<K, V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V>>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CountryCode;

    #[test]
    fn keeps_the_file_order_and_finds_keys_whatever_their_case() {
        let keyed: Keyed<CountryCode, u8> =
            serde_json::from_str(r#"{"KZ": 1, "DE": 2, "AT": 3}"#).unwrap();
        let keys: Vec<&str> = keyed.keys().map(CountryCode::as_str).collect();
        assert_eq!(keys, ["KZ", "DE", "AT"]);
        assert_eq!(keyed.get("de"), Some(&2));
        assert_eq!(keyed.get("FR"), None);
        assert_eq!(keyed.repeated(), None);
        let twice: Keyed<CountryCode, u8> =
            serde_json::from_str(r#"{"KZ": 1, "DE": 2, "KZ": 3}"#).unwrap();
        assert_eq!(twice.repeated().map(CountryCode::as_str), Some("KZ"));
        assert_eq!(twice.get("KZ"), Some(&1));
    }
}
