// strtod for the wasm module: decimal numbers, correctly rounded (to nearest, ties to even).
//
// The module reads numbers with strtod in one place, the fast reader
// (core/src/json/fast_reader.cpp), on a literal that the JSON grammar has already checked.
// musl's strtod reads through long-double arithmetic in software, which cost the module 7 KB
// gzipped (issue 7). The module's link routes its calls of strtod here (-Wl,--wrap=strtod);
// musl's object stays in the link for libc++'s own references and is dropped as unused code.
//
// It reads an optional sign, digits with an optional decimal point, and an optional exponent.
// It does not skip leading white space, and reads neither "inf", "nan" nor hexadecimal numbers:
// for those it converts nothing (returns 0 and sets *end to the start), never a silently
// different value. tests/wasm_libc compares it with the C library's strtod.
//
// The method is the simple decimal conversion of Go's strconv (decimal.go, atof.go): the
// significant digits (the first 800, and whether any dropped digit was not zero) are shifted by
// powers of two until they lie in [1/2, 1), then the 53 bits of the result are taken off and
// rounded. Numbers with at most 15 digits and a power of ten up to 22 take the exact path of
// Clinger's first step: one multiplication or division of two exact doubles, correctly rounded.
#include <errno.h>
#include <stdint.h>
#include <string.h>

enum { kMaxDigits = 800, kMaxShift = 60 };  // 9 << 60 plus a carry still fits 64 bits

typedef struct {
  unsigned char d[kMaxDigits];  // significant digits, 0..9, without leading zeros
  int nd;                       // digits in d
  int dp;                       // the decimal point: the value is 0.d[0]d[1]... x 10^dp
  int trunc;                    // a dropped digit was not zero
} Decimal;

static void trim(Decimal* a) {
  while (a->nd > 0 && a->d[a->nd - 1] == 0) a->nd--;
  if (a->nd == 0) a->dp = 0;
}

// a * 2^k, 0 < k <= kMaxShift: the digits from the right, each carry to the left.
static void left_shift(Decimal* a, unsigned k) {
  unsigned char digits[kMaxDigits + 20];  // 2^60 < 10^19: at most 19 new digits
  int w = a->nd + 19;
  uint64_t n = 0;
  for (int r = a->nd - 1; r >= 0; r--) {
    n += (uint64_t)a->d[r] << k;
    const uint64_t quotient = n / 10;
    digits[w--] = (unsigned char)(n - 10 * quotient);
    n = quotient;
  }
  while (n > 0) {
    const uint64_t quotient = n / 10;
    digits[w--] = (unsigned char)(n - 10 * quotient);
    n = quotient;
  }
  const int count = a->nd + 19 - w;
  a->dp += count - a->nd;
  a->nd = 0;
  for (int i = 0; i < count; i++) {
    if (a->nd < kMaxDigits) a->d[a->nd++] = digits[w + 1 + i];
    else if (digits[w + 1 + i] != 0) a->trunc = 1;
  }
  trim(a);
}

// a / 2^k, 0 < k <= kMaxShift: long division, digit by digit, in place.
static void right_shift(Decimal* a, unsigned k) {
  int r = 0, w = 0;
  uint64_t n = 0;
  for (; (n >> k) == 0; r++) {
    if (r >= a->nd) {
      if (n == 0) {
        a->nd = 0;
        a->dp = 0;
        return;
      }
      while ((n >> k) == 0) {
        n *= 10;
        r++;
      }
      break;
    }
    n = n * 10 + a->d[r];
  }
  a->dp -= r - 1;
  const uint64_t mask = ((uint64_t)1 << k) - 1;
  for (; r < a->nd; r++) {
    const uint64_t digit = n >> k;
    n &= mask;
    a->d[w++] = (unsigned char)digit;
    n = n * 10 + a->d[r];
  }
  while (n > 0) {
    const uint64_t digit = n >> k;
    n &= mask;
    if (w < kMaxDigits) a->d[w++] = (unsigned char)digit;
    else if (digit > 0) a->trunc = 1;
    n *= 10;
  }
  a->nd = w;
  trim(a);
}

static void shift(Decimal* a, int k) {
  if (a->nd == 0) return;
  for (; k > kMaxShift; k -= kMaxShift) left_shift(a, kMaxShift);
  for (; k < -kMaxShift; k += kMaxShift) right_shift(a, kMaxShift);
  if (k > 0) left_shift(a, (unsigned)k);
  if (k < 0) right_shift(a, (unsigned)-k);
}

// Whether the digits from position nd on round the digits before it up (ties to even).
static int rounds_up(const Decimal* a, int nd) {
  if (nd < 0 || nd >= a->nd) return 0;
  if (a->d[nd] == 5 && nd + 1 == a->nd) {  // exactly half, unless a dropped digit says more
    if (a->trunc) return 1;
    return nd > 0 && a->d[nd - 1] % 2 == 1;
  }
  return a->d[nd] >= 5;
}

// The integer part, rounded (the caller has shifted 53 bits before the point).
static uint64_t rounded_integer(const Decimal* a) {
  uint64_t n = 0;
  int i = 0;
  for (; i < a->dp && i < a->nd; i++) n = n * 10 + a->d[i];
  for (; i < a->dp; i++) n *= 10;
  if (rounds_up(a, a->dp)) n++;
  return n;
}

