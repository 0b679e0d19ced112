/** Every Vietnamese string the web app shows, in one place. */
export const vi = {
  appName: 'dondoc',
  tagline: 'Theo dõi, đôn đốc thực hiện nhiệm vụ theo văn bản chỉ đạo',
  checking: 'Đang kiểm tra hệ thống…',
  healthy: 'Hệ thống hoạt động bình thường',
  unreachable: 'Không kết nối được máy chủ. Vui lòng thử lại sau.',
  engine: { pglite: 'cơ sở dữ liệu nhúng (PGlite)', postgres: 'máy chủ PostgreSQL' } as Record<
    string,
    string
  >,
  migration: 'Phiên bản cơ sở dữ liệu',
};
