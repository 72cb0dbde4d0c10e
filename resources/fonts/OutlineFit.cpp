// Simplifies glyph outlines within a tolerance, for clean_font.py: runs of smoothly joined segments are refitted with
// as few cubic curves as keep every point of the original within the tolerance (P. J. Schneider, "An algorithm for
// automatically fitting digitized curves", Graphics Gems, 1990). Corners and straight strokes stay where they are.
//
// Fandol's faces were traced: FandolFang draws a glyph with about 95 segments where Noto Serif CJK needs 47, and those
// bytes are most of a PDF that embeds it (bench/RESULTS.md). Refitted within 2/1000 em, a glyph keeps its shape to
// 0.011 mm at 3号 (a quarter of a 600-dpi printer dot) with a third fewer points. This was Python with numpy (two
// minutes of a core per face, most of a fresh build); here, a few seconds.
//
// A build tool, not part of the program. Reads doubles (native byte order) on stdin and writes doubles on stdout:
//   in:  tolerance, glyph count, then per glyph: contour count, per contour: segment count, per segment: point
//        count (2 = line, 4 = cubic) and its points (x, y), each segment starting where the last ended;
//   out: per glyph: contour count, per contour: start (x, y), segment count, per segment: point count (1 = line to,
//        3 = cubic to) and its points.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>
#include <vector>

namespace {

struct P
{
    double x = 0, y = 0;
    P operator+(P o) const { return {x + o.x, y + o.y}; }
    P operator-(P o) const { return {x - o.x, y - o.y}; }
    P operator*(double k) const { return {x * k, y * k}; }
    P operator-() const { return {-x, -y}; }
    double dot(P o) const { return x * o.x + y * o.y; }
    double cross(P o) const { return x * o.y - y * o.x; }
    double norm() const { return std::hypot(x, y); }
};
using Points = std::vector<P>;
using Cubic = std::array<P, 4>;
struct Segment // out: 1 point (line to) or 3 (cubic to)
{
    std::vector<P> points;
};
using Segments = std::vector<Segment>;

const double cornerCos = std::cos(25 * M_PI / 180); // joins sharper than this stay corners
constexpr double step = 4.0;                         // sampling step along the outline, font units

std::array<double, 4> basis(double t)
{
    const double mt = 1 - t;
    return {mt * mt * mt, 3 * mt * mt * t, 3 * mt * t * t, t * t * t};
}

P at(const Cubic &c, double t)
{
    const auto b = basis(t);
    return c[0] * b[0] + c[1] * b[1] + c[2] * b[2] + c[3] * b[3];
}

std::optional<P> unit(P v)
{
    const double n = v.norm();
    if (n > 1e-9)
        return v * (1 / n);
    return std::nullopt;
}

// Direction leaving a segment's start and direction arriving at its end (none where it has no length).
std::pair<std::optional<P>, std::optional<P>> endTangents(const Points &seg)
{
    std::optional<P> leaving, arriving;
    for (size_t i = 1; i < seg.size() && !leaving; ++i)
        leaving = unit(seg[i] - seg[0]);
    for (size_t i = seg.size() - 1; i-- > 0 && !arriving;)
        arriving = unit(seg.back() - seg[i]);
    return {leaving, arriving};
}

// Points along a segment, its start left out.
void sample(const Points &seg, Points &out)
{
    double length = 0;
    for (size_t i = 0; i + 1 < seg.size(); ++i)
        length += (seg[i + 1] - seg[i]).norm();
    const int n = std::max(2, int(std::ceil(length / step)));
    for (int k = 1; k <= n; ++k) {
        const double t = double(k) / n;
        if (seg.size() == 2)
            out.push_back(seg[0] + (seg[1] - seg[0]) * t);
        else
            out.push_back(at({seg[0], seg[1], seg[2], seg[3]}, t));
    }
}

// A cubic whose control points lie within the tolerance of its chord (the curve stays in their hull).
bool straight(const Points &c, double tol)
{
    const P chord = c[3] - c[0];
    const double n = chord.norm();
    if (n < 1e-9)
        return false;
    for (const P &q : {c[1], c[2]}) {
        const P v = q - c[0];
        const double along = v.dot(chord) / n;
        if (std::abs(v.cross(chord)) / n > tol || along < -tol || along > n + tol)
            return false;
    }
    return true;
}

// The cubic from p[0] along t1 to p.back() along t2 nearest the points at parameters u (least squares).
Cubic controlPoints(const Points &p, const std::vector<double> &u, P t1, P t2)
{
    const P first = p.front(), last = p.back();
    double c00 = 0, c01 = 0, c11 = 0, x0 = 0, x1 = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        const auto b = basis(u[i]);
        const P a1 = t1 * b[1], a2 = t2 * b[2];
        c00 += a1.dot(a1);
        c01 += a1.dot(a2);
        c11 += a2.dot(a2);
        const P rest = p[i] - first * (b[0] + b[1]) - last * (b[2] + b[3]);
        x0 += a1.dot(rest);
        x1 += a2.dot(rest);
    }
    const double det = c00 * c11 - c01 * c01;
    const double chord = (last - first).norm();
    double left = 0, right = 0;
    if (std::abs(det) > 1e-12) {
        left = (x0 * c11 - x1 * c01) / det;
        right = (c00 * x1 - c01 * x0) / det;
    }
    if (left < 1e-6 * chord || right < 1e-6 * chord) // no good fit: Wu and Barsky's heuristic
        left = right = chord / 3;
    return {first, first + t1 * left, last + t2 * right, last};
}

