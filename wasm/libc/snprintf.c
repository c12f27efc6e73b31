// snprintf for the wasm module: integers, characters and strings only.
//
// Since the ninth round of issue 7 nothing in the engine calls printf at all: the core writes
// numbers with std::to_chars and dates by hand (format_date), and nlohmann's lexer, which quoted
// a control character ("<U+%.4X>"), went in the eighth. This file stays as a guard: should a
// call come back (the linker drops this code while none is made), musl's snprintf would link its whole
// printf engine, floating point and long-double arithmetic included: 6 KB of code, 3 KB gzipped
// (issue 7). This one defines snprintf for the module's link, so the linker does not take
// musl's. A conversion it does not know makes it return -1 with an empty result, never a
// silently wrong text. tests/wasm_libc compares it with the C library's snprintf, and the parity
// test the module's answers with the native library's.
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct {
  char* out;
  size_t room;  // bytes that may still be written, the terminating NUL excepted
  int length;   // bytes the whole result needs
} Sink;

static void put(Sink* sink, char ch) {
  if (sink->room > 0) {
    *sink->out++ = ch;
    sink->room--;
  }
  sink->length++;
}

static void put_repeated(Sink* sink, char ch, int count) {
  for (int i = 0; i < count; i++) put(sink, ch);
}

// `text` within `width` columns: padded on the left with `pad`, or on the right with spaces.
static void put_padded(Sink* sink, const char* text, size_t size, int width, int left, char pad) {
  const int blanks = width - (int)size;
  if (!left) put_repeated(sink, pad, blanks);
  for (size_t i = 0; i < size; i++) put(sink, text[i]);
  if (left) put_repeated(sink, ' ', blanks);
}

// The digits of `value` in `base`, at least `precision` of them, after a minus sign when
// `negative`, within `width` columns; zero padding goes between the sign and the digits. Only
// the digits go through a buffer, so no precision or width can overrun it.
static void put_number(Sink* sink, unsigned long long value, int negative, unsigned base, int upper, int width,
                       int precision, int left, char pad) {
  char digits[24];  // 2^64 has 20 decimal and 16 hexadecimal digits
  int count = 0;
  const char* symbols = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  do {
    digits[count++] = symbols[value % base];
    value /= base;
  } while (value != 0);
  const int zeros = precision > count ? precision - count : 0;
  const int blanks = width - (negative + zeros + count);
  if (!left && pad == ' ') put_repeated(sink, ' ', blanks);
  if (negative) put(sink, '-');
  if (!left && pad == '0') put_repeated(sink, '0', blanks);
  put_repeated(sink, '0', zeros);
  while (count > 0) put(sink, digits[--count]);
  if (left) put_repeated(sink, ' ', blanks);
}

// How an integer argument was passed: its length modifier.
typedef enum { kChar, kShort, kInt, kLong, kLongLong, kSize } Length;

static long long signed_argument(va_list* args, Length length) {
  switch (length) {
    case kChar: return (signed char)va_arg(*args, int);
    case kShort: return (short)va_arg(*args, int);
    case kLong: return va_arg(*args, long);
    case kLongLong: return va_arg(*args, long long);
    case kSize: return (long long)va_arg(*args, size_t);
    default: return va_arg(*args, int);
  }
}

static unsigned long long unsigned_argument(va_list* args, Length length) {
  switch (length) {
    case kChar: return (unsigned char)va_arg(*args, unsigned);
    case kShort: return (unsigned short)va_arg(*args, unsigned);
    case kLong: return va_arg(*args, unsigned long);
    case kLongLong: return va_arg(*args, unsigned long long);
    case kSize: return va_arg(*args, size_t);
    default: return va_arg(*args, unsigned);
  }
}

int vsnprintf(char* restrict out, size_t size, const char* restrict format, va_list args) {
  Sink sink = {out, size > 0 ? size - 1 : 0, 0};
  va_list list;
  va_copy(list, args);
  int refused = 0;
  for (const char* f = format; !refused && *f; f++) {  // a refusal may leave f on the terminator
    if (*f != '%') {
      put(&sink, *f);
      continue;
    }
    f++;
    int left = 0;
    char pad = ' ';
    for (;; f++) {
      if (*f == '-') left = 1;
      else if (*f == '0') pad = '0';
      else break;
    }
    int width = 0, precision = -1;
    while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
    if (*f == '.') {
      precision = 0;
      for (f++; *f >= '0' && *f <= '9'; f++) precision = precision * 10 + (*f - '0');
    }
    // C: the 0 flag gives way to '-', and for integers to a precision.
    if (left || precision >= 0) pad = ' ';
    Length length = kInt;
    if (*f == 'h') length = *++f == 'h' ? (f++, kChar) : kShort;
    else if (*f == 'l') length = *++f == 'l' ? (f++, kLongLong) : kLong;
    else if (*f == 'z') length = (f++, kSize);
    switch (*f) {
      case 'd':
      case 'i': {
        const long long value = signed_argument(&list, length);
        const unsigned long long magnitude = value < 0 ? 0ull - (unsigned long long)value : (unsigned long long)value;
        put_number(&sink, magnitude, value < 0, 10, 0, width, precision, left, pad);
        break;
      }
      case 'u':
      case 'x':
      case 'X':
        put_number(&sink, unsigned_argument(&list, length), 0, *f == 'u' ? 10 : 16, *f == 'X', width, precision, left,
                   pad);
        break;
      case 'c': {
        const char ch = (char)va_arg(list, int);
        put_padded(&sink, &ch, 1, width, left, ' ');
        break;
      }
      case 's': {
        const char* text = va_arg(list, const char*);
        size_t count = strlen(text);
        if (precision >= 0 && (size_t)precision < count) count = (size_t)precision;
        put_padded(&sink, text, count, width, left, ' ');
        break;
      }
      case '%':
        put(&sink, '%');
        break;
      default:  // floating point, %p, %n, other flags, or a malformed format: refuse, never guess
        refused = 1;
    }
  }
  va_end(list);
  if (refused) {
    if (size > 0) out[0] = '\0';
    return -1;
  }
  if (size > 0) *sink.out = '\0';
  return sink.length;
}

int snprintf(char* restrict out, size_t size, const char* restrict format, ...) {
  va_list args;
  va_start(args, format);
  const int length = vsnprintf(out, size, format, args);
  va_end(args);
  return length;
}
