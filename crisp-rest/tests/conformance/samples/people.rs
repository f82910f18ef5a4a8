use super::Sample;

pub(crate) fn samples() -> Vec<Sample> {
    vec![]
}
