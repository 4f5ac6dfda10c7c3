package graphaid.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community with its Bolt connector on 127.0.0.1:PORT, authentication off, data under DIR.
 *
 * <p>Usage: {@code java [flags] -cp ... graphaid.launcher.Neo4jLauncher --port N --data DIR [--pagecache-mb M]
 * [--password P] [--config FILE]}. With {@code --password} authentication is on and user {@code neo4j} has
 * password P; {@code --config} reads more settings from a neo4j.conf file.
 * Prints {@code bolt://127.0.0.1:PORT} once the default database is available and runs until SIGTERM or SIGINT,
 * which shut Neo4j down cleanly (a shutdown hook). tools/neo4j_server.py gives the JVM flags Neo4j needs.
 */
public final class Neo4jLauncher {
    private static final String USAGE =
            "use --port N --data DIR [--pagecache-mb M] [--password P] [--config neo4j.conf]";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        int port = 7687;
        Path data = Path.of("neo4j-data");
        long pagecacheMb = 128;
        String password = null;
        Path config = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--data" -> data = Path.of(require(args[i], value));
                case "--pagecache-mb" -> pagecacheMb = Long.parseLong(require(args[i], value));
                case "--password" -> password = require(args[i], value);
                case "--config" -> config = Path.of(require(args[i], value));
                default -> fail("unknown argument " + args[i] + "; " + USAGE);
            }
            i++;
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data.toAbsolutePath());
        if (config != null) {
            builder.loadPropertiesFromFile(config); // first: the settings below are the launcher's own
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                // a clean stop otherwise waits 5 s twice for Bolt connections and threads that are already gone
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown(); // flushes the page cache and closes the transaction logs
            stopped.countDown();
        }, "graphaid-neo4j-shutdown"));
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
            fail("the database did not become available within 5 minutes");
        }
        if (password != null) {
            // the embedded API runs with full rights: set the password and skip the change asked at first login
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        System.out.println("bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static String require(String flag, String value) {
        if (value == null) {
            fail(flag + " needs a value");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
