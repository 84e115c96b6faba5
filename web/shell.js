// The page shell's script (index.html): see the comment there. A file of its own so the
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const input = document.getElementById('text-bridge');
  const status = document.getElementById('page-status');
  let wantText = false;
  let pasteByShortcut = false;

  // What tests (and assistive technology, later) read: the widgets of the last frame.
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

  // Typing reaches ImGui through the hidden input only: GLFW's own keypress listener would type a
  // second copy, so it is stopped here (this listener is registered before GLFW's).
  window.addEventListener('keypress', e => {
    if (document.activeElement === input) e.stopImmediatePropagation();
  }, true);
  window.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) pasteByShortcut = true;
  }, true);

  input.addEventListener('input', e => {
    if (e.isComposing) return;
    const text = input.value;
    input.value = '';
    if (text) call('optagelse_text_input', text);
  });
  input.addEventListener('compositionend', e => {
    input.value = '';
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
  // so those never see a touch; preventDefault stops the emulated mouse events that follow.
  const touchPhase = {touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 2};
  for (const type of Object.keys(touchPhase)) {
    window.addEventListener(type, e => {
      if (e.target !== canvas) return;
      e.preventDefault();
      e.stopPropagation();
      const touch = e.changedTouches[0];
      const rect = canvas.getBoundingClientRect();
      const x = (touch.clientX - rect.left) * canvas.width / rect.width;
      const y = (touch.clientY - rect.top) * canvas.height / rect.height;
      if (window.Module && Module._optagelse_touch) Module._optagelse_touch(touchPhase[type], x, y);
    }, {capture: true, passive: false});
  }

  // A tap on a text field must focus the input inside the gesture, or phones show no keyboard:
  // the published widget list says whether the tap hit a text field.
  canvas.addEventListener('pointerup', e => {
    const hit = optagelse.widgets.find(w => w.role === 'textbox' && e.clientX >= w.x && e.clientX <= w.x + w.width &&
                                            e.clientY >= w.y && e.clientY <= w.y + w.height);
    if (hit || wantText) input.focus({preventScroll: true});
  });

  window.optagelsePage = {
    setTextFieldFocus(active, x, y, w, h, numeric) {
      wantText = active;
      optagelse.textFieldFocused = active;
      if (active) {
        Object.assign(input.style, {left: x + 'px', top: y + 'px', width: w + 'px', height: h + 'px'});
        input.inputMode = numeric ? 'numeric' : 'text';
        if (document.activeElement !== input) input.focus({preventScroll: true});
      } else if (document.activeElement === input) {
        input.blur();
      }
    },
    publishWidgets(json) {
      const frame = JSON.parse(json);
      optagelse.widgets = frame.widgets;
      optagelse.language = frame.language;
      document.documentElement.lang = frame.language;
      optagelse.frames++;
    },
    ready() {
      status.textContent = '';
      optagelse.ready = true;
    },
    clipboardWrite(text) {
      optagelse.clipboard = text;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
  };

  window.Module = {
    canvas: canvas,
    print: text => console.log(text),
    printErr: text => console.warn(text),
    onAbort: what => {
      status.textContent = 'Optagelse kunne ikke starte. / Optagelse could not start. (' + what + ')';
    },
  };
  if (!document.createElement('canvas').getContext('webgl2')) {
    status.textContent = 'Din browser understøtter ikke WebGL2. / Your browser does not support WebGL2.';
  }
})();
  // Offline: the service worker keeps the app files (web/sw.js). Not where it is unavailable.
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {});
    });
  }
