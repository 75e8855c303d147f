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
#include <structmember.h> /* T_OBJECT_EX, PyMemberDef */

/* Bumped whenever the behaviour changes, so that a stale build (an editable install compiled from an older
 * source) is detected by rasd.text._accel and not used. */
#define RASD_FAST_VERSION 4

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

enum { K_ARABIC, K_NUMBER, K_LATIN, K_OTHER };

/* The end of the token starting at ``i``, or -1 when no token starts there; its kind (the alternative of
 * TOKEN_RE that matches, decided by the first character) in ``*tkind``. */
static inline Py_ssize_t
token_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i, int *tkind)
{
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    Py_ssize_t j = i + 1;
    if (is_ar_letter(c)) {
        *tkind = K_ARABIC;
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
        *tkind = K_NUMBER;
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
        *tkind = K_LATIN;
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
    *tkind = K_OTHER;
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

/* ---------------------------------------------------------------------------------------------------------
 * TokenCache: what the tokenizer knows about each token string, in one open-addressing table, looked up with
 * the string's own (randomised) hash. A look-up through the Tokenizer's dicts costs three cache misses on a
 * large vocabulary (index, entry, key) and a fourth for a template; a slot here holds the hash, the key, the
 * norm and the template together. It mirrors the Tokenizer's norms/templates dicts, which stay the reference
 * (they are filled by Tokenizer._learn, and the table is emptied whenever they are); the token text of a cached
 * string is the cached key itself, so equal tokens share one string.
 */

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch((const void *)(p))
#else
#define PREFETCH(p) ((void)0)
#endif

#define BATCH 16

/* A token found but not yet looked up. */
typedef struct {
    Py_ssize_t i, j;
    int tkind;
    PyObject *tok;
    Py_hash_t h;
} Pending;

typedef struct {
    Py_hash_t hash;
    PyObject *key;  /* NULL: empty slot */
    PyObject *norm;
    PyObject *tmpl; /* the word template of a token of several words, else NULL */
} Slot;

typedef struct {
    PyObject_HEAD
    Slot *slots;
    size_t mask; /* capacity - 1 (a power of two), or 0 with slots == NULL */
    Py_ssize_t used;
} TokenCache;

static void
cache_release(TokenCache *c)
{
    if (c->slots != NULL) {
        for (size_t k = 0; k <= c->mask; k++) {
            if (c->slots[k].key != NULL) {
                Py_DECREF(c->slots[k].key);
                Py_DECREF(c->slots[k].norm);
                Py_XDECREF(c->slots[k].tmpl);
            }
        }
        PyMem_Free(c->slots);
    }
    c->slots = NULL;
    c->mask = 0;
    c->used = 0;
}

static void
cache_dealloc(PyObject *self)
{
    cache_release((TokenCache *)self);
    Py_TYPE(self)->tp_free(self);
}

static inline int
same_str(PyObject *a, PyObject *b)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    return a == b || (n == PyUnicode_GET_LENGTH(b) && PyUnicode_KIND(a) == PyUnicode_KIND(b) &&
                      memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * PyUnicode_KIND(a)) == 0);
}

/* The slot holding ``key``, or the empty slot where it would go (the table must have one). */
static inline Slot *
cache_find(const TokenCache *c, PyObject *key, Py_hash_t h)
{
    size_t k = (size_t)h & c->mask;
    for (;;) {
        Slot *sl = &c->slots[k];
        if (sl->key == NULL || (sl->hash == h && same_str(sl->key, key))) {
            return sl;
        }
        k = (k + 1) & c->mask;
    }
}

static int
cache_grow(TokenCache *c)
{
    size_t cap = c->slots == NULL ? 1024 : (c->mask + 1) * 2;
    Slot *slots = PyMem_Calloc(cap, sizeof(Slot));
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Slot *old = c->slots;
    size_t old_cap = old == NULL ? 0 : c->mask + 1;
    c->slots = slots;
    c->mask = cap - 1;
    for (size_t k = 0; k < old_cap; k++) {
        if (old[k].key != NULL) {
            size_t m = (size_t)old[k].hash & c->mask;
            while (slots[m].key != NULL) {
                m = (m + 1) & c->mask;
            }
            slots[m] = old[k];
        }
    }
    PyMem_Free(old);
    return 0;
}

/* Add ``key`` (absent) with its norm and template (new references, stolen); the slot, or NULL on error. */
static Slot *
cache_insert(TokenCache *c, PyObject *key, Py_hash_t h, PyObject *norm, PyObject *tmpl)
{
    if (c->slots == NULL || (size_t)(c->used + 1) * 3 > (c->mask + 1) * 2) { /* load at most 2/3 */
        if (cache_grow(c) < 0) {
            Py_DECREF(norm);
            Py_XDECREF(tmpl);
            return NULL;
        }
    }
    Slot *sl = cache_find(c, key, h);
    Py_INCREF(key);
    sl->hash = h;
    sl->key = key;
    sl->norm = norm;
    sl->tmpl = tmpl;
    c->used++;
    return sl;
}

