// Events of non-HTTP sources, shaped like the samples in the Lambda developer guide ("Using Lambda with
// Amazon SQS / S3 / DynamoDB / Kinesis / EventBridge / SNS / MSK / self-managed Apache Kafka / Amazon MQ /
// DocumentDB / Firehose / CloudWatch Logs", the Cognito user pool trigger reference, and EventBridge
// Scheduler's scheduled event), with our own values.
import type {
  CloudWatchLogsEvent,
  DynamoDBStreamEvent,
  EventBridgeEvent,
  FirehoseTransformationEvent,
  KinesisStreamEvent,
  MSKEvent,
  PreSignUpTriggerEvent,
  S3Event,
  ScheduledEvent,
  SelfManagedKafkaEvent,
  SNSEvent,
  SQSEvent,
} from 'aws-lambda';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

export function sqsEvent(): SQSEvent {
  return {
    Records: [
      {
        messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
        receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
        body: '{"orderId":"42"}',
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '1545082649183',
          SenderId: 'AIDAIENQZJOLO23YVJ4VO',
          ApproximateFirstReceiveTimestamp: '1545082649185',
        },
        messageAttributes: {},
        md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders`,
        awsRegion: REGION,
      },
    ],
  };
}

export function s3Event(): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: REGION,
        eventTime: '2019-09-03T19:37:27.192Z',
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
        requestParameters: { sourceIPAddress: '205.255.255.255' },
        responseElements: {
          'x-amz-request-id': 'D82B88E5F771F645',
          'x-amz-id-2': 'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=',
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: '828aa6fc-f7b5-4305-8584-487c791949c1',
          bucket: {
            name: 'orders-inbox',
            ownerIdentity: { principalId: 'A3I5XTEXAMAI3E' },
            arn: 'arn:aws:s3:::orders-inbox',
          },
          object: {
            key: 'order-42.json',
            size: 1305107,
            eTag: 'b21b84d653bb07b05b1e6b33684dc11b',
            sequencer: '0C0F6F405D6ED209E1',
          },
        },
      },
    ],
  };
}

export function dynamoDbStreamEvent(): DynamoDBStreamEvent {
  return {
    Records: [
      {
        eventID: '1',
        eventVersion: '1.0',
        dynamodb: {
          Keys: { Id: { N: '101' } },
          NewImage: { Message: { S: 'New item!' }, Id: { N: '101' } },
          StreamViewType: 'NEW_AND_OLD_IMAGES',
          SequenceNumber: '111',
          SizeBytes: 26,
        },
        awsRegion: REGION,
        eventName: 'INSERT',
        eventSourceARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders/stream/2015-06-27T00:48:05.899`,
        eventSource: 'aws:dynamodb',
      },
    ],
  };
}

