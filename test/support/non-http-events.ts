// Events of non-HTTP sources, shaped like the samples in the Lambda developer guide ("Using Lambda with
// Amazon SQS / S3 / DynamoDB / EventBridge / SNS", and EventBridge Scheduler's scheduled event).
import type {
  DynamoDBStreamEvent,
  EventBridgeEvent,
  S3Event,
  ScheduledEvent,
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

/** Each non-HTTP event with the source name the warning should give. */
export const NON_HTTP_EVENTS: ReadonlyArray<readonly [string, () => object, string]> = [
  ['SQS', sqsEvent, 'aws:sqs'],
  ['S3', s3Event, 'aws:s3'],
  ['DynamoDB stream', dynamoDbStreamEvent, 'aws:dynamodb'],
  ['SNS', snsEvent, 'aws:sns'],
  ['EventBridge', eventBridgeEvent, 'com.example.orders OrderPlaced'],
  ['scheduled', scheduledEvent, 'aws.events Scheduled Event'],
];