static PyObject *
cache_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) || (kwds != NULL && PyDict_GET_SIZE(kwds))) {
        PyErr_SetString(PyExc_TypeError, "TokenCache() takes no arguments");
        return NULL;
    }
    TokenCache *c = (TokenCache *)type->tp_alloc(type, 0);
    if (c != NULL) {
        c->slots = NULL;
        c->mask = 0;
        c->used = 0;
    }
    return (PyObject *)c;
}

static PyObject *
cache_clear(PyObject *self, PyObject *unused)
{
    (void)unused;
    cache_release((TokenCache *)self);
    Py_RETURN_NONE;
}

static Py_ssize_t
cache_len(PyObject *self)
{
    return ((TokenCache *)self)->used;
}

static PyObject *
cache_contents(PyObject *self, PyObject *unused)
{
    (void)unused;
    TokenCache *c = (TokenCache *)self;
    PyObject *d = PyDict_New();
    for (size_t k = 0; d != NULL && c->slots != NULL && k <= c->mask; k++) {
        Slot *sl = &c->slots[k];
        if (sl->key == NULL) {
            continue;
        }
        PyObject *v = PyTuple_Pack(2, sl->norm, sl->tmpl != NULL ? sl->tmpl : Py_None);
        if (v == NULL || PyDict_SetItem(d, sl->key, v) < 0) {
            Py_XDECREF(v);
            Py_CLEAR(d);
            break;
        }
        Py_DECREF(v);
    }
    return d;
}

/* Pickled (and copied) empty: the table only mirrors the Tokenizer's dicts, and a string missing from it is
 * looked up in them (then added), so an empty table is always a valid one. */
static PyObject *
cache_reduce(PyObject *self, PyObject *unused)
{
    (void)unused;
    return Py_BuildValue("(O())", (PyObject *)Py_TYPE(self));
}

