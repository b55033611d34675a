//! Time in the browser: a deadline that aborts a hung request, and a pause
//! between retries. Both run on the page's own timers.

use js_sys::Promise;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortController;

/// Aborts a request when it runs past its time; dropped, it stops the timer
/// and frees what the timer would have called.
pub struct Deadline {
    controller: AbortController,
    fired: Rc<Cell<bool>>,
    handle: Option<i32>,
    /// Held here, not handed to the browser for good: a request that ends
    /// in time would otherwise leave it behind for the page's life.
    _on_time: Closure<dyn FnMut()>,
}

impl Deadline {
    /// Starts a timer of `ms` milliseconds; `None` if the page has no timers.
    pub fn start(ms: i32) -> Option<Deadline> {
        let window = web_sys::window()?;
        let controller = AbortController::new().ok()?;
        let fired = Rc::new(Cell::new(false));
        let on_time = {
            let (controller, fired) = (controller.clone(), fired.clone());
            Closure::once(move || {
                fired.set(true);
                controller.abort();
            })
        };
        let handle = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_time.as_ref().unchecked_ref(),
                ms,
            )
            .ok();
        Some(Deadline {
            controller,
            fired,
            handle,
            _on_time: on_time,
        })
    }

    /// The signal to give the request.
    pub fn signal(&self) -> web_sys::AbortSignal {
        self.controller.signal()
    }

    /// Whether the time ran out.
    pub fn fired(&self) -> bool {
        self.fired.get()
    }
}

impl Drop for Deadline {
    // Runs before the fields drop: the timer is stopped before its callback
    // is freed.
    fn drop(&mut self) {
        if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// Waits `ms` milliseconds.
pub async fn pause(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            // Without a timer the pause is skipped: the retry comes at once.
            if window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_err()
            {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    });
    // A timer promise never rejects; either way the pause is over.
    let _ = JsFuture::from(promise).await;
}
