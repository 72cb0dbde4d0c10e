#include "ZipWriter.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    m_entries.append({name, data, compress});
}

bool ZipWriter::write(const QString &path, QString *error) const
{
    const QString temporary = path + QStringLiteral(".part");
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(temporary).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        *error = tr("无法写入 %1（%2）").arg(path, QString::fromLocal8Bit(zip_error_strerror(&e)));
        zip_error_fini(&e);
        return false;
    }
    for (const Entry &entry : m_entries) {
        // libzip reads the buffers when the archive is closed: they live in m_entries until then.
        zip_source_t *source = zip_source_buffer(zip, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(zip, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0 || zip_set_file_compression(zip, zip_uint64_t(index), entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) < 0) {
            if (source && index < 0)
                zip_source_free(source);
            *error = tr("无法写入 %1（%2）").arg(path, QString::fromLocal8Bit(zip_strerror(zip)));
            zip_discard(zip);
            QFile::remove(temporary);
            return false;
        }
    }
    if (zip_close(zip) < 0) {
        *error = tr("无法写入 %1（%2）").arg(path, QString::fromLocal8Bit(zip_strerror(zip)));
        zip_discard(zip);
        QFile::remove(temporary);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        *error = tr("无法写入 %1").arg(path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}
