import type { UnitKind } from '../db/schema';

/** The demo province, "tỉnh Mai Sơn": invented, but shaped like a province after the 2025 reform. */
export interface DemoUnit {
  kind: UnitKind;
  name: string;
  shortName?: string;
  aliases?: string[];
  children?: DemoUnit[];
}

const dept = (
  name: string,
  shortName?: string,
  aliases: string[] = [],
  children: DemoUnit[] = [],
): DemoUnit => ({
  kind: 'department',
  name,
  ...(shortName ? { shortName } : {}),
  aliases,
  children,
});

const division = (name: string): DemoUnit => ({ kind: 'division', name });

const COMMUNES = [
  'An Phú',
  'Bình Minh',
  'Cẩm Sơn',
  'Đông Hòa',
  'Đồng Tâm',
  'Gia Lộc',
  'Hòa Bình',
  'Hương Sơn',
  'Kim Liên',
  'Lạc Thủy',
  'Long Hưng',
  'Minh Đức',
  'Nam Phong',
  'Nghĩa Đàn',
  'Ngọc Lâm',
  'Phú Xuân',
  'Phúc Thọ',
  'Quang Trung',
  'Quỳnh Lưu',
  'Sơn Tây',
  'Tân Lập',
  'Thạch Bàn',
  'Thanh Hà',
  'Thuận Thành',
  'Tiên Yên',
  'Trung Sơn',
  'Tường Vân',
  'Vạn Xuân',
  'Vĩnh Lộc',
  'Xuân Mai',
  'Yên Bình',
  'Yên Thế',
];
const WARDS = ['Mai Sơn', 'Bắc Hà', 'Nam Thành', 'Đông Xuyên'];

export const MAI_SON: DemoUnit = {
  kind: 'province',
  name: 'Ủy ban nhân dân tỉnh Mai Sơn',
  shortName: 'UBND tỉnh',
  children: [
    dept('Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', ['Văn phòng UBND tỉnh']),
    dept('Sở Nội vụ'),
    dept('Sở Tài chính'),
    dept('Sở Tư pháp'),
    dept('Sở Công Thương'),
    dept('Sở Xây dựng'),
    dept('Sở Nông nghiệp và Môi trường', 'Sở NN&MT'),
    dept(
      'Sở Khoa học và Công nghệ',
      'Sở KH&CN',
      ['Sở KHCN'],
      [
        division('Phòng Chuyển đổi số'),
        division('Phòng Quản lý khoa học'),
        division('Trung tâm Công nghệ thông tin và Truyền thông'),
      ],
    ),
    dept('Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL'),
    dept('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
    dept('Sở Y tế'),
    dept('Sở Dân tộc và Tôn giáo'),
    dept('Thanh tra tỉnh'),
    { kind: 'agency', name: 'Công an tỉnh' },
    { kind: 'agency', name: 'Bộ Chỉ huy Quân sự tỉnh' },
    { kind: 'agency', name: 'Báo và Phát thanh, Truyền hình Mai Sơn' },
    { kind: 'agency', name: 'Trung tâm Phục vụ hành chính công tỉnh' },
    { kind: 'party', name: 'Văn phòng Tỉnh ủy' },
    { kind: 'party', name: 'Ban Tổ chức Tỉnh ủy' },
    { kind: 'party', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    { kind: 'party', name: 'Ủy ban Kiểm tra Tỉnh ủy' },
    { kind: 'agency', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Ủy ban MTTQ tỉnh' },
    ...COMMUNES.map(
      (n): DemoUnit => ({ kind: 'commune', name: `Ủy ban nhân dân xã ${n}`, shortName: `UBND xã ${n}` }),
    ),
    ...WARDS.map(
      (n): DemoUnit => ({
        kind: 'commune',
        name: `Ủy ban nhân dân phường ${n}`,
        shortName: `UBND phường ${n}`,
      }),
    ),
  ],
};