static PyMethodDef cache_methods[] = {
    {"clear", cache_clear, METH_NOARGS, "Empty the table."},
    {"__reduce__", cache_reduce, METH_NOARGS, "Pickled empty (a mirror of the Tokenizer's dicts)."},
    {"contents", cache_contents, METH_NOARGS, "The table as a dict: token string -> (norm, template or None)."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods cache_as_sequence = {
    .sq_length = cache_len,
};

static PyTypeObject TokenCache_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "rasd.text._fast.TokenCache",
    .tp_basicsize = sizeof(TokenCache),
    .tp_dealloc = cache_dealloc,
    .tp_as_sequence = &cache_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT, /* holds only strings and templates of ints and strings: no cycles */
    .tp_doc = "The compiled tokenizer's table of token strings (a mirror of the Tokenizer's norm cache).",
    .tp_methods = cache_methods,
    .tp_new = cache_new,
};

/* tokenize(text, offset, cache, norms, templates, learn, several, token_type, word_type, stem, kind_names)
 *
 * ``cache`` is the TokenCache mirroring ``norms``/``templates``, the Tokenizer's caches (dicts) that stay the
 * reference, ``learn`` its _learn method (called with a token
 * string absent from ``norms``, returns its norm entry, and fills the caches), ``several`` the marker norm of a
 * token of several words (compared by identity), ``stem`` the role string to share, ``kind_names`` the four
 * kind strings ("arabic", "number", "latin", "other"). A token's kind is the alternative of TOKEN_RE its first
 * character starts, which is what Tokenizer._learn records in its kinds cache, so the scanner's answer is used
 * instead of a look-up. */
static PyObject *
fast_tokenize(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 11) {
        PyErr_SetString(PyExc_TypeError, "tokenize() takes exactly 11 arguments");
        return NULL;
    }
    if (!Py_IS_TYPE(args[2], &TokenCache_Type)) {
        PyErr_SetString(PyExc_TypeError, "cache must be a TokenCache");
        return NULL;
    }
    PyObject *text = args[0], *norms = args[3], *templates = args[4], *learn = args[5];
    PyObject *several = args[6], *type_arg = args[7], *word_arg = args[8], *stem = args[9], *kind_names = args[10];
    TokenCache *cache = (TokenCache *)args[2];
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be a str");
        return NULL;
    }
    if (!PyDict_Check(norms) || !PyDict_Check(templates)) {
        PyErr_SetString(PyExc_TypeError, "the caches must be dicts");
        return NULL;
    }
    if (!PyType_Check(type_arg) || !PyType_Check(word_arg) ||
        !PyType_IsSubtype((PyTypeObject *)type_arg, &PyTuple_Type) ||
        !PyType_IsSubtype((PyTypeObject *)word_arg, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "token_type and word_type must be tuple subclasses");
        return NULL;
    }
    if (!PyTuple_CheckExact(kind_names) || PyTuple_GET_SIZE(kind_names) != 4) {
        PyErr_SetString(PyExc_TypeError, "kind_names must be a tuple of 4");
        return NULL;
    }
    PyTypeObject *token_type = (PyTypeObject *)type_arg, *word_type = (PyTypeObject *)word_arg;
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
    Py_INCREF(cache); /* kept alive whatever the callbacks do */
    /* Tokens are found by batches; the table slots of a batch's token strings, then the keys in them, are
     * prefetched before the batch is looked up, so that the cache misses of a large table overlap instead of
     * following one another. (Hints only: the look-ups below do not depend on them.) */
    Pending batch[BATCH];
    int nb = 0;
    Py_ssize_t pos = 0;
    for (;;) {
        nb = 0;
        while (nb < BATCH && pos < n) {
            int tk;
            Py_ssize_t j = token_end(kind, data, n, pos, &tk);
            if (j < 0) {
                pos++;
                continue;
            }
            PyObject *tok = PyUnicode_Substring(text, pos, j);
            if (tok == NULL) {
                goto error;
            }
            Py_hash_t h = PyObject_Hash(tok);
            if (h == -1) {
                Py_DECREF(tok);
                goto error;
            }
            batch[nb].i = pos;
            batch[nb].j = j;
            batch[nb].tkind = tk;
            batch[nb].tok = tok;
            batch[nb].h = h;
            nb++;
            if (cache->slots != NULL) {
                PREFETCH(&cache->slots[(size_t)h & cache->mask]);
            }
            pos = j;
        }
        if (nb == 0) {
            break;
        }
        if (cache->slots != NULL) {
            for (int b = 0; b < nb; b++) {
                PyObject *key = cache->slots[(size_t)batch[b].h & cache->mask].key;
                if (key != NULL) {
                    PREFETCH(key);
                }
            }
        }
        for (int b = 0; b < nb; b++) {
            Py_ssize_t i = batch[b].i, j = batch[b].j;
            int tkind = batch[b].tkind;
            Py_hash_t h = batch[b].h;
            PyObject *tok = batch[b].tok;
            batch[b].tok = NULL; /* owned here now */
            PyObject *norm, *tm; /* new references */
            Slot *sl = cache->slots != NULL ? cache_find(cache, tok, h) : NULL;
            if (sl != NULL && sl->key != NULL) {
                Py_INCREF(sl->key);
                Py_SETREF(tok, sl->key);
                norm = Py_NewRef(sl->norm);
                tm = Py_XNewRef(sl->tmpl);
            }
            else {
                norm = PyDict_GetItemWithError(norms, tok); /* borrowed */
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
                tm = NULL;
                if (norm == several) {
                    tm = PyDict_GetItemWithError(templates, tok); /* borrowed */
                    if (tm == NULL) {
                        if (!PyErr_Occurred()) {
                            PyErr_SetObject(PyExc_KeyError, tok);
                        }
                        Py_DECREF(norm);
                        Py_DECREF(tok);
                        goto error;
                    }
                    Py_INCREF(tm);
                }
                /* looked up again: the callback may have run any Python code */
                if ((cache->slots == NULL || cache_find(cache, tok, h)->key == NULL) &&
                    cache_insert(cache, tok, h, Py_NewRef(norm), Py_XNewRef(tm)) == NULL) {
                    Py_DECREF(norm);
                    Py_XDECREF(tm);
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
                Py_XDECREF(tm);
                Py_DECREF(tok);
                goto error;
            }
            PyObject *words;
            if (tm != NULL) {
                Py_DECREF(norm);
                words = words_from_template(word_type, tm, offset + i);
                Py_DECREF(tm);
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
            PyObject *k = PyTuple_GET_ITEM(kind_names, tkind);
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
        }
    }
    Py_DECREF(cache);
    return out;

error:
    for (int b = 0; b < nb; b++) {
        Py_XDECREF(batch[b].tok);
    }
    Py_DECREF(cache);
    Py_DECREF(out);
    return NULL;
}

/* spans(text) -> list of (start, end, kind) of every token of ``text``: the scanner alone (for tests). */
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
    int tkind;
    while (i < n) {
        Py_ssize_t j = token_end(kind, data, n, i, &tkind);
        if (j < 0) {
            i++;
            continue;
        }
        PyObject *pair = Py_BuildValue("(nni)", i, j, tkind);
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

/* ---------------------------------------------------------------------------------------------------------
 * Sentences and clauses (sentences.py, sentences_with_clauses): the same rules, scanned by hand.
 */

static inline int
is_space(Py_UCS4 c)
{
    if (c < 128) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return Py_UNICODE_ISSPACE(c);
}

/* [^\W\d_]: a letter in the regex sense (a word character, not a decimal digit, not '_'). */
static inline int
is_letterish(Py_UCS4 c)
{
    return c != '_' && is_word(c) && !Py_UNICODE_ISDECIMAL(c);
}

static inline int
is_end_mark(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x061f || c == 0x2026;
}

/* _CLOSERS: "'»”’)]} RLM LRM */
static inline int
is_closer(Py_UCS4 c)
{
    return c == '"' || c == '\'' || c == 0x00bb || c == 0x201d || c == 0x2019 || c == ')' || c == ']' ||
           c == '}' || c == 0x200f || c == 0x200e;
}

static inline int
is_clause_punct(Py_UCS4 c)
{
    return c == 0x060c || c == 0x061b || c == ':' || c == ';' || c == ',';
}

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

#define CH(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

/* _strip: [s, e) without leading and trailing whitespace ((e, e) when it is all whitespace). */
static inline void
strip_span(const Text *t, Py_ssize_t s, Py_ssize_t e, Py_ssize_t *os, Py_ssize_t *oe)
{
    Py_ssize_t a = s;
    while (a < e && is_space(CH(t, a))) {
        a++;
    }
    if (a >= e) {
        *os = *oe = e;
        return;
    }
    while (is_space(CH(t, e - 1))) {
        e--;
    }
    *os = a;
    *oe = e;
}

static inline int
has_letter(const Text *t, Py_ssize_t s, Py_ssize_t e)
{
    for (Py_ssize_t i = s; i < e; i++) {
        if (is_letterish(CH(t, i))) {
            return 1;
        }
    }
    return 0;
}

/* A growable array of Py_ssize_t. */
typedef struct {
    Py_ssize_t *v;
    Py_ssize_t len, cap;
} Vec;

static int
vec_push(Vec *a, Py_ssize_t x)
{
    if (a->len == a->cap) {
        Py_ssize_t cap = a->cap ? a->cap * 2 : 64;
        Py_ssize_t *v = PyMem_Realloc(a->v, (size_t)cap * sizeof(Py_ssize_t));
        if (v == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        a->v = v;
        a->cap = cap;
    }
    a->v[a->len++] = x;
    return 0;
}

/* The connective matcher: ``classes`` is a str of 65,536 characters indexed by code point: '\0' for a
 * character that plays no part, '\1' for a deleted character (diacritics, tatweel, invisible marks), else the
 * normalised letter the character stands for (only letters of the connectives and و ف). ``words`` are the
 * normalised connectives, longest first (single spaces between words). */
#define CONN_FIRST 0x0621 /* the connectives' letters lie in U+0621..U+064A */
#define CONN_LETTERS (0x064a - CONN_FIRST + 1)

typedef struct {
    int ckind;
    const void *cdata;
    PyObject *words; /* tuple of str, borrowed */
    /* the words (indices into ``words``, longest first) grouped by their first letter */
    Py_ssize_t *order;
    Py_ssize_t bucket[CONN_LETTERS + 1];
} Conn;

/* Fill ``c``'s buckets; -1 (with ValueError) if a connective is empty or starts outside U+0621..U+064A. */
static int
conn_init(Conn *c, int ckind, const void *cdata, PyObject *words)
{
    Py_ssize_t nw = PyTuple_GET_SIZE(words), count[CONN_LETTERS] = {0};
    c->ckind = ckind;
    c->cdata = cdata;
    c->words = words;
    c->order = PyMem_Malloc((size_t)(nw ? nw : 1) * sizeof(Py_ssize_t));
    if (c->order == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < nw; k++) {
        PyObject *w = PyTuple_GET_ITEM(words, k);
        Py_UCS4 f = PyUnicode_GET_LENGTH(w) ? PyUnicode_READ_CHAR(w, 0) : 0;
        if (f < CONN_FIRST || f >= CONN_FIRST + CONN_LETTERS) {
            PyErr_SetString(PyExc_ValueError, "a connective must start with an Arabic letter (U+0621..U+064A)");
            PyMem_Free(c->order);
            c->order = NULL;
            return -1;
        }
        count[f - CONN_FIRST]++;
    }
    c->bucket[0] = 0;
    for (int b = 0; b < CONN_LETTERS; b++) {
        c->bucket[b + 1] = c->bucket[b] + count[b];
        count[b] = c->bucket[b];
    }
    for (Py_ssize_t k = 0; k < nw; k++) { /* stable: keeps the words' order inside a bucket */
        Py_UCS4 f = PyUnicode_READ_CHAR(PyTuple_GET_ITEM(words, k), 0);
        c->order[count[f - CONN_FIRST]++] = k;
    }
    return 0;
}

static inline Py_UCS4
cls(const Conn *c, Py_UCS4 ch)
{
    return ch < 0x10000 ? PyUnicode_READ(c->ckind, c->cdata, ch) : 0;
}

static inline Py_ssize_t
skip_deleted(const Conn *c, const Text *t, Py_ssize_t i)
{
    while (i < t->n && cls(c, CH(t, i)) == 1) {
        i++;
    }
    return i;
}

/* The end of the longest connective matching at ``q`` and followed by whitespace, or -1. Each letter of a word
 * is one raw character standing for it followed by deleted characters; a space is whitespace followed by any
 * whitespace and deleted characters. */
static Py_ssize_t
longest_word(const Conn *c, const Text *t, Py_ssize_t q)
{
    if (q >= t->n) {
        return -1;
    }
    Py_UCS4 f = cls(c, CH(t, q));
    if (f < CONN_FIRST || f >= CONN_FIRST + CONN_LETTERS) {
        return -1;
    }
    Py_ssize_t best = -1, best_len = -1;
    for (Py_ssize_t b = c->bucket[f - CONN_FIRST]; b < c->bucket[f - CONN_FIRST + 1]; b++) {
        PyObject *w = PyTuple_GET_ITEM(c->words, c->order[b]);
        Py_ssize_t wl = PyUnicode_GET_LENGTH(w);
        if (wl <= best_len) {
            continue;
        }
        int wk = PyUnicode_KIND(w);
        const void *wd = PyUnicode_DATA(w);
        Py_ssize_t i = q, m = 0;
        while (m < wl) {
            Py_UCS4 want = PyUnicode_READ(wk, wd, m);
            if (i >= t->n) {
                break;
            }
            Py_UCS4 ch = CH(t, i);
            if (want == ' ') {
                if (!is_space(ch)) {
                    break;
                }
                i++;
                while (i < t->n) {
                    Py_UCS4 d = CH(t, i);
                    if (!is_space(d) && cls(c, d) != 1) {
                        break;
                    }
                    i++;
                }
            }
            else {
                if (cls(c, ch) != want) {
                    break;
                }
                i = skip_deleted(c, t, i + 1);
            }
            m++;
        }
        if (m == wl && i < t->n && is_space(CH(t, i))) {
            best = i;
            best_len = wl;
        }
    }
    return best;
}

/* Connective starts, as _connective_re's finditer gives them: ``\s deleted* (prefix? word)(?=\s)``. */
static int
connective_starts(const Conn *c, const Text *t, Vec *out)
{
    Py_ssize_t i = 0;
    while (i < t->n) {
        if (!is_space(CH(t, i))) {
            i++;
            continue;
        }
        Py_ssize_t p = skip_deleted(c, t, i + 1);
        if (p >= t->n) {
            break;
        }
        Py_UCS4 first = cls(c, CH(t, p));
        Py_ssize_t end = -1;
        if (first > 1) {
            if (first == 0x0648 || first == 0x0641) { /* و ف: the optional prefix first */
                end = longest_word(c, t, skip_deleted(c, t, p + 1));
            }
            if (end < 0) {
                end = longest_word(c, t, p);
            }
        }
        if (end < 0) {
            i++;
            continue;
        }
        if (vec_push(out, p) < 0) {
            return -1;
        }
        i = end; /* finditer goes on after the match (the lookahead is not part of it) */
    }
    return 0;
}

/* _clause_cuts: punctuation ends ([،؛:;,](?!\d)) and connective starts, sorted. */
static int
clause_cuts(const Conn *c, const Text *t, Vec *cuts)
{
    Vec conn = {NULL, 0, 0};
    for (Py_ssize_t i = 0; i < t->n; i++) {
        if (is_clause_punct(CH(t, i)) && !(i + 1 < t->n && Py_UNICODE_ISDECIMAL(CH(t, i + 1)))) {
            if (vec_push(cuts, i + 1) < 0) {
                return -1;
            }
        }
    }
    if (connective_starts(c, t, &conn) < 0) {
        PyMem_Free(conn.v);
        return -1;
    }
    if (conn.len) { /* merge two sorted lists (a connective start never equals a punctuation end) */
        Py_ssize_t na = cuts->len, total = na + conn.len;
        Py_ssize_t *v = PyMem_Malloc((size_t)(total ? total : 1) * sizeof(Py_ssize_t));
        if (v == NULL) {
            PyMem_Free(conn.v);
            PyErr_NoMemory();
            return -1;
        }
        Py_ssize_t a = 0, b = 0, k = 0;
        while (a < na || b < conn.len) {
            if (b >= conn.len || (a < na && cuts->v[a] <= conn.v[b])) {
                v[k++] = cuts->v[a++];
            }
            else {
                v[k++] = conn.v[b++];
            }
        }
        PyMem_Free(cuts->v);
        cuts->v = v;
        cuts->len = cuts->cap = total;
    }
    PyMem_Free(conn.v);
    return 0;
}

/* The span of the sentence-end match at ``i`` (_SENT_END_RE), or -1 when none starts there. */
static inline Py_ssize_t
sentence_end_match(const Text *t, Py_ssize_t i)
{
    Py_UCS4 c = CH(t, i);
    Py_ssize_t j = i + 1;
    if (c == '\n') {
        while (j < t->n && CH(t, j) == '\n') {
            j++;
        }
        return j;
    }
    if (!is_end_mark(c)) {
        return -1;
    }
    while (j < t->n && is_end_mark(CH(t, j))) {
        j++;
    }
    while (j < t->n && is_closer(CH(t, j))) {
        j++;
    }
    /* (?=\s|$); giving back closers or end marks cannot help: neither is whitespace */
    return (j == t->n || is_space(CH(t, j))) ? j : -1;
}

/* split_sentences, into ``out`` as start, end pairs. */
static int
split_sentences(const Text *t, Vec *out)
{
    Py_ssize_t start = 0, i = 0, s, e;
    while (i < t->n) {
        Py_ssize_t end = sentence_end_match(t, i);
        if (end < 0) {
            i++;
            continue;
        }
        Py_ssize_t ms = i;
        i = end;
        if (CH(t, ms) == '.') {
            Py_ssize_t marks = 1;
            while (ms + marks < end && is_end_mark(CH(t, ms + marks))) {
                marks++;
            }
            if (marks == 1) { /* a lone full stop: not after an abbreviation-like capital (U.S.) */
                int abbrev = 0;
                if (ms >= 2) {
                    Py_UCS4 b0 = CH(t, ms - 2), b1 = CH(t, ms - 1);
                    abbrev = (is_space(b0) || b0 == '.') && b1 >= 'A' && b1 <= 'Z';
                }
                else if (ms == 1) {
                    abbrev = Py_UNICODE_ISUPPER(CH(t, 0)) != 0;
                }
                if (abbrev) {
                    continue;
                }
            }
        }
        strip_span(t, start, end, &s, &e);
        if (s < e && (vec_push(out, s) < 0 || vec_push(out, e) < 0)) {
            return -1;
        }
        start = end;
    }
    strip_span(t, start, t->n, &s, &e);
    if (s < e && (vec_push(out, s) < 0 || vec_push(out, e) < 0)) {
        return -1;
    }
    return 0;
}

/* split_clauses with the cuts inside (start, end) given: into ``out`` as start, end pairs. */
static int
split_clauses(const Text *t, Py_ssize_t start, Py_ssize_t end, const Py_ssize_t *inner, Py_ssize_t ninner,
              Vec *out)
{
    Py_ssize_t prev = start, s, e, first = out->len;
    for (Py_ssize_t k = 0; k <= ninner; k++) {
        Py_ssize_t c = k < ninner ? inner[k] : end;
        if (c <= prev) {
            continue;
        }
        strip_span(t, prev, c, &s, &e);
        if (s < e && has_letter(t, s, e)) {
            if (vec_push(out, s) < 0 || vec_push(out, e) < 0) {
                return -1;
            }
        }
        else if (out->len > first && s < e) {
            out->v[out->len - 1] = e;
        }
        prev = c;
    }
    if (out->len == first) {
        strip_span(t, start, end, &s, &e);
        if (s < e && (vec_push(out, s) < 0 || vec_push(out, e) < 0)) {
            return -1;
        }
    }
    else if (out->v[first] > start) {
        strip_span(t, start, out->v[first], &s, &e);
        if (s < e) {
            out->v[first] = s;
        }
    }
    return 0;
}

/* A slotted class's instance built without calling __init__: each slot (a member descriptor) set directly. */
typedef struct {
    PyTypeObject *type;
    Py_ssize_t off[3];
    int nslots;
} Slotted;

static int
slotted_init(Slotted *sl, PyObject *type, const char *const *names, int nslots)
{
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "expected a class");
        return -1;
    }
    sl->type = (PyTypeObject *)type;
    sl->nslots = nslots;
    for (int k = 0; k < nslots; k++) {
        PyObject *d = PyObject_GetAttrString(type, names[k]);
        if (d == NULL) {
            return -1;
        }
        int ok = Py_IS_TYPE(d, &PyMemberDescr_Type) &&
                 ((PyMemberDescrObject *)d)->d_member->type == T_OBJECT_EX &&
                 ((PyMemberDescrObject *)d)->d_common.d_type == (PyTypeObject *)type;
        if (ok) {
            sl->off[k] = ((PyMemberDescrObject *)d)->d_member->offset;
        }
        Py_DECREF(d);
        if (!ok) {
            PyErr_Format(PyExc_TypeError, "%s.%s is not a slot of that class", ((PyTypeObject *)type)->tp_name,
                         names[k]);
            return -1;
        }
    }
    return 0;
}

/* A new instance with the (stolen) slot values; NULL on error (the values are released). */
static PyObject *
slotted_new(const Slotted *sl, PyObject **vals)
{
    PyObject *obj = sl->type->tp_alloc(sl->type, 0);
    for (int k = 0; k < sl->nslots; k++) {
        if (obj == NULL || vals[k] == NULL) {
            Py_XDECREF(vals[k]);
            continue;
        }
        *(PyObject **)((char *)obj + sl->off[k]) = vals[k];
    }
    if (obj != NULL) {
        for (int k = 0; k < sl->nslots; k++) {
            if (vals[k] == NULL) {
                Py_DECREF(obj);
                return NULL;
            }
        }
    }
    return obj;
}

static PyObject *
new_span(const Slotted *span, Py_ssize_t s, Py_ssize_t e)
{
    PyObject *vals[2] = {PyLong_FromSsize_t(s), PyLong_FromSsize_t(e)};
    return slotted_new(span, vals);
}

/* sentences(text, classes, words, Span, Sentence) -> list of Sentence (sentences_with_clauses). */
static PyObject *
fast_sentences(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    static const char *const span_names[] = {"start", "end"};
    static const char *const sent_names[] = {"start", "end", "clauses"};
    if (nargs != 5) {
        PyErr_SetString(PyExc_TypeError, "sentences() takes exactly 5 arguments");
        return NULL;
    }
    PyObject *text = args[0], *classes = args[1], *words = args[2];
    if (!PyUnicode_Check(text) || !PyUnicode_Check(classes) || PyUnicode_GET_LENGTH(classes) != 0x10000 ||
        !PyTuple_CheckExact(words)) {
        PyErr_SetString(PyExc_TypeError, "sentences(text: str, classes: str of 65536, words: tuple, ...)");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(words); k++) {
        if (!PyUnicode_Check(PyTuple_GET_ITEM(words, k))) {
            PyErr_SetString(PyExc_TypeError, "the connectives must be str");
            return NULL;
        }
    }
    if (PyUnicode_READY(text) < 0 || PyUnicode_READY(classes) < 0) {
        return NULL;
    }
    Slotted span, sent;
    if (slotted_init(&span, args[3], span_names, 2) < 0 || slotted_init(&sent, args[4], sent_names, 3) < 0) {
        return NULL;
    }
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    Conn c;
    if (conn_init(&c, PyUnicode_KIND(classes), PyUnicode_DATA(classes), words) < 0) {
        return NULL;
    }
    Vec cuts = {NULL, 0, 0}, sents = {NULL, 0, 0}, cl = {NULL, 0, 0};
    PyObject *out = NULL;
    if (clause_cuts(&c, &t, &cuts) < 0 || split_sentences(&t, &sents) < 0) {
        goto done;
    }
    out = PyList_New(sents.len / 2);
    if (out == NULL) {
        goto done;
    }
    Py_ssize_t lo = 0; /* first cut > the sentence start */
    for (Py_ssize_t k = 0; k < sents.len / 2; k++) {
        Py_ssize_t s = sents.v[2 * k], e = sents.v[2 * k + 1];
        while (lo < cuts.len && cuts.v[lo] <= s) {
            lo++;
        }
        Py_ssize_t hi = lo; /* first cut >= the sentence end */
        while (hi < cuts.len && cuts.v[hi] < e) {
            hi++;
        }
        cl.len = 0;
        if (hi > lo) {
            if (split_clauses(&t, s, e, cuts.v + lo, hi - lo, &cl) < 0) {
                Py_CLEAR(out);
                goto done;
            }
        }
        else if (vec_push(&cl, s) < 0 || vec_push(&cl, e) < 0) {
            Py_CLEAR(out);
            goto done;
        }
        PyObject *clauses = PyTuple_New(cl.len / 2);
        if (clauses == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        for (Py_ssize_t m = 0; m < cl.len / 2; m++) {
            PyObject *sp = new_span(&span, cl.v[2 * m], cl.v[2 * m + 1]);
            if (sp == NULL) {
                Py_DECREF(clauses);
                Py_CLEAR(out);
                goto done;
            }
            PyTuple_SET_ITEM(clauses, m, sp);
        }
        PyObject *vals[3] = {PyLong_FromSsize_t(s), PyLong_FromSsize_t(e), clauses};
        PyObject *sentence = slotted_new(&sent, vals);
        if (sentence == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, k, sentence);
    }
done:
    PyMem_Free(c.order);
    PyMem_Free(cuts.v);
    PyMem_Free(sents.v);
    PyMem_Free(cl.v);
    return out;
}

/* clause_cuts(text, classes, words) -> list of int (_clause_cuts; for tests). */
static PyObject *
fast_clause_cuts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[1]) ||
        PyUnicode_GET_LENGTH(args[1]) != 0x10000 || !PyTuple_CheckExact(args[2])) {
        PyErr_SetString(PyExc_TypeError, "clause_cuts(text: str, classes: str of 65536, words: tuple)");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(args[2]); k++) {
        if (!PyUnicode_Check(PyTuple_GET_ITEM(args[2], k))) {
            PyErr_SetString(PyExc_TypeError, "the connectives must be str");
            return NULL;
        }
    }
    if (PyUnicode_READY(args[0]) < 0 || PyUnicode_READY(args[1]) < 0) {
        return NULL;
    }
    Text t = {PyUnicode_KIND(args[0]), PyUnicode_DATA(args[0]), PyUnicode_GET_LENGTH(args[0])};
    Conn c;
    if (conn_init(&c, PyUnicode_KIND(args[1]), PyUnicode_DATA(args[1]), args[2]) < 0) {
        return NULL;
    }
    Vec cuts = {NULL, 0, 0};
    PyObject *out = NULL;
    if (clause_cuts(&c, &t, &cuts) == 0) {
        out = PyList_New(cuts.len);
        for (Py_ssize_t k = 0; out != NULL && k < cuts.len; k++) {
            PyObject *v = PyLong_FromSsize_t(cuts.v[k]);
            if (v == NULL) {
                Py_CLEAR(out);
                break;
            }
            PyList_SET_ITEM(out, k, v);
        }
    }
    PyMem_Free(c.order);
    PyMem_Free(cuts.v);
    return out;
}

