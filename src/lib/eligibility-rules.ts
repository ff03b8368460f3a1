// The rules behind "Tôi dùng được gì?" / "What can I use?", as data. Every rule names the
// registry documents it rests on; every fact comes from the fact sheet (§4.2 account levels,
// §4.3 documented benefits) and the benefit entries in content/benefits/. Where the sources do not
// say whether level 2 is needed, the rule says so ('level-unknown') instead of guessing.
import type { Citation, RuleSet } from './eligibility.ts';

/** Decree 69/2024, Article 7: who may hold which account level (fact sheet §4.2, HIGH). */
const ARTICLE_7: Citation = { doc: 'nd-69-2024', part: { vi: 'Điều 7', en: 'Article 7' } };

const LEVEL_2 = { vi: 'tài khoản định danh điện tử mức độ 2', en: 'a level-2 electronic identity account' };
const ANY_ACCOUNT = { vi: 'tài khoản định danh điện tử', en: 'an electronic identity account' };
const ORGANISATION_ACCOUNT = {
  vi: 'tài khoản định danh điện tử của tổ chức',
  en: "the organisation's electronic identity account",
};

export const ELIGIBILITY_RULES: RuleSet = {
  accounts: [
    {
      id: 'citizen-14-plus',
      who: 'citizen',
      minAge: 14,
      cards: ['cccd', 'the-can-cuoc'],
      level1: 'yes',
      level2: 'yes',
      label: { vi: 'Công dân Việt Nam từ 14 tuổi trở lên', en: 'Vietnamese citizens aged 14 and over' },
      needs: {
        vi: 'thẻ căn cước công dân (CCCD) hoặc thẻ căn cước, còn hạn',
        en: 'a valid citizen identity card (CCCD) or identity card (thẻ căn cước)',
      },
      says: {
        vi: 'Công dân từ 14 tuổi có thẻ CCCD hoặc thẻ căn cước còn hạn được cấp tài khoản mức độ 1 và mức độ 2.',
        en: 'Citizens aged 14 and over with a valid CCCD or identity card can get a level-1 and a level-2 account.',
      },
      cites: [ARTICLE_7],
    },
    {
      id: 'citizen-6-to-13',
      who: 'citizen',
      minAge: 6,
      maxAge: 14,
      cards: ['the-can-cuoc'],
      level1: 'on-request',
      level2: 'on-request',
      label: { vi: 'Công dân từ 6 đến dưới 14 tuổi', en: 'Citizens aged 6 to under 14' },
      needs: { vi: 'thẻ căn cước', en: 'an identity card (thẻ căn cước)' },
      says: {
        vi: 'Công dân từ 6 đến dưới 14 tuổi có thẻ căn cước được cấp tài khoản mức độ 1 và mức độ 2 nếu có yêu cầu.',
        en: 'Citizens aged 6 to under 14 with an identity card (thẻ căn cước) can get a level-1 and a level-2 account on request.',
      },
      cites: [ARTICLE_7],
    },
    {
      id: 'citizen-under-6',
      who: 'citizen',
      maxAge: 6,
      level1: 'on-request',
      level2: 'no',
      label: { vi: 'Công dân dưới 6 tuổi', en: 'Citizens under 6' },
      says: {
        vi: 'Công dân dưới 6 tuổi được cấp tài khoản mức độ 1 nếu có yêu cầu. Điều 7 chỉ nêu mức độ 1 cho nhóm tuổi này.',
        en: 'Citizens under 6 can get a level-1 account on request. Article 7 names level 1 only for this age group.',
      },
      cites: [ARTICLE_7],
    },
    {
      id: 'foreigner-6-plus',
      who: 'foreigner',
      minAge: 6,
      cards: ['residence-card'],
      level1: 'on-request',
      level2: 'on-request',
      label: { vi: 'Người nước ngoài từ 6 tuổi trở lên', en: 'Foreigners aged 6 and over' },
      needs: {
        vi: 'thẻ thường trú hoặc thẻ tạm trú tại Việt Nam',
        en: 'a Vietnamese permanent or temporary residence card',
      },
      says: {
        vi: 'Người nước ngoài từ 6 tuổi có thẻ thường trú hoặc thẻ tạm trú tại Việt Nam được cấp tài khoản mức độ 1 và mức độ 2 nếu có yêu cầu.',
        en: 'Foreigners aged 6 and over with a Vietnamese permanent or temporary residence card can get a level-1 and a level-2 account on request.',
      },
      cites: [ARTICLE_7],
    },
    {
      id: 'foreigner-under-6',
      who: 'foreigner',
      maxAge: 6,
      cards: ['residence-card'],
      level1: 'yes',
      level2: 'no',
      label: { vi: 'Người nước ngoài dưới 6 tuổi', en: 'Foreigners under 6' },
      needs: {
        vi: 'thẻ thường trú hoặc thẻ tạm trú tại Việt Nam',
        en: 'a Vietnamese permanent or temporary residence card',
      },
      says: {
        vi: 'Người nước ngoài dưới 6 tuổi được cấp tài khoản mức độ 1. Điều 7 chỉ nêu mức độ 1 cho nhóm tuổi này.',
        en: 'Foreigners under 6 can get a level-1 account. Article 7 names level 1 only for this age group.',
      },
      cites: [ARTICLE_7],
    },
    {
      // The sources list "under 6: level 1" inside the sentence on foreigners with a residence
      // card; whether a child without the card qualifies is not settled, so it shows unconfirmed.
      id: 'foreigner-under-6-no-card',
      who: 'foreigner',
      maxAge: 6,
      cards: ['none'],
      level1: 'yes',
      level2: 'no',
      confirmed: false,
      label: {
        vi: 'Người nước ngoài dưới 6 tuổi, không có thẻ thường trú hoặc tạm trú',
        en: 'Foreigners under 6 without a residence card',
      },
      says: {
        vi: 'Điều 7 cấp tài khoản mức độ 1 cho người nước ngoài dưới 6 tuổi. Điều 7 chỉ nêu mức độ 1 cho nhóm tuổi này.',
        en: 'Article 7 gives a level-1 account to foreigners under 6. It names level 1 only for this age group.',
      },
      note: {
        vi: 'Các nguồn đã đọc không nói rõ trẻ có cần thẻ thường trú hoặc thẻ tạm trú hay không.',
        en: 'The sources we read do not say whether the child needs a residence card.',
      },
      cites: [ARTICLE_7],
    },
    {
      id: 'organisation',
      who: 'organisation',
      single: true,
      label: { vi: 'Cơ quan, tổ chức, doanh nghiệp', en: 'Agencies, organisations and businesses' },
      says: {
        vi: 'Mỗi cơ quan, tổ chức được cấp một tài khoản định danh điện tử. Tài khoản này không chia mức độ.',
        en: 'Each agency or organisation gets one electronic identity account. It has no levels.',
      },
      cites: [ARTICLE_7],
    },
  ],
  uses: [
    {
      id: 'mot-tai-khoan',
      benefit: 'mot-tai-khoan-dich-vu-cong',
      audience: ['citizen', 'foreigner'],
      routes: [{ id: 'account', account: 'level-unknown', needs: ANY_ACCOUNT }],
      says: {
        vi: 'Từ 01/07/2024, tài khoản định danh điện tử là tài khoản duy nhất để làm dịch vụ công trực tuyến. Bạn không cần tạo tài khoản riêng trên cổng dịch vụ công.',
        en: 'Since 1 July 2024 the electronic identity account is the only account for online public services. You need no separate account on a public-service portal.',
      },
      cites: [{ doc: 'nd-69-2024' }],
    },
    {
      id: 'mot-tai-khoan-to-chuc',
      benefit: 'mot-tai-khoan-dich-vu-cong',
      audience: ['organisation'],
      routes: [{ id: 'organisation-account', needs: ORGANISATION_ACCOUNT }],
      says: {
        vi: 'Tổ chức làm dịch vụ công trực tuyến bằng tài khoản định danh điện tử của tổ chức.',
        en: 'An organisation uses its electronic identity account for online public services.',
      },
      note: {
        vi: 'Tài khoản do các cổng dịch vụ công tạo cho tổ chức chỉ dùng được đến 30/06/2025.',
        en: 'Accounts that the public-service portals created for organisations worked only until 30 June 2025.',
      },
      cites: [{ doc: 'nd-69-2024' }],
    },
    {
      id: 'dich-vu-cong-thiet-yeu',
      benefit: 'dich-vu-cong-thiet-yeu',
      audience: ['citizen'],
      routes: [{ id: 'account', account: 'level-unknown', needs: ANY_ACCOUNT }],
      says: {
        vi: 'Từ 01/10/2025, 25 dịch vụ công thiết yếu chỉ nhận hồ sơ trực tuyến, trên Cổng Dịch vụ công quốc gia hoặc VNeID.',
        en: 'From 1 October 2025 the 25 essential public services take files online only, on the National Public Service Portal or in VNeID.',
      },
      cites: [{ doc: 'ct-24-2025-ttg' }],
    },
    {
      id: 'dich-vu-cong-thiet-yeu-to-chuc',
      benefit: 'dich-vu-cong-thiet-yeu',
      audience: ['organisation'],
      routes: [{ id: 'organisation-account', needs: ORGANISATION_ACCOUNT }],
      says: {
        vi: 'Từ 01/10/2025, 25 dịch vụ công thiết yếu chỉ nhận hồ sơ trực tuyến. Một số thủ tục trong đó dành cho doanh nghiệp, ví dụ cấp điện mới.',
        en: 'From 1 October 2025 the 25 essential public services take files online only. Some of them are for businesses, for example a new electricity connection.',
      },
      cites: [{ doc: 'ct-24-2025-ttg' }],
    },
    {
      id: 'giay-to-tich-hop',
      benefit: 'giay-to-tich-hop-vneid',
      audience: ['citizen'],
      routes: [{ id: 'level-2', account: 'level-2', needs: LEVEL_2 }],
      says: {
        vi: 'Bạn xuất trình một số giấy tờ trên VNeID thay cho bản giấy, ví dụ thẻ CCCD, giấy tờ tạm trú, tạm vắng, đăng ký xe và mã số bảo hiểm xã hội.',
        en: 'You show some papers in VNeID instead of paper copies, for example the CCCD card, temporary residence and absence papers, vehicle registration and the social-insurance number.',
      },
      note: {
        vi: 'Giấy phép lái xe trên VNeID: căn cứ pháp lý và ngày áp dụng chưa được xác nhận.',
        en: 'Driving licence in VNeID: the legal basis and start date are not confirmed.',
      },
      cites: [{ doc: 'nd-69-2024', part: { vi: 'mức độ 2 mở dữ liệu tích hợp', en: 'level 2 opens integrated data' } }],
    },
    {
      id: 'ly-lich-tu-phap',
      benefit: 'ly-lich-tu-phap-vneid',
      audience: ['citizen'],
      routes: [{ id: 'level-2', account: 'level-2', needs: LEVEL_2 }],
      says: {
        vi: 'Bạn xin phiếu lý lịch tư pháp trên VNeID và nhận phiếu điện tử có chữ ký số.',
        en: 'You apply for a criminal-record certificate in VNeID and receive a digitally signed electronic certificate.',
      },
      note: {
        vi: 'Việc này bắt đầu là thí điểm cho người có tài khoản mức độ 2: ở Hà Nội và Thừa Thiên Huế từ 22/04/2024, trên toàn quốc từ 01/10/2024 đến 30/06/2025. Các nguồn đã đọc không nói sau thí điểm thì thế nào. Từ 01/10/2025, thủ tục này chỉ nhận hồ sơ trực tuyến.',
        en: 'This began as a pilot for level-2 account holders: in Hà Nội and Thừa Thiên Huế from 22 April 2024, and nationwide from 1 October 2024 to 30 June 2025. The sources we read do not say what happened after the pilot. From 1 October 2025 the procedure takes files online only.',
      },
      cites: [{ doc: 'ct-24-2025-ttg' }],
    },
    {
      id: 'bhyt',
      benefit: 'bhyt-bang-cccd-vneid',
      audience: ['citizen'],
      routes: [
        { id: 'cccd', cards: ['cccd'], needs: { vi: 'thẻ CCCD gắn chíp', en: 'a chip CCCD card' } },
        { id: 'level-2', account: 'level-2', needs: LEVEL_2 },
        {
          id: 'the-can-cuoc',
          cards: ['the-can-cuoc'],
          confirmed: false,
          needs: { vi: 'thẻ căn cước (chưa xác nhận)', en: 'an identity card (not confirmed)' },
          note: {
            vi: 'Các nguồn đã đọc chỉ nói về thẻ CCCD gắn chíp, chưa nói về thẻ căn cước cấp từ 01/07/2024.',
            en: 'The sources we read speak of the chip CCCD card only, not of the identity card issued since 1 July 2024.',
          },
        },
      ],
      says: {
        vi: 'Nếu bạn có bảo hiểm y tế (BHYT), bạn đi khám bằng thẻ CCCD gắn chíp hoặc thẻ BHYT trên VNeID, thay cho thẻ giấy.',
        en: 'If you have health insurance (BHYT), you use the chip CCCD card or the insurance card in VNeID at the clinic, instead of a paper card.',
      },
      note: {
        vi: 'Từ 01/06/2025 không còn cấp thẻ BHYT giấy (theo Công văn 168/BHXH-QLT, chưa có trong danh mục văn bản). Thẻ cũng dùng được qua ứng dụng VssID.',
        en: 'No paper BHYT cards are issued from 1 June 2025 (under Official Letter 168/BHXH-QLT, not in our register). The card also works through the VssID app.',
      },
      cites: [
        { doc: 'qd-06-2022-ttg' },
        { doc: 'nd-69-2024', part: { vi: 'mức độ 2 mở dữ liệu tích hợp', en: 'level 2 opens integrated data' } },
      ],
    },
    {
      id: 'so-suc-khoe',
      benefit: 'so-suc-khoe-dien-tu',
      audience: ['citizen'],
      routes: [{ id: 'account', account: 'level-unknown', needs: ANY_ACCOUNT }],
      says: {
        vi: 'Bạn xem sổ sức khỏe điện tử trên VNeID và dùng sổ khi đi khám.',
        en: 'You see your electronic health book in VNeID and use it when you see a doctor.',
      },
      note: {
        vi: 'Quyết định 2733/QĐ-BYT cho sổ này giá trị như sổ giấy. Quyết định này chưa có trong danh mục văn bản.',
        en: 'Decision 2733/QĐ-BYT gives the book the same value as the paper one. That decision is not in our register.',
      },
      cites: [{ doc: 'nd-69-2024' }],
    },
    {
      id: 'bo-so-ho-khau',
      benefit: 'bo-so-ho-khau-giay',
      audience: ['citizen'],
      routes: [],
      says: {
        vi: 'Từ 01/01/2023, cơ quan nhà nước không được đòi sổ hộ khẩu hay sổ tạm trú giấy. Cán bộ dùng thông tin cư trú trong Cơ sở dữ liệu quốc gia về dân cư.',
        en: 'Since 1 January 2023 state agencies may not ask for the paper household or temporary-residence book. Officials use the residence data in the National Population Database instead.',
      },
      cites: [{ doc: 'nd-104-2022' }],
    },
    {
      id: 'bao-ve-du-lieu',
      benefit: 'bao-ve-du-lieu-ca-nhan',
      audience: ['citizen', 'foreigner'],
      routes: [],
      says: {
        vi: 'Dữ liệu cá nhân của bạn được pháp luật bảo vệ. Từ 01/01/2026, văn bản chính là Luật Bảo vệ dữ liệu cá nhân và Nghị định 356/2025/NĐ-CP.',
        en: 'Your personal data is protected by law. From 1 January 2026 the main texts are the Personal Data Protection Law and Decree 356/2025/NĐ-CP.',
      },
      cites: [{ doc: 'luat-91-2025-qh15' }, { doc: 'nd-356-2025' }],
    },
    {
      id: 'phi-khai-thac',
      benefit: 'phi-khai-thac-du-lieu-dan-cu',
      audience: ['organisation'],
      routes: [],
      says: {
        vi: 'Tổ chức, doanh nghiệp khai thác được thông tin trong Cơ sở dữ liệu quốc gia về dân cư. Mức phí là 1.000 đồng cho mỗi trường thông tin, từ 01/01/2024.',
        en: 'Organisations and businesses can use information from the National Population Database. The fee is 1,000 đồng per data field, from 1 January 2024.',
      },
      note: {
        vi: 'Thông tư 48/2022/TT-BTC còn hiệu lực sau Luật Căn cước 2023 hay không thì chưa được xác nhận.',
        en: 'Whether Circular 48/2022/TT-BTC still applies after the 2023 Identity Law is not confirmed.',
      },
      cites: [{ doc: 'tt-48-2022-btc' }],
    },
    {
      id: 'vay-tin-chap',
      benefit: 'vay-tin-chap-du-lieu-dan-cu',
      audience: ['citizen'],
      routes: [],
      confirmed: false,
      says: {
        vi: 'Slide năm 2022 hứa người dân vay tín chấp, tức vay không cần tài sản bảo đảm, nhờ dữ liệu dân cư.',
        en: 'The 2022 slide promises unsecured loans (loans without collateral) thanks to population data.',
      },
      note: {
        vi: 'Quyết định 06/QĐ-TTg chỉ nêu mục tiêu chung là dùng dữ liệu dân cư để phát triển kinh tế – xã hội.',
        en: 'Decision 06/QĐ-TTg only sets the general aim of using population data for socio-economic development.',
      },
      cites: [{ doc: 'qd-06-2022-ttg' }],
    },
  ],
  phrases: {
    youHave: { vi: 'Bạn có:', en: 'You have:' },
    youNeed: { vi: 'Cần có:', en: 'You need:' },
    or: { vi: '; hoặc ', en: '; or ' },
    and: { vi: ' và ', en: ' and ' },
    missingCard: {
      vi: 'Theo câu trả lời của bạn, bạn chưa có thẻ này.',
      en: 'From your answers, you do not have this card.',
    },
    noAccountRule: {
      vi: 'Không có trường hợp nào của Điều 7 khớp với câu trả lời của bạn.',
      en: 'No case of Article 7 matches your answers.',
    },
    levelUnknown: {
      vi: 'Bạn có tài khoản mức độ 1. Các nguồn đã đọc không nói mức độ 1 có đủ hay phải có mức độ 2, nên điều này chưa được xác nhận.',
      en: 'You have a level-1 account. The sources we read do not say whether level 1 is enough or level 2 is needed, so this is not confirmed.',
    },
    levelUnknownShort: {
      vi: 'Các nguồn đã đọc không nói cần mức độ 1 hay mức độ 2.',
      en: 'The sources we read do not say whether level 1 or level 2 is needed.',
    },
    unconfirmedBenefit: {
      vi: 'Chưa có nguồn nào xác nhận quyền lợi này có trên thực tế.',
      en: 'No source we read confirms that this benefit exists in practice.',
    },
    held: { vi: 'Bạn đã có tài khoản ở mức này.', en: 'You already have an account at this level.' },
  },
};
