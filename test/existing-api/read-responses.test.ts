// The response reader on items a hand-edited template may hold instead of a response object: read as an empty
// response (no status, no pattern), for lint to report, rather than a crash in the reader.
import { describe, expect, it } from '@jest/globals';
import {
  cloudFormationIntegrationResponseModel,
  cloudFormationMethodResponseModel,
} from '../../src/existing-api/read-responses.js';

describe('reading CloudFormation responses', () => {
  it('reads an item that is not an object as a response without status or pattern', () => {
    for (const item of ['404', null, [{ StatusCode: 404 }]]) {
      expect(cloudFormationIntegrationResponseModel(item)).toEqual({
        statusCode: '',
        selectionPattern: undefined,
        responseTemplates: {},
        responseParameters: {},
      });
      expect(cloudFormationMethodResponseModel(item)).toEqual({ statusCode: '', responseParameters: {} });
    }
  });

  it('reads a number status as text, an empty pattern as the default response, and a number pattern as text', () => {
    expect(cloudFormationIntegrationResponseModel({ StatusCode: 404, SelectionPattern: '' })).toMatchObject({
      statusCode: '404',
      selectionPattern: undefined,
    });
    expect(
      cloudFormationIntegrationResponseModel({ StatusCode: '500', SelectionPattern: 500 }),
    ).toMatchObject({
      statusCode: '500',
      selectionPattern: '500',
    });
  });
});
