//! A bounded log: it keeps the newest entries and forgets the oldest past its capacity, so
//! that a sandbox left running for days stays small.

use std::collections::VecDeque;

/// The newest `capacity` entries pushed, oldest first.
#[derive(Clone, Debug)]
pub(crate) struct Ring<T> {
    entries: VecDeque<T>,
    capacity: usize,
}

impl<T> Ring<T> {
    /// An empty log keeping at most `capacity` entries (at least 1).
    pub(crate) fn new(capacity: usize) -> Self {
        let capacity = capacity.max(1);
        Ring {
            // Grown as entries come, not reserved up front.
            entries: VecDeque::new(),
            capacity,
        }
    }

    /// Appends `entry`, forgetting the oldest one when the log is full.
    pub(crate) fn push(&mut self, entry: T) {
        if self.entries.len() == self.capacity {
            self.entries.pop_front();
        }
        self.entries.push_back(entry);
    }

    /// The entries, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.entries.iter()
    }

    /// How many entries are kept now.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

impl<T: Clone> Ring<T> {
    /// A copy of the entries, oldest first.
    pub(crate) fn to_vec(&self) -> Vec<T> {
        self.entries.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LOG_CAPACITY;

    #[test]
    fn keeps_the_newest_entries_up_to_the_capacity() {
        let mut ring = Ring::new(3);
        for n in 0..2 {
            ring.push(n);
        }
        assert_eq!(ring.to_vec(), [0, 1]);
        for n in 2..10 {
            ring.push(n);
            assert!(ring.len() <= 3);
        }
        assert_eq!(ring.to_vec(), [7, 8, 9]);
        assert_eq!(ring.iter().copied().max(), Some(9));
    }

    #[test]
    fn the_default_capacity_holds() {
        let mut ring = Ring::new(LOG_CAPACITY);
        for n in 0..LOG_CAPACITY + 500 {
            ring.push(n);
        }
        assert_eq!(ring.len(), LOG_CAPACITY);
        assert_eq!(ring.iter().next(), Some(&500));
        assert_eq!(ring.iter().last(), Some(&(LOG_CAPACITY + 499)));
    }

    #[test]
    fn a_zero_capacity_keeps_one() {
        let mut ring = Ring::new(0);
        ring.push('a');
        ring.push('b');
        assert_eq!(ring.to_vec(), ['b']);
    }
}
