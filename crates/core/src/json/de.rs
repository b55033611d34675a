//! serde's side of [`Reader`]: each method reads with one of the reader's
//! plain functions and hands the result to the visitor, so what a content
//! type instantiates stays a few calls long. A method calls only the one
//! visitor method its kind of value needs (a struct only `visit_map`, a
//! string only `visit_str`), so the visitors' other methods drop out.
//!
//! An object or array is closed by the visitor that reads it to its end,
//! as every derived visitor and every one in `model` does; checking after
//! each that it did would cost the wasm 1.7 KB. A visitor that stopped
//! early would leave its closer behind, and the text would be refused at
//! the level above, whose closer then comes out of place.

use super::{Error, Reader, Start};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

/// Reads the narrower integers as the widest of their sign: serde's own
/// visitors for them check the range.
macro_rules! narrower_integers {
    ($($($narrow:ident)* => $wide:ident;)*) => {$($(
        fn $narrow<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.$wide(visitor)
        }
    )*)*};
}

impl<'de> de::Deserializer<'de> for &mut Reader<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.start()? {
            Start::Object => self.deserialize_map(visitor),
            Start::Array => self.deserialize_seq(visitor),
            Start::String => visitor.visit_str(self.string()?),
            Start::Number => self.deserialize_i64(visitor),
            Start::Bool => visitor.visit_bool(self.bool()?),
            Start::Null => self.deserialize_unit(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(self.bool()?)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.integer()? {
            (false, magnitude) => visitor.visit_u64(magnitude),
            (true, magnitude) => match 0i64.checked_sub_unsigned(magnitude) {
                Some(negative) => visitor.visit_i64(negative),
                None => Err(self.error("number out of range")),
            },
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.integer()? {
            (false, magnitude) => visitor.visit_u64(magnitude),
            (true, _) => Err(self.error("invalid value: a negative number, expected zero or more")),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.string()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.string()?)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.null()? {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.word("null")?;
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open(b'[', "an array")?;
        visitor.visit_seq(Items {
            reader: self,
            first: true,
        })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open(b'{', "an object")?;
        visitor.visit_map(Entries {
            reader: self,
            first: true,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.start()? {
            Start::String => visitor.visit_enum(self.string()?.into_deserializer()),
            Start::Object => {
                self.open(b'{', "an object")?;
                let value = visitor.visit_enum(Variant { reader: self })?;
                match self.more(b'}', false)? {
                    false => Ok(value),
                    true => Err(self.error("expected an object with one key")),
                }
            }
            _ => Err(self.wrong("a string or an object with one key")),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.string()?)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }

    narrower_integers! {
        deserialize_i8 deserialize_i16 deserialize_i32 => deserialize_i64;
        deserialize_u8 deserialize_u16 deserialize_u32 => deserialize_u64;
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

/// The items of an array being read.
struct Items<'r, 't> {
    reader: &'r mut Reader<'t>,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if !self.reader.more(b']', self.first)? {
            return Ok(None);
        }
        self.first = false;
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

/// The entries of an object being read.
struct Entries<'r, 't> {
    reader: &'r mut Reader<'t>,
    first: bool,
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if !self.reader.more(b'}', self.first)? {
            return Ok(None);
        }
        self.first = false;
        let key = seed.deserialize(&mut *self.reader).map(Some)?;
        self.reader.colon()?;
        Ok(key)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.reader)
    }
}

/// An enum written as an object with one key, the variant's name.
struct Variant<'r, 't> {
    reader: &'r mut Reader<'t>,
}

impl<'de, 'r, 't> de::EnumAccess<'de> for Variant<'r, 't> {
    type Error = Error;
    type Variant = &'r mut Reader<'t>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), Error> {
        let name = seed.deserialize(&mut *self.reader)?;
        self.reader.colon()?;
        Ok((name, self.reader))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}
