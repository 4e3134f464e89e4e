package org.paperboy.deliver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback SMTP server that refuses recipients by the reply code mapped to their local part, so
 * the mailer's reading of real 4xx and 5xx replies can be checked; GreenMail accepts everyone. A reply
 * starting with {@link #AT_DATA} accepts the recipient and refuses the message at the end of DATA, as
 * servers do for size and content. Two special replies inject faults at DATA: {@link #DROP} hangs up in
 * the middle of the message, and {@link #STALL} takes the message and never answers.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    static final String DROP = "DROP";
    static final String STALL = "STALL";
    static final String AT_DATA = "DATA ";

    private final ServerSocket socket;
    private final Map<String, String> rcptReplies;
    private final int maxPerConnection;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    ScriptedSmtpServer(Map<String, String> rcptReplies) throws IOException {
        this(rcptReplies, Integer.MAX_VALUE);
    }

    /** After {@code maxPerConnection} mails the server answers 421 and hangs up, as some providers do. */
    ScriptedSmtpServer(Map<String, String> rcptReplies, int maxPerConnection) throws IOException {
        this.rcptReplies = rcptReplies;
        this.maxPerConnection = maxPerConnection;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    int connections() {
        return connections.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        connections.incrementAndGet();
        int mails = 0;
        String fault = "";
        reply(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 scripted");
            } else if (command.startsWith("MAIL") && mails >= maxPerConnection) {
                reply(out, "421 4.7.0 too many messages on one connection");
                return;
            } else if (command.startsWith("RCPT")) {
                String rcpt = line;
                String answer = rcptReplies.entrySet().stream().filter(e -> rcpt.contains(e.getKey() + "@"))
                        .map(Map.Entry::getValue).findFirst().orElse("250 OK");
                fault = answer.equals(DROP) || answer.equals(STALL) || answer.startsWith(AT_DATA) ? answer : "";
                reply(out, fault.isEmpty() ? answer : "250 OK");
            } else if (command.startsWith("DATA")) {
                reply(out, "354 go ahead");
                if (fault.equals(DROP)) {
                    in.readLine();
                    return;
                }
                while (!".".equals(in.readLine())) {
                    // the message body is not needed here
                }
                if (fault.startsWith(AT_DATA)) {
                    reply(out, fault.substring(AT_DATA.length()));
                    continue;
                }
                accepted.incrementAndGet();
                mails++;
                if (fault.equals(STALL)) {
                    // took the message, never says so: wait until the client gives up and hangs up
                    while (in.read() >= 0) {
                        // drain
                    }
                    return;
                }
                reply(out, "250 queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
