/* Build-only stand-in for Windows' system icuuc.dll, for building and testing under Wine.
 *
 * Wine failure it answers: Qt6Core.dll imports 20 ucnv_* functions from icuuc.dll, which
 * every Windows 10 (1703+) has in System32 and Wine 8.0 lacks, so python.exe fails to load
 * PySide6 ("ImportError: DLL load failed while importing QtCore") and the frozen app exits.
 *
 * Qt uses ICU only for the legacy text codecs it does not implement itself (UTF-8/16/32 and
 * Latin-1 are built in), so every converter "does not exist" here: ucnv_open fails with
 * U_FILE_ACCESS_ERROR and the list of converters is empty.  Cross-compiled with mingw by
 * wine/wine-env.sh into the Wine prefix's system32 only; it never enters the bundle
 * (packaging/windows/check_artifacts.py asserts that).
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef uint16_t UChar;
enum { U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *cnv, void *n, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)n; (void)c; (void)oa; (void)oc; fail(err); }
EXPORT void ucnv_setFromUCallBack(void *cnv, void *n, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)n; (void)c; (void)oa; (void)oc; fail(err); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *s, int32_t len, int32_t off, UErrorCode *err) { (void)args; (void)s; (void)len; (void)off; fail(err); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **s, const UChar *end, int32_t off, UErrorCode *err) { (void)args; (void)s; (void)end; (void)off; fail(err); }
EXPORT void ucnv_toUnicode(void *cnv, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
EXPORT void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) { (void)name; (void)standard; fail(err); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const UChar *u, int32_t l, int32_t cp, int reason, UErrorCode *err) { (void)c; (void)a; (void)u; (void)l; (void)cp; (void)reason; (void)err; }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t l, int reason, UErrorCode *err) { (void)c; (void)a; (void)b; (void)l; (void)reason; (void)err; }