/* ---------------------------------------------------------------------------------------------------------
 * normalize(raw, cmap) -> (text, breaks, shifts): normalize.normalize's translation and alignment in one pass.
 *
 * ``cmap`` is a str of 65,536 characters: cmap[cp] is what the BMP character cp becomes, U+FFFF standing for
 * "deleted" (U+FFFF itself maps to itself, which the caller checks); characters past the BMP are unchanged.
 * ``text`` is ``raw`` itself when nothing changes. A run of deleted characters ending at raw position ``end``
 * adds ``end - deleted`` to breaks and ``deleted`` (the running total) to shifts, as _DELETE_RE's runs do.
 */
static PyObject *
fast_normalize(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[1]) ||
        PyUnicode_GET_LENGTH(args[1]) != 0x10000) {
        PyErr_SetString(PyExc_TypeError, "normalize(raw: str, cmap: str of 65536)");
        return NULL;
    }
    PyObject *raw = args[0], *cmap = args[1];
    if (PyUnicode_READY(raw) < 0 || PyUnicode_READY(cmap) < 0) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(raw), mkind = PyUnicode_KIND(cmap);
    const void *data = PyUnicode_DATA(raw), *mdata = PyUnicode_DATA(cmap);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(raw);
    /* The output has at most n characters, none above the input's widest (the map keeps the BMP in the BMP
     * and characters below 256 below 256), so a buffer of the input's kind holds it. */
    void *buf = PyMem_Malloc((size_t)(n ? n : 1) * (size_t)kind);
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    Vec breaks = {NULL, 0, 0}, shifts = {NULL, 0, 0};
    Py_ssize_t out = 0, deleted = 0, changed = 0;
    PyObject *res = NULL, *text = NULL, *tb = NULL, *ts = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_UCS4 m = c < 0x10000 ? PyUnicode_READ(mkind, mdata, c) : c;
        if (m == 0xffff && c != 0xffff) {
            Py_ssize_t j = i + 1;
            while (j < n) {
                Py_UCS4 d = PyUnicode_READ(kind, data, j);
                if (d >= 0xffff || PyUnicode_READ(mkind, mdata, d) != 0xffff) {
                    break;
                }
                j++;
            }
            deleted += j - i;
            if (vec_push(&breaks, j - deleted) < 0 || vec_push(&shifts, deleted) < 0) {
                goto done;
            }
            i = j - 1;
            continue;
        }
        if (m != c) {
            if ((kind == PyUnicode_1BYTE_KIND && m > 0xff) || (kind == PyUnicode_2BYTE_KIND && m > 0xffff)) {
                PyErr_SetString(PyExc_ValueError, "the character map widens a character");
                goto done;
            }
            changed = 1;
        }
        PyUnicode_WRITE(kind, buf, out, m);
        out++;
    }
    if (!changed && !deleted) {
        text = Py_NewRef(raw);
    }
    else {
        text = PyUnicode_FromKindAndData(kind, buf, out);
        if (text == NULL) {
            goto done;
        }
    }
    tb = PyTuple_New(breaks.len);
    ts = PyTuple_New(shifts.len);
    if (tb == NULL || ts == NULL) {
        goto done;
    }
    for (Py_ssize_t k = 0; k < breaks.len; k++) {
        PyObject *b = PyLong_FromSsize_t(breaks.v[k]), *sh = PyLong_FromSsize_t(shifts.v[k]);
        if (b == NULL || sh == NULL) {
            Py_XDECREF(b);
            Py_XDECREF(sh);
            goto done;
        }
        PyTuple_SET_ITEM(tb, k, b);
        PyTuple_SET_ITEM(ts, k, sh);
    }
    res = PyTuple_Pack(3, text, tb, ts);
