// A real graphql-transport-ws server (npm graphql-ws v5 on ws, schema from graphql) for the interop test of
// Switchboard's GraphQL WebSocket client. Prints JSON lines: {"port":N} once listening, then what it saw.
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import { buildSchema } from 'graphql';

const schema = buildSchema(`
  input NewEventInput { chainCode: String! offset: String hotelCode: String delta: Boolean }
  type Metadata { offset: String! uniqueEventId: String! }
  type EventDetail { elementName: String! oldValue: String newValue: String scopeFrom: String scopeTo: String
                     elementType: String elementRole: String }
  type EventHeader { metadata: Metadata! moduleName: String! eventName: String! primaryKey: String!
                     hotelId: String timestamp: String publisherId: String detail: [EventDetail]! }
  type Query { hello: String }
  type Subscription { newEvent(input: NewEventInput!): EventHeader! }
`);

const say = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

const roots = {
  query: { hello: () => 'world' },
  subscription: {
    newEvent: async function* (args) {
      const first = Number(args.input.offset ?? '1');
      for (let i = 0; i < 3; i++) {
        const offset = String(first + i);
        yield {
          newEvent: {
            metadata: { offset, uniqueEventId: `interop-${offset}` },
            moduleName: 'FrontDesk',
            eventName: 'CHECK IN',
            primaryKey: `8100${offset}`,
            hotelId: `${args.input.chainCode}LON`,
            timestamp: '2026-11-22T12:00:00.000Z',
            publisherId: 'OPERA',
            detail: [{ elementName: 'RoomNumber', oldValue: '', newValue: `4${offset}` }],
          },
        };
        await new Promise((r) => setTimeout(r, 20));
      }
      // Returning ends the operation: the server sends complete.
    },
  },
};

// localhost unless the test names a loopback address (SB_INTEROP_HOST=::1 plays Node 18 on Debian).
const wss = new WebSocketServer({ port: 0, host: process.env.SB_INTEROP_HOST || 'localhost', path: '/graphql' });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    try {
      say({ received: JSON.parse(String(data)) });
    } catch {
      say({ received: String(data) });
    }
  });
  // A server-side protocol ping, as OHIP sends: the client must answer with pong at once.
  setTimeout(() => socket.readyState === 1 && socket.send(JSON.stringify({ type: 'ping' })), 150);
});
useServer(
  {
    schema,
    roots,
    onConnect: (ctx) => {
      const ok = ctx.connectionParams?.Authorization === 'Bearer interop-token';
      say({ onConnect: ok });
      return ok; // false: graphql-ws closes with 4403 Forbidden
    },
    onComplete: (_ctx, msg) => say({ onComplete: msg.id }),
  },
  wss,
);
wss.on('listening', () => say({ port: wss.address().port }));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
