//! The shape of the routine types as serde sees them: every struct and struct-like enum
//! variant with its fields, and which fields a file must write. Messages about a broken
//! file use it to list every missing field at once and to say where a misplaced field
//! belongs.
//!
//! Nothing here is written by hand: a deserializer that makes up a value for whatever
//! it is asked (`Walk`) drives the types' own `Deserialize` impls and notes the fields
//! each struct asks for, so the answers follow the model as it changes. A field is
//! required when leaving it out makes serde report it missing (a field with a default,
//! or an `Option`, is not).

use std::cell::RefCell;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IntoDeserializer as _, Visitor};

/// A struct (or struct-like enum variant) and all its fields, in declaration order.
pub(in crate::routine) type Shape = (&'static str, &'static [&'static str]);

/// Enums are walked once per variant index, so every variant is seen.
const MAX_VARIANTS: usize = 16;
/// Far deeper than any routine type nests; stops a recursive type.
const MAX_DEPTH: usize = 32;

/// Every struct and struct-like variant reachable from `T`, each once.
pub(in crate::routine) fn shapes<'de, T: Deserialize<'de>>() -> Vec<Shape> {
    let seen = RefCell::new(Vec::new());
    for variant in 0..MAX_VARIANTS {
        let walk = Walk {
            variant,
            target: None,
            seen: &seen,
            depth: 0,
        };
        let _ = T::deserialize(walk);
    }
    let mut shapes: Vec<Shape> = Vec::new();
    for shape in seen.into_inner() {
        if !shapes.iter().any(|s| s.0 == shape.0) {
            shapes.push(shape);
        }
    }
    shapes
}

/// The fields that the struct (or struct-like variant) called `name` must write, in
/// declaration order.
pub(in crate::routine) fn required<'de, T: Deserialize<'de>>(name: &str) -> Vec<&'static str> {
    let seen = RefCell::new(Vec::new());
    let mut required: Vec<&'static str> = Vec::new();
    for variant in 0..MAX_VARIANTS {
        loop {
            let walk = Walk {
                variant,
                target: Some((name, &required)),
                seen: &seen,
                depth: 0,
            };
            match T::deserialize(walk) {
                Err(Error {
                    missing: Some(field),
                }) if !required.contains(&field) => required.push(field),
                _ => break,
            }
        }
        if seen.borrow().iter().any(|(n, _)| *n == name) {
            break;
        }
    }
    required
}

/// Why the walk stopped: a missing field (what [`required`] looks for), or anything else.
#[derive(Debug)]
struct Error {
    missing: Option<&'static str>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.missing {
            Some(field) => write!(f, "missing field {field}"),
            None => write!(f, "cannot make up this value"),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Self { missing: None }
    }

    fn missing_field(field: &'static str) -> Self {
        Self {
            missing: Some(field),
        }
    }
}

