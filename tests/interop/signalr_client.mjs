// The official ASP.NET Core SignalR JavaScript client (npm @microsoft/signalr) against Switchboard's Salto
// emulator, configured as Salto asks: WebSockets only with negotiation skipped, the JWT from accessTokenFactory
// (sent as a Bearer header under Node), automatic reconnect. Usage: node signalr_client.mjs <hub url> <token>.
// Prints JSON lines of what happened; stops cleanly when stdin closes.
import * as signalR from '@microsoft/signalr';

const [url, token] = process.argv.slice(2);
const say = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

const connection = new signalR.HubConnectionBuilder()
  .withUrl(url, {
    skipNegotiation: true,
    transport: signalR.HttpTransportType.WebSockets,
    accessTokenFactory: () => token,
  })
  .withAutomaticReconnect([0, 200, 500, 1000, 2000])
  .configureLogging(signalR.LogLevel.Warning)
  .build();

// The handler returns nothing: a returned value would be taken as a result the server never asked for.
connection.on('ReceiveMessage', (message) => {
  say({ event: 'message', type: typeof message, message });
});
connection.onreconnecting((error) => say({ event: 'reconnecting', error: error ? String(error.message ?? error) : null }));
connection.onreconnected((id) => say({ event: 'reconnected', connectionId: id ?? null }));
connection.onclose((error) => say({ event: 'closed', error: error ? String(error.message ?? error) : null }));

try {
  await connection.start();
  say({ event: 'connected', state: connection.state });
} catch (error) {
  say({ event: 'startFailed', error: String(error.message ?? error) });
  process.exit(1);
}

process.stdin.on('data', () => {});
process.stdin.on('end', async () => {
  await connection.stop();
  say({ event: 'stopped' });
  process.exit(0);
});
