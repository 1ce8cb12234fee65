// The one code editor of the site (practice page and candidate workspace): CodeMirror 6 over a <textarea>, which
// stays in the page as the no-JavaScript fallback and is hidden once the editor is mounted.
// basicSetup brings line numbers, bracket matching and closing, search (Ctrl/Cmd+F), history and auto-indent on
// Enter; the language modes indent after ':' (Python) and '{' (Java) by indentUnit.
import { EditorView, basicSetup } from "codemirror";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { keymap, lineNumbers } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { python } from "@codemirror/lang-python";
import { java } from "@codemirror/lang-java";

const MODES = { python, java };
// CodeMirror injects its styles as a <style> element; the page's Content-Security-Policy admits it only with the
// response's nonce (web.SecurityHeaders), which the page hands over on a meta element (read as .nonce: browsers hide
// the attribute itself from the DOM once a CSP is in force).
const STYLE_NONCE = document.querySelector('meta[property="csp-nonce"]')?.nonce || "";
const modeOf = (language) => (MODES[language] ? MODES[language]() : []);

/**
 * Mounts an editor in place of `textarea` and returns { code(), load(code, language), setLanguage(language),
 * showErrors(errors), view }. showErrors marks the lines a result names ([{line, message}], the API's sourceErrors)
 * as error diagnostics (underlined, a gutter marker, the message on hover); an empty list clears them.
 * Hooks (all optional): onRun (Ctrl/Cmd+Enter), onSave (Ctrl/Cmd+S; the browser's "save page" is always
 * swallowed), onChange (every edit of the text), onPaste(text) (before CodeMirror inserts it).
 */
export function mountEditor(textarea, { language, onRun, onSave, onChange, onPaste } = {}) {
  const mode = new Compartment();
  const call = (hook) => () => {
    if (hook) hook();
    return true;
  };
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        EditorView.cspNonce.of(STYLE_NONCE),
        basicSetup,
        lintGutter(),
        // Ahead of basicSetup's own bindings of these keys.
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run: call(onRun) },
          { key: "Mod-s", run: call(onSave), preventDefault: true },
        ])),
        // Tab indents (the candidate writes code); Escape then Tab still leaves the editor, as CodeMirror documents.
        keymap.of([indentWithTab]),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        mode.of(modeOf(language)),
        // CodeMirror owns the class attribute of view.dom: add ours through it (code-editor.css).
        EditorView.editorAttributes.of({ class: "code-editor" }),
        EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label") || "code" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && onChange) onChange();
        }),
        EditorView.domEventHandlers({
          paste(event) {
            if (onPaste) onPaste((event.clipboardData && event.clipboardData.getData("text")) || "");
            return false; // CodeMirror still inserts the text
          },
        }),
      ],
    }),
  });
  textarea.hidden = true;
  textarea.insertAdjacentElement("afterend", view.dom);
  return {
    view,
    code: () => view.state.doc.toString(),
    load(code, lang) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        effects: mode.reconfigure(modeOf(lang)),
      });
    },
    setLanguage(lang) {
      view.dispatch({ effects: mode.reconfigure(modeOf(lang)) });
    },
    showErrors(errors) {
      view.dispatch(setDiagnostics(view.state, diagnosticsOf(view.state.doc, errors || [])));
    },
  };
}

// A line the code no longer has (edited since the run) is skipped; the range starts after the indentation (an empty
// line gets a point mark).
function diagnosticsOf(doc, errors) {
  return errors
    .filter((e) => Number.isInteger(e.line) && e.line >= 1 && e.line <= doc.lines)
    .map((e) => {
      const line = doc.line(e.line);
      const from = line.from + (line.text.length - line.text.trimStart().length);
      return { from: Math.min(from, line.to), to: line.to, severity: "error", message: e.message || "" };
    });
}

/**
 * Wires a "reset to starter" button: after the browser's confirmation (button.dataset.confirm), the editor gets
 * starter() back and afterReset() runs (the page saves or forgets its draft). A dismissed confirmation changes nothing.
 */
export function bindReset(button, editor, { starter, language, afterReset } = {}) {
  if (!button) return;
  button.addEventListener("click", () => {
    if (!window.confirm(button.dataset.confirm || "Reset?")) return;
    editor.load(starter(), language());
    if (afterReset) afterReset();
  });
}

/**
 * A read-only, highlighted view of code in place of `pre` (which stays as the no-JavaScript fallback, hidden), for
 * the review page. Returns { load(code, language), view }.
 */
export function mountViewer(pre, language) {
  const mode = new Compartment();
  const view = new EditorView({
    state: EditorState.create({
      doc: pre.textContent,
      extensions: [
        EditorView.cspNonce.of(STYLE_NONCE),
        lineNumbers(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        EditorState.readOnly.of(true),
        EditorView.editable.of(false),
        EditorState.tabSize.of(4),
        mode.of(modeOf(language)),
        EditorView.editorAttributes.of({ class: "code-editor code-viewer" }),
      ],
    }),
  });
  pre.hidden = true;
  pre.insertAdjacentElement("afterend", view.dom);
  return {
    view,
    load(code, lang) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        effects: mode.reconfigure(modeOf(lang)),
      });
    },
  };
}