export function snsEvent(): SNSEvent {
  return {
    Records: [
      {
        EventVersion: '1.0',
        EventSubscriptionArn: `arn:aws:sns:${REGION}:${ACCOUNT}:orders:c9135db0-26c4-47ec-8998-413945fb5a96`,
        EventSource: 'aws:sns',
        Sns: {
          SignatureVersion: '1',
          Timestamp: '2019-01-02T12:45:07.000Z',
          Signature: 'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==',
          SigningCertUrl:
            'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem',
          MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
          Message: 'Hello from SNS!',
          MessageAttributes: {},
          Type: 'Notification',
          UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
          TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:orders`,
          Subject: 'TestInvoke',
        },
      },
    ],
  };
}

export function eventBridgeEvent(): EventBridgeEvent<'OrderPlaced', { orderId: string }> {
  return {
    version: '0',
    id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': 'OrderPlaced',
    source: 'com.example.orders',
    account: ACCOUNT,
    time: '2017-12-22T18:43:48Z',
    region: REGION,
    resources: [],
    detail: { orderId: '42' },
  };
}

export function scheduledEvent(): ScheduledEvent {
  return {
    version: '0',
    id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: ACCOUNT,
    time: '2019-10-08T16:53:06Z',
    region: REGION,
    resources: [`arn:aws:events:${REGION}:${ACCOUNT}:rule/nightly`],
    detail: {},
  };
}

export function kinesisEvent(): KinesisStreamEvent {
  return {
    Records: [
      {
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: 'order-42',
          sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
          data: Buffer.from('{"orderId":"42"}').toString('base64'),
          approximateArrivalTimestamp: 1545084650.987,
        },
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventID: 'shardId-000000000006:49590338271490256608559692538361571095921575989136588898',
        eventName: 'aws:kinesis:record',
        invokeIdentityArn: `arn:aws:iam::${ACCOUNT}:role/orders-consumer`,
        awsRegion: REGION,
        eventSourceARN: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/orders`,
      },
    ],
  };
}

function kafkaRecord(topic: string) {
  return {
    topic,
    partition: 0,
    offset: 15,
    timestamp: 1545084650987,
    timestampType: 'CREATE_TIME' as const,
    key: Buffer.from('order-42').toString('base64'),
    value: Buffer.from('{"orderId":"42"}').toString('base64'),
    headers: [{ source: [111, 114, 100, 101, 114, 115] }],
  };
}

export function mskEvent(): MSKEvent {
  return {
    eventSource: 'aws:kafka',
    eventSourceArn: `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/orders/a1b2c3d4-5678-90ab-cdef-11111EXAMPLE-1`,
    bootstrapServers:
      'b-2.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9092,b-1.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9092',
    records: { 'orders-0': [kafkaRecord('orders')] },
  };
}

export function selfManagedKafkaEvent(): SelfManagedKafkaEvent {
  return {
    eventSource: 'SelfManagedKafka',
    bootstrapServers: 'kafka-1.internal.example.com:9092,kafka-2.internal.example.com:9092',
    records: { 'orders-0': [kafkaRecord('orders')] },
  };
}

export function amazonMqEvent() {
  return {
    eventSource: 'aws:mq',
    eventSourceArn: `arn:aws:mq:${REGION}:${ACCOUNT}:broker:orders-broker:b-9bcfa592-423a-4942-879d-eb284b418fc8`,
    messages: [
      {
        messageID:
          'ID:b-9bcfa592-423a-4942-879d-eb284b418fc8-1.mq.us-east-1.amazonaws.com-37557-1234520418293-4:1:1:1:1',
        messageType: 'jms/text-message',
        deliveryMode: 1,
        replyTo: null,
        type: null,
        expiration: '60000',
        priority: 1,
        correlationId: 'order-42',
        redelivered: false,
        destination: { physicalName: 'orders' },
        data: Buffer.from('{"orderId":"42"}').toString('base64'),
        timestamp: 1598827811958,
        brokerInTime: 1598827811958,
        brokerOutTime: 1598827811959,
        properties: { index: '1' },
      },
    ],
  };
}

export function rabbitMqEvent() {
  return {
    eventSource: 'aws:rmq',
    eventSourceArn: `arn:aws:mq:${REGION}:${ACCOUNT}:broker:orders-rabbit:b-9bcfa592-423a-4942-879d-eb284b418fc8`,
    rmqMessagesByQueue: {
      'orders::/': [
        {
          basicProperties: {
            contentType: 'application/json',
            contentEncoding: null,
            headers: { 'x-retries': 0 },
            deliveryMode: 1,
            priority: 34,
            correlationId: null,
            replyTo: null,
            expiration: '60000',
            messageId: null,
            timestamp: 'Jan 1, 1970, 12:33:41 AM',
            type: null,
            userId: 'AIDACKCEVSQ6C2EXAMPLE',
            appId: null,
            clusterId: null,
            bodySize: 80,
          },
          redelivered: false,
          data: Buffer.from('{"orderId":"42"}').toString('base64'),
        },
      ],
    },
  };
}

export function documentDbEvent() {
  return {
    eventSourceArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-docdb`,
    events: [
      {
        event: {
          _id: { _data: '0163eeb6e7000000090100000009000041e1' },
          clusterTime: { $timestamp: { t: 1676588775, i: 9 } },
          documentKey: { _id: { $oid: '63eeb6e7d418cd98afb1c1d7' } },
          fullDocument: { _id: { $oid: '63eeb6e7d418cd98afb1c1d7' }, orderId: '42' },
          ns: { db: 'shop', coll: 'orders' },
          operationType: 'insert',
        },
      },
    ],
    eventSource: 'aws:docdb',
  };
}

export function firehoseEvent(): FirehoseTransformationEvent {
  return {
    invocationId: 'invoked123',
    deliveryStreamArn: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`,
    region: REGION,
    records: [
      {
        recordId: '49546986683135544286507457936321625675700192471156785154',
        approximateArrivalTimestamp: 1495072949453,
        data: Buffer.from('{"orderId":"42"}').toString('base64'),
      },
    ],
  };
}

export function cloudWatchLogsEvent(): CloudWatchLogsEvent {
  return {
    awslogs: {
      data: 'H4sIAAAAAAAAAHWPwQqCQBCGX0Xm7EFtK+smZBEUgXoLCdMhFtKV3akI8d0bLYmibvPPN3wz00CJxmQnTO41whwWQRIctmEcB6sQbFC3CjW3XW8kxpOpP+OC22d1Wml1qZkQGtoMsScxaczKN3plG8zlaHIta5KqWsozoTYw3/djzwhpLwivWFGHGpAFe7DL68JlBUk+l7KSN7tCOEJ4M3/qOI49vMHj+zCKdlFqLaU2ZHV2a4Ct/an0/ivdX8oYc1UVX860fQDQiMdxRQEAAA==',
    },
  };
}

export function cognitoPreSignUpEvent(): PreSignUpTriggerEvent {
  return {
    version: '1',
    region: REGION,
    userPoolId: `${REGION}_EXAMPLE1`,
    userName: 'obrien',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '1example23456789' },
    triggerSource: 'PreSignUp_SignUp',
    request: {
      userAttributes: { email: 'obrien@example.com', name: "Siobhan O'Brien" },
      validationData: {},
    },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  };
}

