// The page shell's script (index.html): see the comment there. A file of its own so the
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('page-status');
  let wantText = false;
  let pasteByShortcut = false;

  // The widgets of the last frame: what the accessibility mirror (accessibility_mirror.js) and the
  // browser tests read.
  const optagelse = window.optagelse = {
    ready: false,
    language: 'da',
    widgets: [],
    frames: 0,
    clipboard: '',
    find(labelOrId) {
      return this.widgets.find(w => w.label === labelOrId || w.id === labelOrId) || null;
    },
  };

  function call(name, text) {
    if (window.Module && Module.ccall) Module.ccall(name, null, ['string'], [text]);
  }

  // Typing reaches ImGui through the mirrored text field of the active widget only: GLFW's own
  // keypress listener would type a second copy, so it is stopped here (this listener is
  // registered before GLFW's). Deletions and cursor keys reach the app as key presses; the app's
  // value is written back into the field each frame.
  const mirror = window.optagelseMirror;
  const isTextCarrier = el => mirror.isControl(el) && el.tagName === 'INPUT';
  window.addEventListener('keypress', e => {
    if (isTextCarrier(document.activeElement)) e.stopImmediatePropagation();
  }, true);
  let lastKeyDown = '';
  window.addEventListener('keydown', e => {
    lastKeyDown = e.key;
    if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) pasteByShortcut = true;
  }, true);

  document.addEventListener('input', e => {
    const field = e.target;
    if (!isTextCarrier(field) || e.isComposing) return;
    field.typedAt = Date.now();
    // A deletion whose key the app saw as a keydown is done already; an on-screen keyboard's
    // (Android reports its keys as "Unidentified") reaches the app only through this event.
    const deletion = {deleteContentBackward: ['Backspace', 0], deleteContentForward: ['Delete', 1]}[e.inputType];
    if (deletion) {
      if (lastKeyDown !== deletion[0] && window.Module && Module._optagelse_edit_key) Module._optagelse_edit_key(deletion[1]);
      lastKeyDown = '';
      return;
    }
    if (e.inputType && !e.inputType.startsWith('insert')) return;
    if (e.data) call('optagelse_text_input', e.data);
  });
  document.addEventListener('compositionstart', e => { if (isTextCarrier(e.target)) e.target.composing = true; });
  document.addEventListener('compositionend', e => {
    if (!isTextCarrier(e.target)) return;
    e.target.composing = false;
    e.target.typedAt = Date.now();
    if (e.data) call('optagelse_text_input', e.data);
  });

  // Paste: ImGui handles Ctrl+V itself and reads the pasted text from the bridge; a paste from a
  // phone's menu has no shortcut, so its text is typed in directly.
  window.addEventListener('paste', e => {
    const text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
    e.preventDefault();
    // An empty paste (clipboard unreadable to the page) keeps what the app itself last copied.
    if (text) call('optagelse_clipboard_pasted', text);
    if (!pasteByShortcut && text) call('optagelse_text_input', text);
    pasteByShortcut = false;
  }, true);

  // Touches go to the app directly, in canvas pixels (Emscripten's GLFW presses the mouse on
  // touchstart without moving the cursor). Registered on window before GLFW's canvas listeners,
  // so those never see a touch; preventDefault on its end stops the emulated mouse events that follow.
  // A second finger is the browser's: pinch zoom (the canvas allows it, shell.css), and the app's
  // one-finger touch ends there. A finger that moves more than a few pixels, not on a drag handle,
  // scrolls the page: the app's press is let go off-screen (no button fires) and the movement
  // becomes scrolling (optagelse_touch_scroll).
  const touchPhase = {touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 2};
  const kScrollAfterPixels = 8;
  let touchStartY = 0, touchLastY = 0, scrolling = false;
  function scrollByTouch(type, clientY) {
    if (type === 'touchstart') {
      touchStartY = touchLastY = clientY;
      scrolling = false;
      return false;
    }
    if (type === 'touchmove' && !scrolling && Math.abs(clientY - touchStartY) > kScrollAfterPixels &&
        !optagelse.widgets.some(w => w.role === 'draghandle' && w.active)) {
      scrolling = true;
      if (window.Module && Module._optagelse_touch) Module._optagelse_touch(2, -1, -1);
    }
    if (scrolling && type === 'touchmove' && window.Module && Module._optagelse_touch_scroll) {
      Module._optagelse_touch_scroll(touchLastY - clientY);
    }
    touchLastY = clientY;
    return scrolling;
  }
  for (const type of Object.keys(touchPhase)) {
    window.addEventListener(type, e => {
      if (e.target !== canvas) return;
      e.stopPropagation();  // GLFW's canvas listeners would cancel the browser's pinch too
      if (e.touches.length > 1) {
        if (type === 'touchstart' && window.Module && Module._optagelse_touch) Module._optagelse_touch(2, -1, -1);
        return;
      }
      // Not on touchstart: cancelling it would cancel a pinch whose second finger is still to land.
      if (type !== 'touchstart') e.preventDefault();
      const touch = e.changedTouches[0];
      if (scrollByTouch(type, touch.clientY)) return;
      const rect = canvas.getBoundingClientRect();
      const x = (touch.clientX - rect.left) * canvas.width / rect.width;
      const y = (touch.clientY - rect.top) * canvas.height / rect.height;
      if (window.Module && Module._optagelse_touch) Module._optagelse_touch(touchPhase[type], x, y);
    }, {capture: true, passive: false});
  }

  // The mouse wheel and a touchpad scroll the page like a finger does. Emscripten's GLFW passes the
  // wheel on with the wrong sign and a size that jumps (one notch up went to the end of the page),
  // so the wheel never reaches it: registered on window in the capture phase, this stops the event
  // before the canvas and scrolls by the event's CSS pixels (lines and pages converted).
  const kPixelsPerLine = 16;
  window.addEventListener('wheel', e => {
    if (e.target !== canvas || e.ctrlKey) return;  // Ctrl+wheel is the browser's zoom
    e.stopPropagation();
    e.preventDefault();
    const unit = e.deltaMode === 1 ? kPixelsPerLine : e.deltaMode === 2 ? window.innerHeight : 1;
    if (window.Module && Module._optagelse_touch_scroll) Module._optagelse_touch_scroll(e.deltaY * unit);
  }, {capture: true, passive: false});

  // A tap on a text field must focus its mirrored field inside the gesture, or phones show no
  // keyboard: the published widget list says whether the tap hit a text field.
  canvas.addEventListener('pointerup', e => {
    if (scrolling) return;  // the end of a scroll, not a tap
    const hit = optagelse.widgets.find(w => w.role === 'textbox' && e.clientX >= w.x && e.clientX <= w.x + w.width &&
                                            e.clientY >= w.y && e.clientY <= w.y + w.height);
    const target = hit || (wantText && optagelse.widgets.find(w => w.role === 'textbox' && w.active));
    const field = target && mirror.field(target.id);
    if (field) mirror.focusFollowingApp(field);
  });

  // The active text field's mirrored field has the DOM focus, so typing (and the phone's keyboard)
  // goes there.
  function followTextFocus() {
    if (!wantText) return;
    const active = optagelse.widgets.find(w => w.role === 'textbox' && w.active);
    const field = active && mirror.field(active.id);
    if (field && document.activeElement !== field) mirror.focusFollowingApp(field);
  }

  // The app sleeps between changes (web/platform/frame_pacer.h): every input event the page sees
  // is counted here, and the app draws again when the count moves.
  let inputEvents = 0;
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'wheel',
                      'touchstart', 'touchmove', 'touchend', 'touchcancel', 'resize', 'focus', 'blur',
                      'focusin', 'visibilitychange', 'input', 'compositionupdate', 'compositionend']) {
    window.addEventListener(type, () => { ++inputEvents; }, {capture: true, passive: true});
  }

  window.optagelsePage = {
    inputEvents: () => inputEvents,
    setTextFieldFocus(active) {
      wantText = active;
      optagelse.textFieldFocused = active;
      followTextFocus();
    },
    publishWidgets(json) {
      const frame = JSON.parse(json);
      optagelse.widgets = frame.widgets;
      optagelse.language = frame.language;
      document.documentElement.lang = frame.language;
      optagelse.frames++;
      mirror.update(frame.widgets);
      followTextFocus();
    },
    ready() {
      optagelse.readyAt = performance.now();  // the first interactive frame (tools/bench/first_screen_bench.mjs)
      status.textContent = '';
      optagelse.ready = true;
    },
    clipboardWrite(text) {
      optagelse.clipboard = text;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
  };

  // The WebAssembly file has a content-hashed name (web/package_assets.mjs), which index.html
  // gives on the app's script; unpackaged builds use the plain name. Looked up when the app asks
  // (this script runs before the parser reaches the app's script element).
  function wasmName() {
    const appScript = document.querySelector('script[data-wasm]');
    return appScript ? appScript.dataset.wasm : 'optagelse.wasm';
  }

  window.Module = {
    canvas: canvas,
    locateFile: (file, prefix) => prefix + (file === 'optagelse.wasm' ? wasmName() : file),
    print: text => console.log(text),
    printErr: text => console.warn(text),
    onAbort: what => {
      status.textContent = 'Optagelse kunne ikke starte. / Optagelse could not start. (' + what + ')';
    },
  };
  // The app's WebGL2 context, made here with the attributes Emscripten's GLFW asks for (its
  // getContext on this canvas then returns this one): its creation, a fifth of a second in software
  // GL, overlaps the WebAssembly download instead of following it. It also tells whether the
  // browser can run the app at all.
  if (!canvas.getContext('webgl2', {antialias: false, alpha: true, depth: true, stencil: true})) {
    status.textContent = 'Din browser understøtter ikke WebGL2. / Your browser does not support WebGL2.';
  }
})();
  // Offline: the service worker keeps the app files (web/sw.js). Not where it is unavailable.
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {});
    });
  }
