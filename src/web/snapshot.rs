//! A value every request reads and an edit replaces whole (the catalogue, the codebook,
//! the indicator catalogue): readers take a reference count, never a lock for long.
use std::sync::{Arc, RwLock};

pub struct Snapshot<T> {
    current: Arc<RwLock<Arc<T>>>,
}

impl<T> Clone for Snapshot<T> {
    fn clone(&self) -> Self {
        Snapshot {
            current: Arc::clone(&self.current),
        }
    }
}

impl<T> Snapshot<T> {
    pub fn new(value: T) -> Snapshot<T> {
        Snapshot {
            current: Arc::new(RwLock::new(Arc::new(value))),
        }
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
