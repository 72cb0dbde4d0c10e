#pragma once

#include <QByteArray>
#include <QVector>

// The body of a PDF file as objects: numbered as they are reserved, written in any order, the cross-reference table
// made at the end (finish). Streams are deflated unless told otherwise.
class PdfObjectWriter
{
public:
    explicit PdfObjectWriter(QByteArray &out)
        : m_out(out)
    {
    }

    int reserve()
    {
        m_offsets.append(-1);
        return int(m_offsets.size());
    }

    void object(int number, const QByteArray &body)
    {
        m_offsets[number - 1] = m_out.size();
        m_out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }

    void stream(int number, const QByteArray &dictionary, const QByteArray &data, bool compress = true)
    {
        if (compress)
            compressedStream(number, dictionary, deflate(data));
        else
            object(number, "<<" + dictionary + " /Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream");
    }

    void compressedStream(int number, const QByteArray &dictionary, const QByteArray &deflated)
    {
        object(number, "<<" + dictionary + " /Filter /FlateDecode /Length " + QByteArray::number(deflated.size()) + ">>\nstream\n" + deflated +
                           "\nendstream");
    }

    int addCompressedStream(const QByteArray &dictionary, const QByteArray &deflated)
    {
        const int n = reserve();
        compressedStream(n, dictionary, deflated);
        return n;
    }

    int add(const QByteArray &body)
    {
        const int n = reserve();
        object(n, body);
        return n;
    }

    int addStream(const QByteArray &dictionary, const QByteArray &data, bool compress = true)
    {
        const int n = reserve();
        stream(n, dictionary, data, compress);
        return n;
    }

    static QByteArray ref(int number) { return QByteArray::number(number) + " 0 R"; }
    // A zlib stream (FlateDecode) of data.
    static QByteArray deflate(const QByteArray &data);

    void finish(int root, int info, const QByteArray &id)
    {
        const qint64 xref = m_out.size();
        m_out += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (qint64 offset : qAsConst(m_offsets))
            m_out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " + ref(root) + " /Info " + ref(info) + " /ID [<" +
                 id + "> <" + id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    }

private:
    QByteArray &m_out;
    QVector<qint64> m_offsets;
};