done:
    Py_XDECREF(text);
    Py_XDECREF(tb);
    Py_XDECREF(ts);
    PyMem_Free(buf);
    PyMem_Free(breaks.v);
    PyMem_Free(shifts.v);
    return res;
}

static PyMethodDef fast_methods[] = {
    {"tokenize", (PyCFunction)(void (*)(void))fast_tokenize, METH_FASTCALL,
     "tokenize(text, offset, cache, norms, templates, learn, several, token_type, word_type, stem, kind_names)"},
    {"spans", (PyCFunction)fast_spans, METH_O,
     "spans(text) -> the (start, end, kind) of every token (kind: 0 arabic, 1 number, 2 latin, 3 other)"},
    {"sentences", (PyCFunction)(void (*)(void))fast_sentences, METH_FASTCALL,
     "sentences(text, classes, words, Span, Sentence) -> list of Sentence with their clauses"},
    {"normalize", (PyCFunction)(void (*)(void))fast_normalize, METH_FASTCALL,
     "normalize(raw, cmap) -> (text, breaks, shifts)"},
    {"clause_cuts", (PyCFunction)(void (*)(void))fast_clause_cuts, METH_FASTCALL,
     "clause_cuts(text, classes, words) -> every clause cut position, sorted"},
    {NULL, NULL, 0, NULL},
};

static int
fast_exec(PyObject *m)
{
    if (PyType_Ready(&TokenCache_Type) < 0) {
        return -1;
    }
    if (PyModule_AddObjectRef(m, "TokenCache", (PyObject *)&TokenCache_Type) < 0) {
        return -1;
    }
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
