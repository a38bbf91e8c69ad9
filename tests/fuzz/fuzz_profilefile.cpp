// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: loading a profiles file.
//
// ProfileJson::decode() must take any bytes; what it reads must encode and
// decode again to the same profiles, with no problems reported. The same bytes
// are then loaded through ProfileStore from a throwaway folder (locking, moving
// unreadable files aside, migrating): that must not crash, and a second load of
// whatever the first left behind must give the same profiles.
#include "FuzzCheck.h"
#include "profiles/ProfileJson.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir directory;
    return directory;
}

void clearFolder()
{
    QDir dir(folder().path());
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries)
        dir.remove(entry);
}

void checkDecodeRoundTrip(const QByteArray &input)
{
    const ProfileFileContents contents = ProfileJson::decode(input);
    if (contents.status == ProfileFileContents::Status::Corrupt) {
        Fuzz::check(contents.profiles.isEmpty(), "a corrupt file yielded profiles");
        Fuzz::check(!contents.problems.isEmpty(), "a corrupt file without a reason");
        return;
    }
    const QByteArray encoded = ProfileJson::encode(contents.profiles);
    const ProfileFileContents again = ProfileJson::decode(encoded);
    Fuzz::check(again.status == ProfileFileContents::Status::Ok, "re-encoded profiles are not Ok",
                QString::fromUtf8(encoded));
    Fuzz::check(again.problems.isEmpty(), "re-encoded profiles have problems", again.problems.join(u'\n'));
    Fuzz::check(again.profiles == contents.profiles, "re-encoded profiles differ", QString::fromUtf8(encoded));
}

void checkStoreLoad(const QByteArray &input)
{
    if (!folder().isValid())
        Fuzz::fail("no temporary directory");
    clearFolder();
    const QString path = folder().path() + u"/profiles.json"_s;
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the profiles file");
        file.write(input);
    }
    ProfileStore first(path);
    first.setLockTimeout(std::chrono::milliseconds(2000));
    const Result<void> loaded = first.load();
    Fuzz::check(loaded.isOk(), "loading a readable file failed", loaded ? QString() : loaded.error().message());

    ProfileStore second(path);
    second.setLockTimeout(std::chrono::milliseconds(2000));
    const Result<void> reloaded = second.load();
    Fuzz::check(reloaded.isOk(), "reloading failed", reloaded ? QString() : reloaded.error().message());
    Fuzz::check(second.profiles() == first.profiles(), "a second load gives different profiles");
    clearFolder();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDecodeRoundTrip(input);
    checkStoreLoad(input);
    return 0;
}