// Every point of the curve is within tol of the polyline through p: no loop or bulge between the samples.
bool staysNear(const Cubic &c, const Points &p, double tol)
{
    for (int k = 0; k < 24; ++k) {
        const P q = at(c, double(k) / 23);
        double nearest = std::numeric_limits<double>::infinity();
        for (size_t i = 0; i + 1 < p.size(); ++i) {
            const P ab = p[i + 1] - p[i];
            double length = ab.dot(ab);
            if (length == 0)
                length = 1e-12;
            const double t = std::clamp((q - p[i]).dot(ab) / length, 0.0, 1.0);
            nearest = std::min(nearest, (q - (p[i] + ab * t)).norm());
        }
        if (nearest > tol)
            return false;
    }
    return true;
}

void fit(const Points &p, P t1, P t2, double tol, int depth, Segments &out);

void split(const Points &p, size_t i, P t1, P t2, double tol, int depth, Segments &out)
{
    i = std::min(std::max<size_t>(i, 1), p.size() - 2);
    const std::optional<P> middle = unit(p[i - 1] - p[i + 1]);
    if (!middle || depth > 12) {
        for (size_t k = 1; k < p.size(); ++k)
            out.push_back({{p[k]}});
        return;
    }
    fit(Points(p.begin(), p.begin() + long(i) + 1), t1, *middle, tol, depth + 1, out);
    fit(Points(p.begin() + long(i), p.end()), -*middle, t2, tol, depth + 1, out);
}

// Segments from p[0] through the points p within tol; t1 leaves p[0], t2 points back into the curve from p.back().
void fit(const Points &p, P t1, P t2, double tol, int depth, Segments &out)
{
    const P first = p.front(), last = p.back();
    if (p.size() == 2) {
        out.push_back({{last}});
        return;
    }
    const double chord = (last - first).norm();
    if (chord <= 2 * tol) { // a closed loop or a hairpin: split where it is farthest from its ends
        size_t far = 0;
        for (size_t i = 0; i < p.size(); ++i)
            if ((p[i] - first).norm() > (p[far] - first).norm())
                far = i;
        split(p, far, t1, t2, tol, depth, out);
        return;
    }
    const P direction = (last - first) * (1 / chord);
    bool line = true;
    for (const P &q : p) {
        const P v = q - first;
        const double along = v.dot(direction);
        if (std::abs(v.x * direction.y - v.y * direction.x) > tol || along < -tol || along > chord + tol) {
            line = false;
            break;
        }
    }
    if (line) {
        out.push_back({{last}});
        return;
    }
    std::vector<double> u(p.size(), 0.0);
    for (size_t i = 1; i < p.size(); ++i)
        u[i] = u[i - 1] + (p[i] - p[i - 1]).norm();
    const double total = u.back();
    for (double &v : u)
        v /= total;
    double worstError = std::numeric_limits<double>::infinity();
    size_t worstIndex = 0;
    std::vector<P> miss(p.size());
    for (int round = 0; round < 6; ++round) {
        const Cubic c = controlPoints(p, u, t1, t2);
        double error = -1;
        size_t at_ = 0;
        for (size_t i = 0; i < p.size(); ++i) {
            miss[i] = at(c, u[i]) - p[i];
            const double e = miss[i].norm();
            if (e > error) {
                error = e;
                at_ = i;
            }
        }
        if (error < worstError || (error == worstError && at_ < worstIndex)) {
            worstError = error;
            worstIndex = at_;
        }
        if (error <= tol && staysNear(c, p, tol)) {
            out.push_back({{c[1], c[2], c[3]}});
            return;
        }
        if (error > 4 * tol)
            break;
        // Newton-Raphson: move each parameter to the curve's point nearest its sample, and fit again.
        bool ordered = true;
        for (size_t i = 0; i < p.size(); ++i) {
            const double t = u[i], mt = 1 - t;
            const P d1 = (c[1] - c[0]) * (3 * mt * mt) + (c[2] - c[1]) * (6 * mt * t) + (c[3] - c[2]) * (3 * t * t);
            const P d2 = (c[2] - c[1] * 2 + c[0]) * (6 * mt) + (c[3] - c[2] * 2 + c[1]) * (6 * t);
            const double numerator = miss[i].dot(d1);
            const double denominator = d1.dot(d1) + miss[i].dot(d2);
            const double stepBy = std::abs(denominator) > 1e-12 ? numerator / denominator : 0;
            u[i] = std::clamp(t - stepBy, 0.0, 1.0);
        }
        u.front() = 0;
        u.back() = 1;
        for (size_t i = 1; i < u.size(); ++i)
            ordered = ordered && u[i] >= u[i - 1];
        if (!ordered)
            break;
    }
    split(p, worstIndex, t1, t2, tol, depth, out);
}