// The bits of the double nearest to a (which is not zero). errno is ERANGE when that is
// infinity or zero.
static uint64_t double_bits(Decimal* a) {
  enum { kMantissaBits = 52, kExponentBits = 11, kBias = -1023 };
  static const int kPowers[] = {1, 3, 6, 9, 13, 16, 19, 23, 26};  // 2^kPowers[n] < 10^n
  const int kPowerCount = (int)(sizeof kPowers / sizeof kPowers[0]);
  int exponent = 0;
  uint64_t mantissa = 0;
  if (a->dp > 310) goto overflow;
  if (a->dp < -330) goto underflow;
  // Scale by powers of two into [1/2, 1).
  while (a->dp > 0) {
    const int n = a->dp >= kPowerCount ? 27 : kPowers[a->dp];
    shift(a, -n);
    exponent += n;
  }
  while (a->dp < 0 || (a->dp == 0 && a->d[0] < 5)) {
    const int n = -a->dp >= kPowerCount ? 27 : kPowers[-a->dp];
    shift(a, n);
    exponent -= n;
  }
  exponent--;  // [1, 2)
  if (exponent < kBias + 1) {  // below the smallest normal exponent: a subnormal number
    const int n = kBias + 1 - exponent;
    shift(a, -n);
    exponent += n;
  }
  if (exponent - kBias >= (1 << kExponentBits) - 1) goto overflow;
  shift(a, 1 + kMantissaBits);
  mantissa = rounded_integer(a);
  if (mantissa == (uint64_t)2 << kMantissaBits) {  // rounding carried into a new bit
    mantissa >>= 1;
    exponent++;
    if (exponent - kBias >= (1 << kExponentBits) - 1) goto overflow;
  }
  if ((mantissa & ((uint64_t)1 << kMantissaBits)) == 0) exponent = kBias;  // subnormal
  if (mantissa == 0) goto underflow;
  return (mantissa & (((uint64_t)1 << kMantissaBits) - 1)) | ((uint64_t)(exponent - kBias) << kMantissaBits);
overflow:
  errno = ERANGE;
  return (uint64_t)((1 << kExponentBits) - 1) << kMantissaBits;  // infinity
underflow:
  errno = ERANGE;
  return 0;
}

static double from_bits(uint64_t bits) {
  double value;
  memcpy(&value, &bits, sizeof value);
  return value;
}

// Clinger's exact case: m < 10^15 and 10^|e10| are both exact doubles, so one operation
// rounds once. Returns 0 when the number is not such a case.
static int exact_case(const Decimal* a, double* value) {
  const int e10 = a->dp - a->nd;
  if (a->trunc || a->nd > 15 || e10 < -22 || e10 > 22) return 0;
  double m = 0, power = 1;
  for (int i = 0; i < a->nd; i++) m = m * 10 + a->d[i];
  for (int i = 0; i < (e10 < 0 ? -e10 : e10); i++) power *= 10;
  *value = e10 < 0 ? m / power : m * power;
  return 1;
}

double __wrap_strtod(const char* text, char** end) {
  Decimal a;  // on the stack (under a kilobyte): no state shared between calls
  const char* at = text;
  int negative = 0;
  if (*at == '+' || *at == '-') negative = *at++ == '-';
  if (at[0] == '0' && (at[1] == 'x' || at[1] == 'X')) {  // hexadecimal: not read (see the top)
    if (end) *end = (char*)text;
    return 0;
  }
  a.nd = 0;
  a.trunc = 0;
  // dp and the exponent are counted in 64 bits: an input may hold billions of digits.
  int64_t dp = 0;
  int saw_point = 0, saw_digits = 0;
  for (;; at++) {
    const char ch = *at;
    if (ch == '.') {
      if (saw_point) break;
      saw_point = 1;
      continue;
    }
    if (ch < '0' || ch > '9') break;
    saw_digits = 1;
    if (ch == '0' && a.nd == 0) {  // a leading zero: only after the point does it move it
      if (saw_point) dp--;
      continue;
    }
    if (!saw_point) dp++;
    if (a.nd < kMaxDigits) a.d[a.nd++] = (unsigned char)(ch - '0');
    else if (ch != '0') a.trunc = 1;
  }
  if (!saw_digits) {
    if (end) *end = (char*)text;
    return 0;
  }
  if (*at == 'e' || *at == 'E') {
    const char* exponent_at = at + 1;
    int exponent_negative = 0;
    if (*exponent_at == '+' || *exponent_at == '-') exponent_negative = *exponent_at++ == '-';
    if (*exponent_at >= '0' && *exponent_at <= '9') {
      int64_t exponent = 0;
      for (; *exponent_at >= '0' && *exponent_at <= '9'; exponent_at++)
        if (exponent < 1000000000) exponent = exponent * 10 + (*exponent_at - '0');
      dp += exponent_negative ? -exponent : exponent;
      at = exponent_at;
    }
  }
  if (end) *end = (char*)at;
  uint64_t bits = 0;
  if (a.nd > 0) {
    trim(&a);
    if (dp > 100000) dp = 100000;  // far beyond overflow and underflow either way
    if (dp < -100000) dp = -100000;
    a.dp = (int)dp;
    double value;
    if (a.nd > 0 && exact_case(&a, &value)) return negative ? -value : value;
    if (a.nd > 0) bits = double_bits(&a);
  }
  if (negative) bits |= (uint64_t)1 << 63;
  return from_bits(bits);
}
