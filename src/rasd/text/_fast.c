/* rasd.text._fast: the compiled fast path of the text layer's tokenizer.
 *
 * The pure-Python code in tokenize.py is the reference and the fallback; this module does the same work in C
 * and must give exactly the same output (tests/text/test_compiled.py compares the two paths).
 *
 * tokenize() replaces Tokenizer._tokenize: it finds the tokens (the rule of TOKEN_RE, scanned by hand with the
 * regex engine's own character predicates), looks each token string up in the tokenizer's caches, calls back
 * into Python (Tokenizer._learn) for a token string seen for the first time, and builds the Token and Word
 * named tuples (tuple subclasses, allocated with the type's tp_alloc and filled like tuples).
 *
 * Token rule (tokenize.py, _KINDS), tried in this order at each position; the first character decides the kind:
 *   arabic  [L][L M]*                                  L = _AR_LETTERS, M = _AR_MARKS
 *   number  [D]+(?:[.,\u066b\u066c][D]+)*              D = _DIGITS
 *   latin   [^\W\d_ L M](?:[^\W_ L M]|['\-](?=\w))*
 *   other   [^\s \u200b-\u200f \u202a-\u202e \u2066-\u2069 \ufeff \u061c M]
 * \w, \d, \s are those of Python's re on str patterns: Py_UNICODE_ISALNUM(c) || c == '_', Py_UNICODE_ISDECIMAL,
 * Py_UNICODE_ISSPACE.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Bumped whenever the behaviour changes, so that a stale build (an editable install compiled from an older
 * source) is detected by rasd.text._accel and not used. */
#define RASD_FAST_VERSION 1

static inline int
is_ar_letter(Py_UCS4 c)
{
    return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) ||
           c == 0x06d5 || (c >= 0x06fa && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfdff) ||
           (c >= 0xfe70 && c <= 0xfefc);
}

static inline int
is_ar_mark(Py_UCS4 c)
{
    return (c >= 0x064b && c <= 0x065f) || c == 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c == 0x0640 ||
           c == 0x200c || c == 0x200d;
}

