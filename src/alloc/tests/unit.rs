//! The allocator against a buffer of pages: alignment, no overlap, bytes kept, reuse.
//!
//! `make check-alloc` runs these under AddressSanitizer and, where the nightly toolchain has it,
//! Miri: they see any access outside the buffer (a block cut past the pages, a free-list link
//! written past the last block) and Miri also misaligned or uninitialised reads. Inside the
//! buffer the tools see one allocation: overlap and overwritten bytes are these tests' own
//! assertions (every live block's bytes are checked).

use super::*;
use std::cell::Cell;

/// Pages from one buffer, as `memory.grow` would give them, up to its size.
struct Buffer {
    base: usize,
    pages: usize,
    used: Cell<usize>,
    grows: Cell<usize>,
}

impl Buffer {
    fn new(pages: usize) -> Self {
        let base = unsafe { std::alloc::alloc(Self::layout(pages)) } as usize;
        assert_ne!(base, 0);
        Buffer { base, pages, used: Cell::new(0), grows: Cell::new(0) }
    }

    fn layout(pages: usize) -> Layout {
        Layout::from_size_align(pages * PAGE, PAGE).unwrap()
    }
}

/// Freed, so that Miri's and LeakSanitizer's leak checks stay on for the rest.
impl Drop for Buffer {
    fn drop(&mut self) {
        unsafe { std::alloc::dealloc(self.base as *mut u8, Self::layout(self.pages)) };
    }
}

impl Pages for &Buffer {
    fn grow(&self, pages: usize) -> Option<usize> {
        let used = self.used.get();
        if used + pages > self.pages {
            return None;
        }
        self.used.set(used + pages);
        self.grows.set(self.grows.get() + 1);
        Some(self.base + used * PAGE)
    }
}

#[test]
fn classes_round_up_to_a_power_of_two_and_the_alignment() {
    let class_of = |size, align| class(Layout::from_size_align(size, align).unwrap());
    assert_eq!(class_of(0, 1), Some(3));
    assert_eq!(class_of(1, 1), Some(3));
    assert_eq!(class_of(8, 8), Some(3));
    assert_eq!(class_of(9, 1), Some(4));
    assert_eq!(class_of(24, 8), Some(5));
    assert_eq!(class_of(4, 64), Some(6));
    assert_eq!(class_of(100_000, 4), Some(17));
    assert_eq!(class_of(8, 8192), None);
}

/// Random allocations, frees and reallocations of random sizes and alignments: every block
/// is aligned, inside the pages, apart from every other live block, and keeps its bytes.
#[test]
fn live_blocks_are_aligned_apart_and_keep_their_bytes() {
    let buffer = Buffer::new(256);
    let heap = SizeClasses::new(&buffer);
    let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
    let mut seed = 0x2545_f491_u64;
    let mut random = |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    // Miri interprets every instruction: fewer steps there.
    let steps = if cfg!(miri) { 1_500 } else { 20_000 };
    for step in 0..steps {
        let action = random(10);
        if action < 5 || live.is_empty() {
            let size = [random(16), random(200), random(5000), random(70_000)][random(4).min(random(4))];
            let layout = Layout::from_size_align(size, 1 << random(6)).unwrap();
            let block = unsafe { heap.alloc(layout) };
            assert!(!block.is_null(), "step {step}: out of memory");
            let fill = (step % 251) as u8;
            unsafe { ptr::write_bytes(block, fill, size) };
            live.push((block, layout, fill));
        } else if action < 8 {
            let (block, layout, fill) = live.swap_remove(random(live.len()));
            assert_filled(block, layout.size(), fill);
            unsafe { heap.dealloc(block, layout) };
        } else {
            let index = random(live.len());
            let (block, layout, fill) = live[index];
            let new_size = random(3000);
            let moved = unsafe { heap.realloc(block, layout, new_size) };
            assert!(!moved.is_null());
            assert_filled(moved, layout.size().min(new_size), fill);
            unsafe { ptr::write_bytes(moved, fill, new_size) };
            live[index] = (moved, Layout::from_size_align(new_size, layout.align()).unwrap(), fill);
        }
        if step % 500 == 0 {
            check_apart(&live, &buffer);
        }
    }
    check_apart(&live, &buffer);
}

fn assert_filled(block: *mut u8, size: usize, fill: u8) {
    let bytes = unsafe { std::slice::from_raw_parts(block, size) };
    assert!(bytes.iter().all(|&b| b == fill), "a live block's bytes changed");
}

fn check_apart(live: &[(*mut u8, Layout, u8)], buffer: &Buffer) {
    let mut spans: Vec<(usize, usize)> = live
        .iter()
        .map(|(block, layout, _)| {
            let start = *block as usize;
            assert_eq!(start % layout.align(), 0, "misaligned");
            assert!(start >= buffer.base && start + layout.size() <= buffer.base + buffer.used.get() * PAGE);
            (start, start + layout.size())
        })
        .collect();
    spans.sort();
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "blocks overlap: {pair:?}");
    }
}