/// A deserializer that makes up a value of whatever type asks: every struct gets all
/// its fields (the `target` only the ones listed), every list one item, every enum the
/// variant at index `variant` (or the `target` when it is one of them).
#[derive(Clone, Copy)]
struct Walk<'a> {
    variant: usize,
    target: Option<(&'a str, &'a [&'static str])>,
    seen: &'a RefCell<Vec<Shape>>,
    depth: usize,
}

impl<'a> Walk<'a> {
    fn deeper(self) -> Result<Self, Error> {
        if self.depth >= MAX_DEPTH {
            return Err(Error { missing: None });
        }
        Ok(Self {
            depth: self.depth + 1,
            ..self
        })
    }

    /// The fields given to a struct called `name`, after noting its shape.
    fn fields(self, name: &'static str, fields: &'static [&'static str]) -> Fields<'a> {
        self.seen.borrow_mut().push((name, fields));
        let keys = match self.target {
            Some((target, keys)) if target == name => keys.to_vec(),
            _ => fields.to_vec(),
        };
        Fields {
            walk: self,
            keys,
            next: 0,
        }
    }
}

macro_rules! made_up {
    ($($method:ident => $visit:ident($value:expr)),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                visitor.$visit($value)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for Walk<'_> {
    type Error = Error;

    made_up! {
        deserialize_bool => visit_bool(false),
        deserialize_i8 => visit_i64(1),
        deserialize_i16 => visit_i64(1),
        deserialize_i32 => visit_i64(1),
        deserialize_i64 => visit_i64(1),
        deserialize_u8 => visit_u64(1),
        deserialize_u16 => visit_u64(1),
        deserialize_u32 => visit_u64(1),
        deserialize_u64 => visit_u64(1),
        deserialize_f32 => visit_f64(1.0),
        deserialize_f64 => visit_f64(1.0),
        deserialize_char => visit_char('a'),
        deserialize_str => visit_str("a"),
        deserialize_string => visit_str("a"),
        deserialize_bytes => visit_bytes(b""),
        deserialize_byte_buf => visit_bytes(b""),
        deserialize_identifier => visit_str("a"),
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self.deeper()?)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self.deeper()?)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Items {
            walk: self.deeper()?,
            left: 1,
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Items {
            walk: self.deeper()?,
            left: len,
        })
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(Fields {
            walk: self,
            keys: Vec::new(),
            next: 0,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(self.deeper()?.fields(name, fields))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let wanted = self
            .target
            .and_then(|(target, _)| variants.iter().find(|v| **v == target));
        let variant = wanted
            .or_else(|| variants.get(self.variant.min(variants.len().saturating_sub(1))))
            .copied()
            .ok_or(Error { missing: None })?;
        visitor.visit_enum(Variant {
            walk: self.deeper()?,
            name: variant,
        })
    }
}

/// A list of `left` made-up items.
struct Items<'a> {
    walk: Walk<'a>,
    left: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(self.walk).map(Some)
    }
}

/// A struct's fields (as keys) with made-up values.
struct Fields<'a> {
    walk: Walk<'a>,
    keys: Vec<&'static str>,
    next: usize,
}

impl<'de> de::MapAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(key) = self.keys.get(self.next) else {
            return Ok(None);
        };
        self.next += 1;
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.walk)
    }
}

/// The chosen variant of an enum.
struct Variant<'a> {
    walk: Walk<'a>,
    name: &'static str,
}

impl<'de, 'a> de::EnumAccess<'de> for Variant<'a> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), Error> {
        let value = seed.deserialize(self.name.into_deserializer())?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self.walk)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Items {
            walk: self.walk,
            left: len,
        })
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(self.walk.fields(self.name, fields))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::routine::Routine;

    #[test]
    fn every_struct_and_variant_is_seen_with_its_fields() {
        let shapes = shapes::<Routine>();
        let fields = |name: &str| shapes.iter().find(|s| s.0 == name).unwrap().1;
        assert_eq!(fields("Hold"), ["sets", "hold_secs"]);
        assert_eq!(fields("Tempo"), ["up_secs", "hold_secs", "down_secs"]);
        assert!(fields("Reps").contains(&"reps"));
        assert!(fields("Stepping").contains(&"beats_per_min"));
        assert!(fields("Routine").contains(&"exercises"));
    }

    #[test]
    fn fields_with_a_default_or_optional_are_not_required() {
        assert_eq!(required::<Routine>("Hold"), ["sets", "hold_secs"]);
        assert_eq!(required::<Routine>("Reps"), ["sets", "reps"]);
        let exercise = required::<Routine>("Exercise");
        assert_eq!(exercise, ["name", "steps", "dose"]);
        for optional in [
            "sides",
            "lighter",
            "rest_between_sets_secs",
            "load",
            "position",
        ] {
            assert!(!exercise.contains(&optional), "{optional}");
        }
        let routine = required::<Routine>("Routine");
        assert!(routine.contains(&"title") && !routine.contains(&"summary"));
        assert!(required::<Routine>("NoSuchThing").is_empty());
    }
}
