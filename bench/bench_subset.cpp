// Font subsets for the PDF: our subsetters (TrueTypeSubsetter through EmbeddableFont, CffSubsetter) against
// HarfBuzz's hb-subset (Debian 12's libharfbuzz-subset), on the glyphs the seed and huaian reports print. Bytes of the
// font program each writes (hb-subset keeping only the tables a PDF font program needs), milliseconds (median), and
// the glyphs rendered from each subset compared pixel by pixel with the original face.
#include "CffSubsetter.h"
#include "EmbeddableFont.h"
#include "FormatRegistry.h"
#include "ReportJson.h"
#include "ReportSchema.h"

#include <hb-subset.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainterPath>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace {

QString reportText(const QString &path, const FormatRegistry &registry)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QString error;
    const auto r = ReportJson::read(f.readAll(), registry, &error);
    if (!r)
        return {};
    QString text = r->displayTitle() + r->agency;
    for (const QString &part : Prose::parts())
        text += r->prose.get(part).value_or(QString());
    const ReportSchema schema = ReportSchema::forReport(registry, *r);
    for (const TableFormat *t : schema.tables()) {
        text += t->heading;
        for (const QVector<GridRow> *rows : {&t->header, &t->body})
            for (const GridRow &row : *rows)
                for (const GridCell &c : row.cells)
                    text += c.text + (c.valueKey.isEmpty() ? QString() : r->cell(c.valueKey).toString());
    }
    return text + QStringLiteral("一二三四五六七八九十—0123456789");
}

template<typename F>
double medianMs(F f, int runs = 15)
{
    QVector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QImage render(const QRawFont &font, quint32 glyph)
{
    QImage image(120, 120, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(10, 100);
    p.fillPath(font.pathForGlyph(glyph), Qt::black);
    return image;
}

struct HbResult
{
    QByteArray program; // the font program (glyf/loca/… as an sfnt, or the CFF table)
    QHash<quint32, quint32> newOf;
};

HbResult hbSubset(const QByteArray &file, const QVector<quint32> &glyphs, bool cff)
{
    hb_blob_t *blob = hb_blob_create(file.constData(), uint(file.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    hb_set_t *gids = hb_subset_input_glyph_set(input);
    for (quint32 g : glyphs)
        hb_set_add(gids, g);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
    // Only what a PDF font program needs: drop layout, naming and metrics tables the PDF does not read.
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char *tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "name", "post", "OS/2", "vhea", "vmtx", "VORG", "DSIG", "cmap", "kern", "gasp"})
        hb_set_add(drop, hb_tag_from_string(tag, 4));
    HbResult out;
    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(face, input);
    if (plan) {
        hb_face_t *subset = hb_subset_plan_execute_or_fail(plan);
        if (subset) {
            hb_blob_t *result = cff ? hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' ')) : hb_face_reference_blob(subset);
            unsigned length = 0;
            const char *data = hb_blob_get_data(result, &length);
            out.program = QByteArray(data, int(length));
            hb_blob_destroy(result);
            hb_face_destroy(subset);
        }
        const hb_map_t *map = hb_subset_plan_old_to_new_glyph_mapping(plan);
        for (quint32 g : glyphs)
            out.newOf.insert(g, hb_map_get(map, g));
        hb_subset_plan_destroy(plan);
    }
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const FormatRegistry registry;
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    const QString fonts = QStringLiteral(DR_FONT_BUILD_DIR);
    const QString fandol = QStringLiteral(DR_FANDOL_DIR "/");
    std::printf("font subsets: ours against hb-subset %s (bytes of the font program; ms, median of 15; glyphs rendered alike)\n",
                hb_version_string());
    for (const char *report : {"changji-kejiju-2021", "huaian-2024"}) {
        const QString text = reportText(shared + QStringLiteral("/fixtures/expected/%1.json").arg(QLatin1String(report)), registry);
        const QVector<std::pair<QString, bool>> faces{{fonts + QStringLiteral("/FandolFang-Regular.ttf"), false},
                                                      {fonts + QStringLiteral("/FandolHei-Regular.ttf"), false},
                                                      {fandol + QStringLiteral("FandolFang-Regular.otf"), true}};
        for (const auto &[file, cff] : faces) {
            const QRawFont raw(file, 100);
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            const QByteArray bytes = f.readAll();
            QVector<quint32> glyphs;
            for (quint32 g : raw.glyphIndexesForString(text))
                if (g && !glyphs.contains(g))
                    glyphs.append(g);
            std::sort(glyphs.begin(), glyphs.end());
            const EmbeddableFont font(raw, file);
            QByteArray ours;
            QVector<quint32> oldIds;
            QString error;
            const double oursMs = medianMs([&] {
                ours = cff ? CffSubsetter::subset(font.table("CFF "), glyphs, &error) : font.program(glyphs, &error, &oldIds);
            });
            HbResult hb;
            const double hbMs = medianMs([&] { hb = hbSubset(bytes, glyphs, cff); });
            // Rendering: every glyph from each TrueType subset against the original (CFF programs are bare tables).
            int oursSame = 0, hbSame = 0, compared = 0;
            if (!cff) {
                const QRawFont oursFont(ours, 100), hbFont(hb.program, 100);
                for (int n = 0; n < oldIds.size(); ++n) {
                    const quint32 old = oldIds[n];
                    if (!old)
                        continue;
                    const QImage original = render(raw, old);
                    ++compared;
                    oursSame += render(oursFont, quint32(n)) == original ? 1 : 0;
                    hbSame += render(hbFont, hb.newOf.value(old)) == original ? 1 : 0;
                }
            }
            // The PDF deflates font programs (level 6, as PdfWriter does): that is what a file carries.
            std::printf("  %-20s %-24s %3d glyphs: ours %6.1f KB (%5.1f deflated) %5.2f ms · hb-subset %6.1f KB (%5.1f deflated) %5.2f ms%s\n",
                        report, qPrintable(QFileInfo(file).fileName()), int(glyphs.size()), ours.size() / 1024.0,
                        (qCompress(ours, 6).size() - 4) / 1024.0, oursMs, hb.program.size() / 1024.0, (qCompress(hb.program, 6).size() - 4) / 1024.0,
                        hbMs, cff ? "" : qPrintable(QStringLiteral(" · same pixels as the face: ours %1/%3, hb %2/%3").arg(oursSame).arg(hbSame).arg(compared)));
        }
    }
    return 0;
}