/// The same work again reuses the freed blocks: the heap does not grow.
#[test]
fn repeated_work_reuses_blocks() {
    let buffer = Buffer::new(64);
    let heap = SizeClasses::new(&buffer);
    let layouts: Vec<Layout> =
        (1..300).map(|i| Layout::from_size_align(i * 7 % 900 + 1, 1 << (i % 4)).unwrap()).collect();
    let round = || {
        let blocks: Vec<*mut u8> = layouts.iter().map(|&layout| unsafe { heap.alloc(layout) }).collect();
        for (&block, &layout) in blocks.iter().zip(&layouts) {
            unsafe { heap.dealloc(block, layout) };
        }
    };
    round();
    let used = buffer.used.get();
    for _ in 0..if cfg!(miri) { 3 } else { 100 } {
        round();
    }
    assert_eq!(buffer.used.get(), used);
}

/// A heap used to its last byte: the last block ends where the pages end, so a write past a
/// block's end (a free-list link, a block cut too small) leaves the buffer, where the tools of
/// `make check-alloc` see it. Freed and taken again, the same blocks come back.
#[test]
fn a_full_heap_is_freed_and_reused_to_its_last_byte() {
    let buffer = Buffer::new(1);
    let heap = SizeClasses::new(&buffer);
    let layout = Layout::from_size_align(8, 8).unwrap();
    let take_all = || {
        let mut blocks = Vec::new();
        loop {
            let block = unsafe { heap.alloc(layout) };
            if block.is_null() {
                return blocks;
            }
            unsafe { ptr::write_bytes(block, blocks.len() as u8, 8) };
            blocks.push(block);
        }
    };
    let mut blocks = take_all();
    assert_eq!(blocks.len(), PAGE / 8);
    for (i, &block) in blocks.iter().enumerate() {
        assert_filled(block, 8, i as u8);
    }
    let last = blocks.iter().map(|&block| block as usize).max().unwrap();
    assert_eq!(last + 8, buffer.base + PAGE, "the last block ends at the pages' end");
    for &block in &blocks {
        unsafe { heap.dealloc(block, layout) };
    }
    let mut again = take_all();
    assert_eq!(buffer.grows.get(), 1);
    blocks.sort();
    again.sort();
    assert_eq!(again, blocks);
}

#[test]
fn out_of_pages_is_a_null_block_not_a_crash() {
    let buffer = Buffer::new(4);
    let heap = SizeClasses::new(&buffer);
    let big = Layout::from_size_align(4 * PAGE, 8).unwrap();
    assert!(unsafe { heap.alloc(big) }.is_null());
    let small = Layout::from_size_align(64, 8).unwrap();
    assert!(!unsafe { heap.alloc(small) }.is_null());
    assert_eq!(buffer.grows.get(), 1);
}

#[test]
fn growing_within_a_block_keeps_it() {
    let buffer = Buffer::new(16);
    let heap = SizeClasses::new(&buffer);
    let layout = Layout::from_size_align(20, 4).unwrap();
    let block = unsafe { heap.alloc(layout) };
    assert_eq!(unsafe { heap.realloc(block, layout, 32) }, block);
    let moved = unsafe { heap.realloc(block, Layout::from_size_align(32, 4).unwrap(), 33) };
    assert_ne!(moved, block);
}

/// Pages that end exactly at the top of the address space (wasm32's memory grown to 4 GiB):
/// their end does not fit in a `usize`. Never read or written: no block may be cut from them.
struct Top {
    grows: Cell<usize>,
}

impl Pages for &Top {
    fn grow(&self, pages: usize) -> Option<usize> {
        self.grows.set(self.grows.get() + 1);
        Some(0usize.wrapping_sub(pages * PAGE))
    }
}

/// Review F8: the heap's new end wrapped to 0 (a panic in debug builds); now the block is null.
#[test]
fn grow_at_top_of_memory_returns_null() {
    let top = Top { grows: Cell::new(0) };
    let heap = SizeClasses::new(&top);
    for size in [8, 100, PAGE] {
        assert!(unsafe { heap.alloc(Layout::from_size_align(size, 8).unwrap()) }.is_null());
    }
    assert_eq!(top.grows.get(), 3);
}

/// Review F8: freeing the head of its free list again is refused, so two later allocations
/// get two different blocks (before, the list looped on the block and gave it out twice).
#[test]
fn double_free_of_list_head_is_refused() {
    let buffer = Buffer::new(4);
    let heap = SizeClasses::new(&buffer);
    let layout = Layout::from_size_align(24, 8).unwrap();
    let block = unsafe { heap.alloc(layout) };
    unsafe {
        heap.dealloc(block, layout);
        heap.dealloc(block, layout);
    }
    let first = unsafe { heap.alloc(layout) };
    let second = unsafe { heap.alloc(layout) };
    assert_eq!(first, block);
    assert!(!second.is_null());
    assert_ne!(first, second, "one block handed to two allocations");
}
