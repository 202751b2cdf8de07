//! The wasm modules' allocator: blocks of power-of-two sizes, one free list per size.
//!
//! Why not the default (dlmalloc) or talc: every situation change makes Yew build and drop a
//! few hundred small blocks (virtual DOM nodes, strings, `Rc`s), and talc's searches, splits
//! and merges were about a tenth of an update. Here a block is taken from its size's list, or
//! cut from the end of the heap, in a few instructions, and a freed block goes back on its
//! list. Blocks never merge or split: a page that renders the same kinds of things again and
//! again reuses the same blocks, and memory stays at the most ever live of each size (at most
//! twice what was asked). The cost: the widget's wasm memory after start is 1.9 MB, against
//! 1.57 MB with talc; it stays flat over changes (`docs/size.md` has the figures).
//!
//! Two cheap guards (security review F8): memory grown up to the top of the address space
//! (wasm32's 4 GiB) gives a null block instead of a wrapped heap end, and freeing a block that
//! is already the head of its free list again is ignored, so the list cannot loop on it. A
//! double free of a block further down its list is not detected.
//!
//! Single-threaded: the wasm modules have no threads (a build with the `atomics` target feature
//! does not compile). `make check-alloc` runs the unit tests under AddressSanitizer (in
//! `make test`), `make check-alloc-miri` under Miri. Should it ever need replacing, `rlsf`
//! (TLSF) is the measured fallback: 62 B smaller, about 15% slower on Yew's work (design review
//! of 2026-12-07).

#![cfg_attr(not(test), no_std)]

// The heap is an `UnsafeCell` without a lock (`unsafe impl Sync` below): two threads allocating
// at once would hand out the same block. Wasm threads need the atomics feature, so a build with
// it stops here rather than corrupting memory at run time.
#[cfg(target_feature = "atomics")]
compile_error!(
    "mrcc-alloc is single-threaded: its heap has no lock, so with wasm threads (target feature \
     `atomics`) two threads could get the same block. Use a thread-safe global allocator (e.g. \
     dlmalloc, Rust's default on wasm32) for a threaded build."
);

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::{self, null_mut};

/// WebAssembly's page: memory grows by whole pages.
pub const PAGE: usize = 64 * 1024;
/// The smallest block holds the free list's link.
const SMALLEST: usize = core::mem::size_of::<*mut u8>();
/// Blocks are aligned to their size up to this; greater alignments are refused.
const MAX_ALIGN: usize = 4096;

/// Where the heap's pages come from: wasm's `memory.grow`, or a test's buffer.
pub trait Pages {
    /// Adds `pages` pages and returns the address of the first, or `None` when out of memory.
    fn grow(&self, pages: usize) -> Option<usize>;
}

/// The wasm module's own memory.
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Pages for WasmMemory {
    fn grow(&self, pages: usize) -> Option<usize> {
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then(|| old * PAGE)
    }
}

struct Heap {
    /// For each size 2^n, the first free block; each free block starts with the next one's
    /// address.
    free: [*mut u8; usize::BITS as usize],
    /// The heap's unused end, from which new blocks are cut.
    next: usize,
    end: usize,
}

/// The allocator, over a source of pages.
pub struct SizeClasses<P> {
    pages: P,
    heap: UnsafeCell<Heap>,
}

// Safety: only single-threaded wasm modules use it as their global allocator (a build with
// wasm threads, target feature `atomics`, stops at the `compile_error!` above).
unsafe impl<P> Sync for SizeClasses<P> {}

impl<P> SizeClasses<P> {
    pub const fn new(pages: P) -> Self {
        SizeClasses { pages, heap: UnsafeCell::new(Heap { free: [null_mut(); usize::BITS as usize], next: 0, end: 0 }) }
    }
}

/// The size class of `layout`: n for blocks of 2^n bytes, the size rounded up to a power of
/// two and at least the alignment. `None` for alignments above [`MAX_ALIGN`] or sizes too big.
fn class(layout: Layout) -> Option<usize> {
    if layout.align() > MAX_ALIGN {
        return None;
    }
    let size = layout.size().max(layout.align()).max(SMALLEST).checked_next_power_of_two()?;
    Some(size.trailing_zeros() as usize)
}

impl<P: Pages> SizeClasses<P> {
    /// A new block of 2^`class` bytes from the heap's end, aligned to its size up to
    /// [`MAX_ALIGN`] (so that a reused block suits any layout of its class).
    fn cut(&self, heap: &mut Heap, class: usize) -> *mut u8 {
        let size = 1usize << class;
        let align = size.min(MAX_ALIGN);
        let fits = |next: usize, end: usize| {
            let start = next.checked_add(align - 1)? & !(align - 1);
            (start.checked_add(size)? <= end).then_some(start)
        };
        let start = match fits(heap.next, heap.end) {
            Some(start) => start,
            None => {
                // Only the pages this block needs: memory stays close to what is live.
                let pages = (size + align).div_ceil(PAGE);
                let Some(base) = self.pages.grow(pages) else { return null_mut() };
                // Pages ending at the top of the address space: their end does not fit.
                let Some(end) = base.checked_add(pages * PAGE) else { return null_mut() };
                // Right after the heap's end (nothing else grows the memory), the end extends;
                // else the rest of the old end is left unused.
                if base != heap.end {
                    heap.next = base;
                }
                heap.end = end;
                match fits(heap.next, heap.end) {
                    Some(start) => start,
                    None => return null_mut(),
                }
            }
        };
        heap.next = start + size;
        start as *mut u8
    }
}

unsafe impl<P: Pages> GlobalAlloc for SizeClasses<P> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class(layout) else { return null_mut() };
        // Safety: single-threaded, and nothing here allocates while the heap is borrowed.
        let heap = unsafe { &mut *self.heap.get() };
        let block = heap.free[class];
        if block.is_null() {
            return self.cut(heap, class);
        }
        // Safety: a free block starts with the address of the next free block of its class.
        heap.free[class] = unsafe { block.cast::<*mut u8>().read() };
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class(layout) else { return };
        let head = unsafe { &mut (*self.heap.get()).free[class] };
        // Freed again while it heads its list, a block would be its own next and go to two
        // allocations: refused (silently: an allocator must not panic).
        if *head != block {
            // Safety: the block is at least a pointer's size and aligned to one.
            unsafe { block.cast::<*mut u8>().write(*head) };
            *head = block;
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Safety: the caller guarantees a valid layout for the new size.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // Growing or shrinking within its block's size: the same block (a `Vec`'s pushes or a
        // `String`'s appends, mostly).
        if class(new_layout) == class(layout) {
            return block;
        }
        let new_block = unsafe { self.alloc(new_layout) };
        if !new_block.is_null() {
            unsafe {
                ptr::copy_nonoverlapping(block, new_block, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
        }
        new_block
    }
}

#[cfg(test)]
#[path = "tests/unit.rs"]
mod tests;