/** What `aws lambda invoke --payload` or a Step Functions task sends: the caller's own JSON. */
export function directInvocation() {
  return { orderId: '42', action: 'refund' };
}

/**
 * An asynchronous invocation's record sent to a Lambda destination: it has a `requestContext`, but no
 * HTTP method.
 */
export function destinationRecord() {
  return {
    version: '1.0',
    timestamp: '2019-11-14T18:16:05.568Z',
    requestContext: {
      requestId: 'e4b46cbf-b738-xmpl-8880-a18cdf61200e',
      functionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders:$LATEST`,
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    },
    requestPayload: { orderId: '42' },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: {
      errorMessage:
        'RequestId: e4b46cbf-b738-xmpl-8880-a18cdf61200e Process exited before completing request',
    },
  };
}

/** Each non-HTTP event with the source name the warning should give. */
export const NON_HTTP_EVENTS: ReadonlyArray<readonly [string, () => unknown, string]> = [
  ['SQS', sqsEvent, 'aws:sqs'],
  ['S3', s3Event, 'aws:s3'],
  ['DynamoDB stream', dynamoDbStreamEvent, 'aws:dynamodb'],
  ['Kinesis', kinesisEvent, 'aws:kinesis'],
  ['SNS', snsEvent, 'aws:sns'],
  ['EventBridge', eventBridgeEvent, 'com.example.orders OrderPlaced'],
  ['scheduled', scheduledEvent, 'aws.events Scheduled Event'],
  ['MSK', mskEvent, 'aws:kafka'],
  ['self-managed Kafka', selfManagedKafkaEvent, 'SelfManagedKafka'],
  ['Amazon MQ', amazonMqEvent, 'aws:mq'],
  ['RabbitMQ', rabbitMqEvent, 'aws:rmq'],
  ['DocumentDB', documentDbEvent, 'aws:docdb'],
  [
    'DocumentDB without eventSource',
    () => {
      const { eventSource: _, ...event } = documentDbEvent();
      return event;
    },
    'DocumentDB',
  ],
  ['Firehose', firehoseEvent, 'Firehose'],
  ['CloudWatch Logs', cloudWatchLogsEvent, 'CloudWatch Logs'],
  ['Cognito trigger', cognitoPreSignUpEvent, 'Cognito PreSignUp_SignUp'],
  ['direct invocation', directInvocation, 'an event of no known source'],
  ['Lambda destination record', destinationRecord, 'an event of no known source'],
  ['direct invocation with a list of events', () => ({ events: [{ id: 1 }] }), 'an event of no known source'],
  ['empty object', () => ({}), 'an event of no known source'],
  ['null', () => null, 'a null event'],
  ['string', () => 'GET /orders', 'a string event'],
  ['array', () => [1, 2], 'an event of no known source'],
];
