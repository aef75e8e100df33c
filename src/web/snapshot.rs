//! A value every request reads and an edit replaces whole (the catalogue, the codebook,
//! the indicator catalogue): readers take a reference count, never a lock for long.
//! The stamp says which change in the database the value reflects (`cluster::stamp`).
use std::sync::{Arc, RwLock};

pub struct Snapshot<T> {
    current: Arc<RwLock<Arc<T>>>,
    stamp: Arc<RwLock<String>>,
}

impl<T> Clone for Snapshot<T> {
    fn clone(&self) -> Self {
        Snapshot {
            current: Arc::clone(&self.current),
            stamp: Arc::clone(&self.stamp),
        }
    }
}

impl<T> Snapshot<T> {
    pub fn new(value: T) -> Snapshot<T> {
        Snapshot {
            current: Arc::new(RwLock::new(Arc::new(value))),
            stamp: Arc::default(),
        }
    }

    pub fn stamped(value: T, stamp: String) -> Snapshot<T> {
        let snapshot = Snapshot::new(value);
        snapshot.set_stamp(stamp);
        snapshot
    }

    pub fn stamp(&self) -> String {
        match self.stamp.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn set_stamp(&self, stamp: String) {
        match self.stamp.write() {
            Ok(mut guard) => *guard = stamp,
            Err(poisoned) => *poisoned.into_inner() = stamp,
        }
    }

    /// Replaces the value with one read at the change `stamp`.
    pub fn set_stamped(&self, value: T, stamp: String) {
        self.set(value);
        self.set_stamp(stamp);
    }

    /// The value in force; cheap (one reference count).
    pub fn get(&self) -> Arc<T> {
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            // A writer panicked mid-swap: the Arc inside is still a whole value.
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn set(&self, value: T) {
        let fresh = Arc::new(value);
        match self.current.write() {
            Ok(mut guard) => *guard = fresh,
            Err(poisoned) => *poisoned.into_inner() = fresh,
        }
    }
}
