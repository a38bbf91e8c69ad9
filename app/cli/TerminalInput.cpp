// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalInput.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace RayDeck::TerminalInput {

bool isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

SecureBytes readHiddenLine(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray data;
    char c = 0;
    // Byte by byte from the descriptor: no stdio buffer keeps a copy of the secret.
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        data.append(c);
    c = 0;
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    SecureBytes secret(data);
    wipe(data);
    return secret;
}

SecureBytes readAllStandardInput()
{
    QByteArray data;
    QFile input;
    if (input.open(fileno(stdin), QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        data = input.readAll();
        input.close();
    }
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    SecureBytes secret(data);
    wipe(data);
    return secret;
}

} // namespace RayDeck::TerminalInput
