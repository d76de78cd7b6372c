// Interop peer for tests/integration/alerts/sqs/tst_sqs_interop.cpp: the official AWS SDK SQS client
// (@aws-sdk/client-sqs, JSON protocol, SigV4 with a session token) against our SqsQueueServer.
// Reads SQS_QUEUE_URL, SQS_ACCESS_KEY_ID, SQS_SECRET_KEY, SQS_SESSION_TOKEN from the environment; writes one JSON
// object per line to stdout. Waits for a line on stdin between the long-poll announcement and the poll result, so
// the C++ side decides when the message arrives.
import {
  SQSClient,
  SendMessageCommand,
  ReceiveMessageCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';

const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const queueUrl = process.env.SQS_QUEUE_URL;
const endpoint = new URL(queueUrl).origin;

const client = (secretAccessKey) =>
  new SQSClient({
    region: 'us-east-1',
    endpoint,
    credentials: {
      accessKeyId: process.env.SQS_ACCESS_KEY_ID,
      secretAccessKey,
      sessionToken: process.env.SQS_SESSION_TOKEN,
    },
    maxAttempts: 1,
  });

async function main() {
  const sqs = client(process.env.SQS_SECRET_KEY);

  for (const body of ['alpha', 'beta with spaces & <xml>', 'gamma ✓ unicode']) {
    const r = await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    out({ event: 'sent', id: r.MessageId, md5: r.MD5OfMessageBody });
  }

  const attrs = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  out({ event: 'attributes', visible: Number(attrs.Attributes.ApproximateNumberOfMessages) });

  const got = await sqs.send(new ReceiveMessageCommand({
    QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageSystemAttributeNames: ['All'] }));
  const messages = got.Messages ?? [];
  out({ event: 'received', bodies: messages.map((m) => m.Body), ids: messages.map((m) => m.MessageId),
    receiveCounts: messages.map((m) => Number(m.Attributes?.ApproximateReceiveCount ?? 0)) });

  const del = await sqs.send(new DeleteMessageBatchCommand({
    QueueUrl: queueUrl,
    Entries: messages.map((m, i) => ({ Id: `e${i}`, ReceiptHandle: m.ReceiptHandle })),
  }));
  out({ event: 'deleted', successful: (del.Successful ?? []).length, failed: (del.Failed ?? []).length });

  // Long poll on the now empty queue; the C++ side enqueues once the server reports the waiting poll.
  out({ event: 'polling' });
  const started = Date.now();
  const late = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 1, WaitTimeSeconds: 20 }));
  const lateMessages = late.Messages ?? [];
  out({ event: 'long-poll', bodies: lateMessages.map((m) => m.Body), ms: Date.now() - started });
  for (const m of lateMessages) {
    await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle }));
    out({ event: 'deleted-one' });
  }

  try {
    await client('wrong-secret').send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 0 }));
    out({ event: 'wrong-secret-accepted' });
  } catch (e) {
    out({ event: 'error', name: e.name, status: e.$metadata?.httpStatusCode ?? 0 });
  }
  out({ event: 'done' });
  sqs.destroy();
}

main().catch((e) => {
  out({ event: 'fatal', name: e.name, message: String(e.message) });
  process.exitCode = 1;
});
