import { describe, expect, it } from 'vitest';
import {
  directiveListSearch,
  loginSearch,
  matrixSearch,
  queuesSearch,
  reportSearch,
  searchSearch,
  workSearch,
} from './search-params';

describe('the filters a list keeps in its URL', () => {
  it('reads the work list’s filters back as they were set', () => {
    expect(
      workSearch({
        color: 'red',
        flag: 'due_soon',
        timeliness: 'open_overdue',
        programme: 'Đề án 06',
        unitId: 12,
        lead: true,
        directiveId: '4',
        q: 'chuyển đổi số',
        sort: '-due',
        page: 3,
      }),
    ).toEqual({
      color: 'red',
      flag: 'due_soon',
      timeliness: 'open_overdue',
      programme: 'Đề án 06',
      unitId: 12,
      lead: true,
      directiveId: 4,
      q: 'chuyển đổi số',
      sort: '-due',
      page: 3,
    });
  });

  it('drops what is not of its kind instead of failing: a pasted or edited link still opens', () => {
    expect(
      workSearch({
        color: 'blue',
        unitId: 'abc',
        page: 0,
        sort: 'random',
        lead: 'yes',
        directiveId: 1.5,
        q: '',
      }),
    ).toEqual({});
    expect(directiveListSearch({ status: 'deleted', year: 'x', page: -1 })).toEqual({});
    expect(queuesSearch({ tab: 'users' })).toEqual({});
    expect(matrixSearch({ page: '2' })).toEqual({ page: 2 });
  });

  it('reads searched words back as text, even when the router took them for a number', () => {
    // ?q=2026 arrives as the number 2026
    expect(searchSearch({ q: 2026 })).toEqual({ q: '2026' });
    expect(directiveListSearch({ q: 125, status: 'draft', year: 2026 })).toEqual({
      q: '125',
      status: 'draft',
      year: 2026,
    });
  });

  it('keeps the queue’s tab and the login’s way back', () => {
    expect(queuesSearch({ tab: 'extensions' })).toEqual({ tab: 'extensions' });
    expect(loginSearch({ redirect: '/danh-sach?color=red' })).toEqual({ redirect: '/danh-sach?color=red' });
    expect(loginSearch({ redirect: 5 })).toEqual({});
  });

  it('keeps the periodic report’s period and scope, dropping what is not one', () => {
    // ?period=2025 arrives as the number 2025
    expect(reportSearch({ period: 2025, unitId: '4', withChildren: 'true' })).toEqual({
      period: '2025',
      unitId: 4,
      withChildren: true,
    });
    expect(reportSearch({ period: '2025-Q1', directiveId: 7 })).toEqual({
      period: '2025-Q1',
      directiveId: 7,
    });
    expect(reportSearch({ period: '2025-13', from: '1/1/2025', to: '2025-03-31' })).toEqual({
      to: '2025-03-31',
    });
  });
});