// A closed contour: its start and its segments within tol.
std::pair<P, Segments> simplifyContour(std::vector<Points> segments, double tol)
{
    const size_t n = segments.size();
    std::vector<std::pair<std::optional<P>, std::optional<P>>> tangents;
    for (const Points &s : segments)
        tangents.push_back(endTangents(s));
    std::vector<bool> corner(n);
    for (size_t i = 0; i < n; ++i) {
        const auto &before = tangents[(i + n - 1) % n].second, &after = tangents[i].first;
        corner[i] = !before || !after || before->dot(*after) < cornerCos;
    }
    if (std::none_of(corner.begin(), corner.end(), [](bool c) { return c; }))
        corner[0] = true;
    const long k = long(std::find(corner.begin(), corner.end(), true) - corner.begin()); // start at a corner: whole runs
    std::rotate(segments.begin(), segments.begin() + k, segments.end());
    std::rotate(tangents.begin(), tangents.begin() + k, tangents.end());
    std::rotate(corner.begin(), corner.begin() + k, corner.end());
    Segments out;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && !corner[j])
            ++j;
        if (j == i + 1 && (segments[i].size() == 2 || straight(segments[i], tol))) {
            out.push_back({{segments[i].back()}});
        } else if (j == i + 1) {
            out.push_back({{segments[i][1], segments[i][2], segments[i][3]}});
        } else {
            Points points{segments[i][0]};
            for (size_t s = i; s < j; ++s)
                sample(segments[s], points);
            fit(points, tangents[i].first.value_or(P{}), -tangents[j - 1].second.value_or(P{}), tol, 0, out);
        }
        i = j;
    }
    return {segments[0][0], out};
}

class Input
{
public:
    bool next(double *v) { return std::fread(v, sizeof(double), 1, stdin) == 1; }
    double operator()()
    {
        double v = 0;
        if (!next(&v)) {
            std::fprintf(stderr, "OutlineFit: input ends early\n");
            std::exit(2);
        }
        return v;
    }
};

} // namespace

int main()
{
    Input in;
    std::vector<double> out;
    const auto put = [&out](double v) { out.push_back(v); };
    const double tol = in();
    const long glyphs = long(in());
    for (long g = 0; g < glyphs; ++g) {
        const long contours = long(in());
        put(double(contours));
        for (long c = 0; c < contours; ++c) {
            const size_t count = size_t(in());
            std::vector<Points> segments(count);
            for (Points &s : segments) {
                s.resize(size_t(in()));
                for (P &q : s) {
                    q.x = in();
                    q.y = in();
                }
            }
            const auto [start, fitted] = simplifyContour(segments, tol);
            put(start.x);
            put(start.y);
            put(double(fitted.size()));
            for (const Segment &s : fitted) {
                put(double(s.points.size()));
                for (const P &q : s.points) {
                    put(q.x);
                    put(q.y);
                }
            }
        }
    }
    return std::fwrite(out.data(), sizeof(double), out.size(), stdout) == out.size() ? 0 : 1;
}
