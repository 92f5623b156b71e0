//! The trained model and its binary format: quantised hashed weights, tag transitions and
//! the training-corpus gazetteer. Reading checks every length and value, so malformed bytes
//! give a [`NerError`], never a panic.
//!
//! Format (little endian): magic `AMPNER\0\0`, version u32, lang u8, bucket bits u8, tag
//! count u8, weight width u8 (1 or 2 bytes), scale f32, `(tags+1)*tags` f32 transitions
//! (last row: sentence start), gazetteer (u32 count; per entry u8 length, UTF-8 word, u8
//! bits), then the non-zero buckets (u32 count; per bucket a LEB128 gap from the previous
//! bucket and `tags` weights).

use crate::error::NerError;
use crate::features::Gazetteer;
use crate::tags::{Lang, TAG_COUNT};

const MAGIC: &[u8; 8] = b"AMPNER\0\0";
const VERSION: u32 = 1;
/// Largest hash table accepted (2^24 buckets × 9 tags × 2 bytes = 302 MB in memory).
const MAX_BITS: u8 = 24;

/// Weights of a structured perceptron over hashed features, ready to tag with.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub(crate) lang: Lang,
    pub(crate) bits: u8,
    /// Multiplier turning a summed `i16` weight into a score.
    pub(crate) scale: f32,
    /// `transitions[prev * TAG_COUNT + tag]`, with `prev == TAG_COUNT` the sentence start.
    pub(crate) transitions: Vec<f32>,
    /// `weights[bucket * TAG_COUNT + tag]`.
    pub(crate) weights: Vec<i16>,
    pub(crate) gazetteer: Gazetteer,
}

impl Model {
    /// The language the model was trained for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Number of hash buckets (each holds one weight per tag).
    pub fn buckets(&self) -> usize {
        1 << self.bits
    }

    /// Number of gazetteer words compiled from the training corpus.
    pub fn gazetteer_len(&self) -> usize {
        self.gazetteer.len()
    }

    pub(crate) fn mask(&self) -> u32 {
        ((1u64 << self.bits) - 1) as u32
    }