static inline int
is_num_digit(Py_UCS4 c)
{
    return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

static inline int
is_word(Py_UCS4 c)
{
    if (c < 128) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    return Py_UNICODE_ISALNUM(c);
}

/* [^\W_ L M]: a word character, not '_', not Arabic. */
static inline int
is_latin_cont(Py_UCS4 c)
{
    return c != '_' && is_word(c) && !is_ar_letter(c) && !is_ar_mark(c);
}

static inline int
is_gap(Py_UCS4 c)
{
    if (c < 128) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return Py_UNICODE_ISSPACE(c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xfeff || c == 0x061c || is_ar_mark(c);
}

/* The end of the token starting at ``i``, or -1 when no token starts there. */
static inline Py_ssize_t
token_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    Py_ssize_t j = i + 1;
    if (is_ar_letter(c)) {
        while (j < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (!is_ar_letter(d) && !is_ar_mark(d)) {
                break;
            }
            j++;
        }
        return j;
    }
    if (is_num_digit(c)) {
        for (;;) {
            while (j < n && is_num_digit(PyUnicode_READ(kind, data, j))) {
                j++;
            }
            if (j + 1 < n) {
                Py_UCS4 d = PyUnicode_READ(kind, data, j);
                if ((d == '.' || d == ',' || d == 0x066b || d == 0x066c) &&
                    is_num_digit(PyUnicode_READ(kind, data, j + 1))) {
                    j += 2;
                    continue;
                }
            }
            return j;
        }
    }
    if (is_latin_cont(c) && !Py_UNICODE_ISDECIMAL(c)) {
        while (j < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (is_latin_cont(d)) {
                j++;
            }
            else if ((d == '\'' || d == '-') && j + 1 < n && is_word(PyUnicode_READ(kind, data, j + 1))) {
                j++;
            }
            else {
                break;
            }
        }
        return j;
    }
    if (is_gap(c)) {
        return -1;
    }
    return j;
}

/* A new instance of the tuple subclass ``type`` holding the five (stolen) items; NULL on error (the items are
 * released). */
static PyObject *
new5(PyTypeObject *type, PyObject *a, PyObject *b, PyObject *c, PyObject *d, PyObject *e)
{
    PyObject *t = type->tp_alloc(type, 5);
    if (t == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_XDECREF(c);
        Py_XDECREF(d);
        Py_XDECREF(e);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, a);
    PyTuple_SET_ITEM(t, 1, b);
    PyTuple_SET_ITEM(t, 2, c);
    PyTuple_SET_ITEM(t, 3, d);
    PyTuple_SET_ITEM(t, 4, e);
    return t;
}

/* ``base + PyLong(x)`` for a template's relative offset ``x``. */
static PyObject *
shifted(Py_ssize_t base, PyObject *x)
{
    Py_ssize_t v = PyLong_AsSsize_t(x);
    if (v == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return PyLong_FromSsize_t(base + v);
}

/* The words of a token of several words, from its template ((rel start, rel end, text, norm, role), ...). */
static PyObject *
words_from_template(PyTypeObject *word_type, PyObject *tm, Py_ssize_t s)
{
    if (!PyTuple_CheckExact(tm)) {
        PyErr_SetString(PyExc_TypeError, "a word template must be a tuple");
        return NULL;
    }
    Py_ssize_t k = PyTuple_GET_SIZE(tm);
    PyObject *words = PyTuple_New(k);
    if (words == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < k; i++) {
        PyObject *part = PyTuple_GET_ITEM(tm, i);
        if (!PyTuple_CheckExact(part) || PyTuple_GET_SIZE(part) != 5) {
            PyErr_SetString(PyExc_TypeError, "a word template entry must be a tuple of 5");
            Py_DECREF(words);
            return NULL;
        }
        PyObject *a = shifted(s, PyTuple_GET_ITEM(part, 0));
        if (a == NULL) {
            Py_DECREF(words);
            return NULL;
        }
        PyObject *b = shifted(s, PyTuple_GET_ITEM(part, 1));
        if (b == NULL) {
            Py_DECREF(a);
            Py_DECREF(words);
            return NULL;
        }
        PyObject *t = PyTuple_GET_ITEM(part, 2), *nrm = PyTuple_GET_ITEM(part, 3), *role = PyTuple_GET_ITEM(part, 4);
        Py_INCREF(t);
        Py_INCREF(nrm);
        Py_INCREF(role);
        PyObject *w = new5(word_type, a, b, t, nrm, role);
        if (w == NULL) {
            Py_DECREF(words);
            return NULL;
        }
        PyTuple_SET_ITEM(words, i, w);
    }
    return words;
}

/* tokenize(text, offset, norms, kinds, templates, learn, several, token_type, word_type, stem, arabic) -> list
 *
 * ``norms``/``kinds``/``templates`` are the Tokenizer's caches (dicts), ``learn`` its _learn method (called
 * with a token string absent from ``norms``, returns its norm entry), ``several`` the marker norm of a token
 * of several words (compared by identity), ``stem`` and ``arabic`` the role and kind strings to share. */
static PyObject *
fast_tokenize(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 11) {
        PyErr_SetString(PyExc_TypeError, "tokenize() takes exactly 11 arguments");
        return NULL;
    }
    PyObject *text = args[0], *norms = args[2], *kinds = args[3], *templates = args[4], *learn = args[5];
    PyObject *several = args[6], *stem = args[9], *arabic = args[10];
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be a str");
        return NULL;
    }
    if (!PyDict_Check(norms) || !PyDict_Check(kinds) || !PyDict_Check(templates)) {
        PyErr_SetString(PyExc_TypeError, "the caches must be dicts");
        return NULL;
    }
    if (!PyType_Check(args[7]) || !PyType_Check(args[8]) ||
        !PyType_IsSubtype((PyTypeObject *)args[7], &PyTuple_Type) ||
        !PyType_IsSubtype((PyTypeObject *)args[8], &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "token_type and word_type must be tuple subclasses");
        return NULL;
    }
    PyTypeObject *token_type = (PyTypeObject *)args[7], *word_type = (PyTypeObject *)args[8];
    Py_ssize_t offset = PyLong_AsSsize_t(args[1]);
    if (offset == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);

    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t j = token_end(kind, data, n, i);
        if (j < 0) {
            i++;
            continue;
        }
        PyObject *tok = PyUnicode_Substring(text, i, j);
        if (tok == NULL) {
            goto error;
        }
        PyObject *norm = PyDict_GetItemWithError(norms, tok); /* borrowed */
        if (norm != NULL) {
            Py_INCREF(norm);
        }
        else if (PyErr_Occurred()) {
            Py_DECREF(tok);
            goto error;
        }
        else {
            norm = PyObject_CallOneArg(learn, tok);
            if (norm == NULL) {
                Py_DECREF(tok);
                goto error;
            }
        }
        PyObject *s = PyLong_FromSsize_t(offset + i);
        PyObject *e = PyLong_FromSsize_t(offset + j);
        if (s == NULL || e == NULL) {
            Py_XDECREF(s);
            Py_XDECREF(e);
            Py_DECREF(norm);
            Py_DECREF(tok);
            goto error;
        }
        PyObject *words;
        if (norm == several) {
            Py_DECREF(norm);
            PyObject *tm = PyDict_GetItemWithError(templates, tok); /* borrowed */
            if (tm == NULL) {
                if (!PyErr_Occurred()) {
                    PyErr_SetObject(PyExc_KeyError, tok);
                }
                words = NULL;
            }
            else {
                words = words_from_template(word_type, tm, offset + i);
            }
        }
        else {
            Py_INCREF(s);
            Py_INCREF(e);
            Py_INCREF(tok);
            Py_INCREF(stem);
            PyObject *w = new5(word_type, s, e, tok, norm, stem); /* steals norm */
            if (w == NULL) {
                words = NULL;
            }
            else {
                words = PyTuple_New(1);
                if (words == NULL) {
                    Py_DECREF(w);
                }
                else {
                    PyTuple_SET_ITEM(words, 0, w);
                }
            }
        }
        if (words == NULL) {
            Py_DECREF(s);
            Py_DECREF(e);
            Py_DECREF(tok);
            goto error;
        }
        PyObject *k = PyDict_GetItemWithError(kinds, tok); /* borrowed */
        if (k == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(s);
                Py_DECREF(e);
                Py_DECREF(tok);
                Py_DECREF(words);
                goto error;
            }
            k = arabic;
        }
        Py_INCREF(k);
        PyObject *t = new5(token_type, s, e, tok, words, k);
        if (t == NULL) {
            goto error;
        }
        int rc = PyList_Append(out, t);
        Py_DECREF(t);
        if (rc < 0) {
            goto error;
        }
        i = j;
    }
    return out;

