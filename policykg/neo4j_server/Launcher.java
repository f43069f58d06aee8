// policykg's own Neo4j server: the Community DBMS with the Bolt connector on, and optionally the
// HTTP server with Neo4j Browser; started through Neo4j's own bootstrapper (no neo4j.conf needed).
//
// Usage:  java -cp CLASSES:LIB/*:BROWSER/* Launcher DATA_DIR [PORT [ADDRESS [HTTP_PORT]]]
//   DATA_DIR   Neo4j home (databases, transaction logs and logs/ go here)
//   PORT       Bolt port; 0 (the default) picks a free one
//   ADDRESS    listen address, 127.0.0.1 by default
//   HTTP_PORT  HTTP port of the web server and Neo4j Browser (/browser/); -1 (the default) = off,
//              0 picks a free one.  Browser's pages come from the neo4j-browser jar on the classpath.
// The password of user "neo4j" comes from the environment variable
// POLICYKG_NEO4J_PASSWORD (kept off the command line); unset or empty = auth disabled.
// POLICYKG_NEO4J_PASSWORD_SET=1 says an earlier start proved the store has it already.
//
// Transaction logs are not preallocated, rotate at 16 MiB and only the last two files are kept,
// so repeated loads do not fill the data folder.
//
// Prints "READY bolt://ADDRESS:PORT [http://ADDRESS:HTTP_PORT]" once Bolt accepts connections ("FAILED reason" if
// not).  Stops cleanly on SIGTERM/SIGINT or when stdin closes (so it dies with the process that started it).

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

public final class Launcher {
    private static final String PAGECACHE = "256m";
    // Bolt waits 5 s + 5 s for idle threads and connections on shutdown by default
    private static final String BOLT_SHUTDOWN_WAIT = "1s";

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: Launcher DATA_DIR [PORT [ADDRESS [HTTP_PORT]]]");
            System.exit(2);
        }
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.out.println("FAILED " + e + (root == e ? "" : " (cause: " + root + ")"));
            System.exit(1); // Neo4j's own threads would keep the JVM alive; the hook shuts down
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        String address = args.length > 2 ? args[2] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        if (port == 0) {
            port = freePort(address);
        }
        int httpPort = args.length > 3 ? Integer.parseInt(args[3]) : -1;
        if (httpPort == 0) {
            httpPort = freePort(address);
        }
        String password = System.getenv("POLICYKG_NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        boolean fresh = !Files.exists(home.resolve("data/databases/system"));
        if (auth && fresh) {
            setInitialPassword(home, password);
        }

        String bolt = address + ":" + port;
        Map<String, String> conf = new HashMap<>();
        conf.put(BoltConnector.enabled.name(), "true");
        conf.put(BoltConnector.listen_address.name(), bolt);
        // the routing table of neo4j:// URIs hands out this address
        conf.put(BoltConnector.advertised_address.name(), bolt);
        conf.put(GraphDatabaseSettings.default_listen_address.name(), address);
        conf.put(GraphDatabaseSettings.default_advertised_address.name(), address);
        conf.put(HttpConnector.enabled.name(), String.valueOf(httpPort > 0));
        if (httpPort > 0) {
            conf.put(HttpConnector.listen_address.name(), address + ":" + httpPort);
            conf.put(HttpConnector.advertised_address.name(), address + ":" + httpPort);
            // no usage data sent by Browser, and remote guides only from this server
            conf.put(ServerSettings.allow_telemetry.name(), "false");
            conf.put(ServerSettings.browser_remote_content_hostname_whitelist.name(), address);
        }
        conf.put(HttpsConnector.enabled.name(), "false");
        conf.put(GraphDatabaseSettings.auth_enabled.name(), String.valueOf(auth));
        conf.put(GraphDatabaseSettings.pagecache_memory.name(), PAGECACHE);
        conf.put(GraphDatabaseSettings.udc_enabled.name(), "false"); // no usage data to neo4j.com
        conf.put(GraphDatabaseSettings.preallocate_logical_logs.name(), "false");
        conf.put(GraphDatabaseSettings.logical_log_rotation_threshold.name(), "16m");
        conf.put(GraphDatabaseSettings.keep_logical_logs.name(), "2 files");
        conf.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time.name(), BOLT_SHUTDOWN_WAIT);
        conf.put(BoltConnectorInternalSettings.connection_shutdown_wait_time.name(), BOLT_SHUTDOWN_WAIT);

        NeoBootstrapper server = new CommunityBootstrapper();
        int status = server.start(home, null, conf, false, false);
        if (status != NeoBootstrapper.OK) {
            throw new IllegalStateException("Neo4j's bootstrapper returned " + status + " (see logs/neo4j.log)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            System.out.println("STOPPED");
        }, "policykg-shutdown"));
        DatabaseManagementService dbms = server.getDatabaseManagementService();
        if (auth && !fresh && System.getenv("POLICYKG_NEO4J_PASSWORD_SET") == null) {
            setPassword(dbms, password);
        }
        System.out.println("READY bolt://" + bolt + (httpPort > 0 ? " http://" + address + ":" + httpPort : ""));
        System.out.flush();
        waitForStdinClose(System.in);
    }

    /** A port that is free right now on {@code address}. */
    private static int freePort(String address) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return socket.getLocalPort();
        }
    }

    /** Before the first start: the password of user neo4j, as neo4j-admin set-initial-password does it. */
    private static void setInitialPassword(Path home, String password) throws Exception {
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(
                Config.defaults(GraphDatabaseSettings.neo4j_home, home));
        Files.deleteIfExists(file); // left by a start that failed early
        FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file,
                NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        users.start();
        users.create(new User("neo4j", null, SystemGraphCredential.createCredentialForPassword(
                password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
        users.shutdown();
    }

    /** After the first start: give user neo4j {@code password} (the same one again is fine). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** Block until stdin reaches end of file (or fails). */
    private static void waitForStdinClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input is ignored
            }
        } catch (IOException e) {
            // a broken stdin counts as closed
        }
    }
}
