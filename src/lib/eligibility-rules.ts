// The rules behind "Tôi dùng được gì?" / "What can I use?", as data. Every rule names the
// registry documents it rests on; every fact comes from the fact sheet (§4.2 account levels,
// §4.3 documented benefits) and the benefit entries in content/benefits/. Where the sources do not
// say whether level 2 is needed, the rule says so ('level-unknown') instead of guessing. The steps
// (how to get a card or an account) come from the everyday guides and the research behind them
// (research 18-guides: G1, G5, GA, GB, GC); a step no source describes says so.
import type { Citation, RuleSet, Step } from './eligibility.ts';

/** Decree 69/2024, Article 7: who may hold which account level (fact sheet §4.2, HIGH). */
const ARTICLE_7: Citation = { doc: 'nd-69-2024', part: { vi: 'Điều 7', en: 'Article 7' } };

const ANY_ACCOUNT = { vi: 'tài khoản định danh điện tử', en: 'an electronic identity account' };
const LEVEL_2_IN_APP = {
  vi: 'tài khoản định danh điện tử mức độ 2 trên điện thoại thông minh',
  en: 'a level-2 electronic identity account on a smartphone',
};
/** Registering a face with the bank: the three ways (Decision 2345/QĐ-NHNN, research G3). */
const BANK_STEP: Step = {
  text: {
    vi: 'Đăng ký khuôn mặt với ngân hàng một lần, nếu bạn chưa làm.',
    en: 'Register your face with your bank once, if you have not yet.',
  },
  benefit: 'xac-thuc-sinh-trac-hoc-ngan-hang',
};
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
      request: {
        1: {
          vi: 'Đăng ký tài khoản mức độ 2 ở công an xã, phường: tài khoản mức độ 2 dùng được cho mọi việc của mức độ 1.',
          en: 'Register for a level-2 account at the commune or ward police: a level-2 account does everything level 1 does.',
        },
        2: {
          vi: 'Mang thẻ đến công an xã, phường để đăng ký tài khoản mức độ 2, rồi kích hoạt trong ứng dụng VNeID.',
          en: 'Take your card to the commune or ward police to register for a level-2 account, then activate it in the VNeID app.',
        },
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
      request: {
        1: {
          vi: 'Cha, mẹ hoặc người giám hộ đăng ký tài khoản mức độ 1 cho trẻ bằng tài khoản mức độ 2 và số điện thoại đứng tên mình.',
          en: "A parent or guardian registers the child's level-1 account with their own level-2 account and phone number.",
        },
        2: {
          vi: 'Cha, mẹ hoặc người giám hộ đề nghị cấp tài khoản mức độ 2 cho trẻ. Các nguồn đã đọc chưa nói rõ ai phải đến công an và dùng điện thoại của ai.',
          en: "A parent or guardian asks for the child's level-2 account. The sources we read do not say who must go to the police or whose phone is used.",
        },
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
      request: {
        1: {
          vi: 'Cha, mẹ hoặc người giám hộ đăng ký tài khoản mức độ 1 cho trẻ bằng tài khoản mức độ 2 và số điện thoại đứng tên mình.',
          en: "A parent or guardian registers the child's level-1 account with their own level-2 account and phone number.",
        },
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
      request: {
        2: {
          vi: 'Mang hộ chiếu, thẻ thường trú hoặc tạm trú và số điện thoại đứng tên mình đến Phòng Quản lý xuất nhập cảnh công an tỉnh (hoặc Cục Quản lý xuất nhập cảnh), trong giờ hành chính.',
          en: 'Take your passport, residence card and a Vietnamese phone number in your name to the provincial police immigration office (or the Immigration Department), on a weekday.',
        },
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
      routes: [{ id: 'level-2', account: 'level-2', phone: true, needs: LEVEL_2_IN_APP }],
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
      routes: [{ id: 'level-2', account: 'level-2', phone: true, needs: LEVEL_2_IN_APP }],
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
        { id: 'level-2', account: 'level-2', phone: true, needs: LEVEL_2_IN_APP },
        {
          // Research GC.2 (BHXH's guidance in Công lý, 17/10/2024): for people under 18 without a card.
          id: 'vssid',
          maxAge: 18,
          cards: ['none'],
          needs: {
            vi: 'tài khoản VssID do cha hoặc mẹ đăng ký cho con (người dưới 18 tuổi chưa có thẻ)',
            en: 'a VssID account that a parent registers for the child (under 18, without a card)',
          },
          step: {
            text: {
              vi: 'Cha hoặc mẹ mở ứng dụng VssID của mình, chọn "Đăng ký tài khoản giao dịch điện tử cho con", rồi cho xem thẻ bảo hiểm y tế của con trong VssID.',
              en: 'A parent opens their own VssID app, chooses "Đăng ký tài khoản giao dịch điện tử cho con" (register an account for a child), then shows the child\'s insurance card in VssID.',
            },
          },
        },
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
      routes: [
        {
          id: 'account',
          account: 'level-unknown',
          phone: true,
          needs: {
            vi: 'tài khoản định danh điện tử trên điện thoại thông minh',
            en: 'an electronic identity account on a smartphone',
          },
        },
      ],
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
      id: 'di-may-bay',
      benefit: 'di-may-bay-bang-vneid',
      audience: ['citizen', 'foreigner'],
      routes: [
        { id: 'level-2', account: 'level-2', phone: true, needs: LEVEL_2_IN_APP },
        {
          // One commercial source only (research G2.11); the lawyer's answer in PLO does not mention it.
          id: 'parent-account',
          who: 'citizen',
          maxAge: 14,
          confirmed: false,
          needs: {
            vi: 'thông tin của trẻ trong tài khoản mức độ 2 của cha, mẹ hoặc người giám hộ bay cùng (chưa xác minh)',
            en: "the child's details in the level-2 account of a parent or guardian on the same flight (not verified)",
          },
          note: {
            vi: 'Trẻ dưới 14 tuổi đi máy bay bằng giấy khai sinh. Việc dùng thông tin của trẻ trong tài khoản của cha mẹ chưa được xác minh từ văn bản.',
            en: "Children under 14 fly with a birth certificate. Using the child's details in a parent's account is not verified from the regulation.",
          },
        },
      ],
      says: {
        vi: 'Khi bay nội địa, bạn xuất trình tài khoản định danh điện tử mức độ 2 trên VNeID thay cho thẻ căn cước.',
        en: 'On domestic flights you show your level-2 electronic identity account in VNeID instead of your ID card.',
      },
      note: {
        vi: 'Không có điện thoại hay tài khoản thì vẫn bay được bằng thẻ căn cước.',
        en: 'Without a phone or an account you can still fly with your ID card.',
      },
      cites: [{ doc: 'tt-14-2026-bca' }, { doc: 'tt-42-2023-bgtvt' }],
    },
    {
      id: 'ngan-hang',
      benefit: 'xac-thuc-sinh-trac-hoc-ngan-hang',
      audience: ['citizen'],
      routes: [
        {
          id: 'nfc',
          cards: ['cccd', 'the-can-cuoc'],
          phone: true,
          needs: { vi: 'thẻ gắn chíp và điện thoại có NFC', en: 'a chip card and a phone with NFC' },
          step: BANK_STEP,
        },
        { id: 'vneid', account: 'level-2', phone: true, needs: LEVEL_2_IN_APP, step: BANK_STEP },
        {
          id: 'branch',
          cards: ['cccd', 'the-can-cuoc'],
          needs: { vi: 'thẻ gắn chíp, mang đến quầy ngân hàng', en: 'a chip card, taken to a bank branch' },
          step: {
            text: {
              vi: 'Mang thẻ đến quầy ngân hàng để đăng ký khuôn mặt.',
              en: 'Take your card to a bank branch to register your face.',
            },
            benefit: 'xac-thuc-sinh-trac-hoc-ngan-hang',
          },
        },
      ],
      says: {
        vi: 'Ngân hàng đối chiếu khuôn mặt bạn với chíp trên thẻ hoặc với VNeID. Từ 01/01/2025, chưa đối chiếu thì không rút tiền hay thanh toán điện tử được.',
        en: 'Your bank matches your face against the card chip or VNeID. Since 1 January 2025 you cannot withdraw or pay electronically until it has.',
      },
      cites: [{ doc: 'qd-2345-2023-nhnn' }, { doc: 'tt-17-2024-nhnn' }],
    },
    {
      id: 'ngan-hang-nguoi-nuoc-ngoai',
      benefit: 'xac-thuc-sinh-trac-hoc-ngan-hang',
      audience: ['foreigner'],
      routes: [
        {
          id: 'branch',
          needs: { vi: 'đến ngân hàng trực tiếp', en: 'a visit to the bank in person' },
          step: {
            text: {
              vi: 'Đến ngân hàng của bạn: với người nước ngoài, ngân hàng đối chiếu khuôn mặt trực tiếp tại quầy.',
              en: 'Go to your bank: for foreigners, the bank matches the face in person at the branch.',
            },
            benefit: 'xac-thuc-sinh-trac-hoc-ngan-hang',
          },
        },
      ],
      says: {
        vi: 'Ngân hàng đối chiếu khuôn mặt của chủ tài khoản trước khi cho rút tiền hay thanh toán điện tử.',
        en: "Your bank matches the account holder's face before withdrawals and electronic payments.",
      },
      note: {
        vi: 'Ngân hàng nào đã nhận tài khoản VNeID của người nước ngoài thì chưa rõ.',
        en: "Which banks accept a foreigner's VNeID account is not known.",
      },
      cites: [{ doc: 'tt-17-2024-nhnn' }],
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
  getCard: {
    card: 'the-can-cuoc',
    under14: {
      text: {
        vi: 'Làm thẻ căn cước cho trẻ: cha, mẹ nộp hồ sơ trên VNeID hoặc Cổng Dịch vụ công; trẻ từ 6 tuổi phải cùng cha mẹ đến công an để chụp ảnh, lấy vân tay.',
        en: 'Get the child an identity card: a parent applies in VNeID or on the National Public Service Portal; a child of 6 or over goes with them to the police for the photo and fingerprints.',
      },
      guide: 'huong-dan/can-cuoc-cho-tre-em',
    },
    adult: {
      text: {
        vi: 'Làm thẻ căn cước ở công an xã, phường hoặc nơi làm thẻ của công an tỉnh; có thể nộp trước trên VNeID.',
        en: 'Get an identity card at the commune or ward police or the provincial police card office; you can apply first in VNeID.',
      },
      guide: 'huong-dan/het-chung-minh-nhan-dan',
    },
  },
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
    noPhone: {
      vi: 'Cách này cần điện thoại thông minh có ứng dụng VNeID; theo câu trả lời của bạn, bạn không có.',
      en: 'This way needs a smartphone with the VNeID app; from your answers, you do not have one.',
    },
    activateWithoutPhone: {
      vi: 'Kích hoạt tài khoản cần nhập mã OTP và đặt passcode trong ứng dụng VNeID trên điện thoại. Các nguồn đã đọc không nói người không có điện thoại thông minh có tài khoản mức độ 2 được không; hãy hỏi công an xã, phường.',
      en: 'Activating the account means entering an OTP and setting a passcode in the VNeID app on a phone. The sources we read do not say whether someone without a smartphone can hold a level-2 account; ask the commune or ward police.',
    },
    requestUnknown: {
      vi: 'Các nguồn đã đọc không nói cách đăng ký trong trường hợp này; hãy hỏi cơ quan công an.',
      en: 'The sources we read do not say how to register in this case; ask the police.',
    },
  },
};
