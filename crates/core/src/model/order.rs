//! Sorting the short lists the app orders, by hand: the standard library's
//! stable sort costs about a kilobyte of wasm for each type it sorts, and
//! several more for its shared machinery (docs/performance.md).

use std::cmp::Ordering;

/// Sorts `items` by `order`, keeping equal items in their order (a stable
/// insertion sort). Quadratic at worst, linear on input already nearly in
/// order, which is what the app sorts: a campaign's few updates. Lists of
/// articles come sorted by the build (`crate::listing::derive`).
pub fn sort_short<T>(items: &mut [T], mut order: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && order(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, equal
        /// keys included.
        #[test]
        fn sorts_as_the_standard_stable_sort(items in prop::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            sort_short(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = items;
            std_sorted.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
