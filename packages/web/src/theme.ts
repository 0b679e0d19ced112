import type { ThemeConfig } from 'antd';

/**
 * The one theme. Ant Design's default greys, link blue and light tag colours fall below the
 * WCAG 2.1 AA contrast of 4.5:1 on white (axe counted over a hundred failures): darker shades here.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    // secondary text, descriptions, labels of statistics: #595959 (7:1) instead of #8c8c8c (3.4:1)
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorLink: '#0958d9',
    colorLinkHover: '#1677ff',
    colorLinkActive: '#003eb3',
    // the text of light tags (status, flags) takes the shade 7 of its colour: darker ones
    // (both spellings: they share one CSS variable, and the deprecated one would win)
    gold7: '#874d00',
    'gold-7': '#874d00',
    green7: '#237804',
    'green-7': '#237804',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    volcano7: '#ad2102',
    'volcano-7': '#ad2102',
    lime7: '#3f6600',
    'lime-7': '#3f6600',
    cyan7: '#006d75',
    'cyan-7': '#006d75',
    // danger buttons and error text: #cf1322 (5.6:1) instead of #ff4d4f (3.3:1)
    colorError: '#cf1322',
    // every screen's title is its one h1, drawn at the size the titles had as h3
    fontSizeHeading1: 24,
  },
};
