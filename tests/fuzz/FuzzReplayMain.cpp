// SPDX-License-Identifier: GPL-3.0-or-later
// Replays a fuzz target's corpus without libFuzzer, so the ordinary test suite
// (any compiler) runs every seed and every saved regression input through the
// same LLVMFuzzerTestOneInput. Arguments are files or folders; without any, the
// corpus folder compiled in (RAYDECK_FUZZ_CORPUS) is used. A failing input
// aborts inside the target; the last "replaying" line names it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

QStringList inputFiles(const QStringList &roots)
{
    QStringList files;
    for (const QString &root : roots) {
        if (QFileInfo(root).isFile()) {
            files << root;
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList roots;
    for (int i = 1; i < argc; ++i)
        roots << QFile::decodeName(argv[i]);
    if (roots.isEmpty())
        roots << QStringLiteral(RAYDECK_FUZZ_CORPUS);

    const QStringList files = inputFiles(roots);
    if (files.isEmpty()) {
        std::fprintf(stderr, "no corpus files under %s\n", qPrintable(roots.join(QLatin1Char(' '))));
        return 1;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "replaying %s\n", qPrintable(path));
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
    }
    std::printf("%lld inputs replayed without a finding\n", static_cast<long long>(files.size()));
    return 0;
}