error:
    Py_DECREF(out);
    return NULL;
}

/* spans(text) -> list of (start, end) of every token of ``text``: the scanner alone (for tests). */
static PyObject *
fast_spans(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be a str");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t j = token_end(kind, data, n, i);
        if (j < 0) {
            i++;
            continue;
        }
        PyObject *pair = Py_BuildValue("(nn)", i, j);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(pair);
        i = j;
    }
    return out;
}

static PyMethodDef fast_methods[] = {
    {"tokenize", (PyCFunction)(void (*)(void))fast_tokenize, METH_FASTCALL,
     "tokenize(text, offset, norms, kinds, templates, learn, several, token_type, word_type, stem, arabic)"},
    {"spans", (PyCFunction)fast_spans, METH_O, "spans(text) -> the (start, end) of every token"},
    {NULL, NULL, 0, NULL},
};

static int
fast_exec(PyObject *m)
{
    return PyModule_AddIntConstant(m, "VERSION", RASD_FAST_VERSION);
}

static PyModuleDef_Slot fast_slots[] = {
    {Py_mod_exec, fast_exec},
    {0, NULL},
};

static struct PyModuleDef fast_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "rasd.text._fast",
    .m_doc = "Compiled fast path of rasd's tokenizer (the pure-Python code in rasd.text.tokenize is the reference).",
    .m_size = 0,
    .m_methods = fast_methods,
    .m_slots = fast_slots,
};

PyMODINIT_FUNC
PyInit__fast(void)
{
    return PyModuleDef_Init(&fast_module);
}