    /// Serialises the model; `narrow` stores weights as `i8` (half the size, coarser).
    pub fn to_bytes(&self, narrow: bool) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        let lang = match self.lang {
            Lang::Es => 0u8,
            Lang::En => 1u8,
        };
        out.extend_from_slice(&[lang, self.bits, TAG_COUNT as u8, if narrow { 1 } else { 2 }]);
        // i8 storage keeps the top 8 bits of each i16 weight, so the scale grows by 256.
        let scale = if narrow {
            self.scale * 256.0
        } else {
            self.scale
        };
        out.extend_from_slice(&scale.to_le_bytes());
        for t in &self.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let entries = self.gazetteer.entries();
        let kept: Vec<&(&str, u8)> = entries.iter().filter(|(w, _)| w.len() <= 255).collect();
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        for (word, bits) in kept {
            out.push(word.len() as u8);
            out.extend_from_slice(word.as_bytes());
            out.push(*bits);
        }
        let quantise = |w: i16| {
            if narrow {
                ((i32::from(w) + 128) >> 8).clamp(-128, 127) as i16
            } else {
                w
            }
        };
        let rows: Vec<(usize, Vec<i16>)> = self
            .weights
            .chunks_exact(TAG_COUNT)
            .enumerate()
            .map(|(b, row)| (b, row.iter().map(|&w| quantise(w)).collect::<Vec<i16>>()))
            .filter(|(_, row)| row.iter().any(|&w| w != 0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut previous = 0usize;
        for (bucket, row) in rows {
            write_leb128(&mut out, (bucket - previous) as u64);
            previous = bucket;
            for w in row {
                if narrow {
                    out.push(w as i8 as u8);
                } else {
                    out.extend_from_slice(&w.to_le_bytes());
                }
            }
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8, "magic")? != MAGIC {
            return Err(NerError::BadMagic);
        }
        let version = r.u32("version")?;
        if version != VERSION {
            return Err(NerError::UnsupportedVersion(version));
        }
        let lang = match r.u8("header")? {
            0 => Lang::Es,
            1 => Lang::En,
            other => return Err(NerError::Corrupt(format!("unknown language code {other}"))),
        };
        let bits = r.u8("header")?;
        if !(1..=MAX_BITS).contains(&bits) {
            return Err(NerError::Corrupt(format!(
                "bucket bits {bits} outside 1..={MAX_BITS}"
            )));
        }
        let tags = usize::from(r.u8("header")?);
        if tags != TAG_COUNT {
            return Err(NerError::Corrupt(format!(
                "{tags} tags, expected {TAG_COUNT}"
            )));
        }
        let width = r.u8("header")?;
        if width != 1 && width != 2 {
            return Err(NerError::Corrupt(format!("weight width {width}")));
        }
        let scale = r.f32("scale")?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(NerError::Corrupt("scale is not a positive number".into()));
        }
        let mut transitions = Vec::with_capacity((TAG_COUNT + 1) * TAG_COUNT);
        for _ in 0..(TAG_COUNT + 1) * TAG_COUNT {
            let t = r.f32("transitions")?;
            if !t.is_finite() {
                return Err(NerError::Corrupt("transition weight is not finite".into()));
            }
            transitions.push(t);
        }
        let count = r.u32("gazetteer")? as usize;
        let mut pairs = Vec::with_capacity(count.min(bytes.len()));
        for _ in 0..count {
            let len = usize::from(r.u8("gazetteer")?);
            let word = std::str::from_utf8(r.take(len, "gazetteer")?)
                .map_err(|_| NerError::Corrupt("gazetteer word is not UTF-8".into()))?;
            pairs.push((Box::from(word), r.u8("gazetteer")?));
        }
        let buckets = 1usize << bits;
        let rows = r.u32("weights")? as usize;
        // Each row takes at least one gap byte and its weights: refuse before allocating.
        let row_bytes = 1 + TAG_COUNT * usize::from(width);
        if rows.saturating_mul(row_bytes) > bytes.len() - r.at {
            return Err(NerError::Truncated("weights"));
        }
        let mut weights = vec![0i16; buckets * TAG_COUNT];
        let mut bucket = 0usize;
        for k in 0..rows {
            let gap = r.leb128()?;
            bucket = usize::try_from(gap)
                .ok()
                .and_then(|g| bucket.checked_add(g))
                .filter(|&b| b < buckets && (k == 0 || gap > 0))
                .ok_or_else(|| {
                    NerError::Corrupt("weight bucket out of range or repeated".into())
                })?;
            for tag in 0..TAG_COUNT {
                weights[bucket * TAG_COUNT + tag] = if width == 1 {
                    i16::from(r.u8("weights")? as i8)
                } else {
                    r.i16("weights")?
                };
            }
        }
        if r.at != bytes.len() {
            return Err(NerError::Corrupt(format!(
                "{} trailing bytes",
                bytes.len() - r.at
            )));
        }
        Ok(Model {
            lang,
            bits,
            scale,
            transitions,
            weights,
            gazetteer: Gazetteer::from_pairs(pairs),
        })
    }
}

fn write_leb128(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A bounds-checked cursor over the model bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize, section: &'static str) -> Result<&'a [u8], NerError> {
        let end = self
            .at
            .checked_add(len)
            .ok_or(NerError::Truncated(section))?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(NerError::Truncated(section))?;
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self, section: &'static str) -> Result<[u8; N], NerError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, section)?);
        Ok(out)
    }

    fn u8(&mut self, section: &'static str) -> Result<u8, NerError> {
        Ok(self.array::<1>(section)?[0])
    }

    fn i16(&mut self, section: &'static str) -> Result<i16, NerError> {
        Ok(i16::from_le_bytes(self.array(section)?))
    }

    fn u32(&mut self, section: &'static str) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.array(section)?))
    }

    fn f32(&mut self, section: &'static str) -> Result<f32, NerError> {
        Ok(f32::from_le_bytes(self.array(section)?))
    }

    fn leb128(&mut self) -> Result<u64, NerError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8("weights")?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(NerError::Corrupt("bucket gap too long".into()))
    }
}
