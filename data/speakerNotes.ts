/**
 * Speaker notes for the presentation, per slide and language: the key message and the figures to
 * say. Figures are never typed here: `{v:<observation id>}` is replaced by the formatted value
 * and `{p:<observation id>}` by its formatted period (lib/present/notes.ts), so the notes always
 * agree with the charts. Unknown ids fail the unit tests.
 */
import type { SlideId } from '../lib/present/deck';
import type { Locale } from '../lib/i18n/locales';

export const speakerNotes = {
  title: {
    en: 'Two Caspian neighbours, allies by treaty since 2005. Three things to take away: trade has grown strongly since 2021, Kazakh oil now crosses the Caspian to the BTC pipeline, and both sides count the numbers differently, so we always say whose figure it is.',
    az: 'Xəzərin iki qonşusu, 2005-ci ildən müqavilə ilə müttəfiqdir. Üç əsas fikir: ticarət 2021-ci ildən bəri xeyli artıb, Qazaxıstan nefti indi Xəzərdən BTC kəmərinə gəlir, və tərəflər rəqəmləri fərqli hesablayır, ona görə də hər rəqəmin kimə aid olduğunu deyirik.',
    ru: 'Два каспийских соседа, союзники по договору с 2005 года. Три главные мысли: торговля с 2021 года заметно выросла, казахстанская нефть теперь идёт через Каспий в трубопровод БТД, а стороны считают по-разному, поэтому мы всегда называем, чья это цифра.',
    kk: 'Каспийдің екі көршісі, 2005 жылдан бері шарт бойынша одақтас. Үш негізгі ой: сауда 2021 жылдан бері айтарлықтай өсті, қазақстандық мұнай енді Каспий арқылы БТД құбырына жетеді, ал тараптар сандарды әртүрлі есептейді, сондықтан әр санның кімдікі екенін айтамыз.',
  },
  'trade-turnover': {
    en: 'Kazakhstan counts {v:trade-turnover-2024-kz} of trade in {p:trade-turnover-2024-kz}; Azerbaijan reports {v:trade-turnover-2024-az}. For 2022 the gap is wider: {v:trade-turnover-2022-az} by Azerbaijan against {v:trade-turnover-2022-kz-rev} by Kazakhstan. Most of the flow is Kazakh exports to Azerbaijan.',
    az: 'Qazaxıstan {p:trade-turnover-2024-kz} üçün {v:trade-turnover-2024-kz} ticarət dövriyyəsi hesablayır; Azərbaycan {v:trade-turnover-2024-az} bildirir. 2022-ci il üçün fərq daha böyükdür: Azərbaycan {v:trade-turnover-2022-az}, Qazaxıstan isə {v:trade-turnover-2022-kz-rev}. Axının böyük hissəsi Qazaxıstanın Azərbaycana ixracıdır.',
    ru: 'Казахстан насчитывает {v:trade-turnover-2024-kz} товарооборота за {p:trade-turnover-2024-kz}; Азербайджан сообщает {v:trade-turnover-2024-az}. За 2022 год расхождение больше: {v:trade-turnover-2022-az} по данным Азербайджана против {v:trade-turnover-2022-kz-rev} по данным Казахстана. Основная часть потока — казахстанский экспорт в Азербайджан.',
    kk: 'Қазақстан {p:trade-turnover-2024-kz} үшін {v:trade-turnover-2024-kz} тауар айналымын есептейді; Әзірбайжан {v:trade-turnover-2024-az} деп хабарлайды. 2022 жылы айырма үлкенірек: Әзірбайжан деректері бойынша {v:trade-turnover-2022-az}, Қазақстан деректері бойынша {v:trade-turnover-2022-kz-rev}. Ағынның негізгі бөлігі — Қазақстанның Әзірбайжанға экспорты.',
  },
  'investment-flows': {
    en: 'Investment runs both ways: {v:inv-az-to-kz-to-2023-az} from Azerbaijan into Kazakhstan and {v:inv-kz-to-az-to-2023-az} the other way, cumulative to 2023. Companies with Kazakh capital in Azerbaijan: {v:co-kz-capital-in-az-2023-az} in 2023, {v:co-kz-capital-in-az-2025-10} by October 2025; sources count them differently.',
    az: 'İnvestisiya hər iki istiqamətdə gedir: 2023-cü ilədək cəmi Azərbaycandan Qazaxıstana {v:inv-az-to-kz-to-2023-az}, əks istiqamətdə {v:inv-kz-to-az-to-2023-az}. Azərbaycanda Qazaxıstan kapitallı şirkətlər: 2023-cü ildə {v:co-kz-capital-in-az-2023-az}, 2025-ci ilin oktyabrında {v:co-kz-capital-in-az-2025-10}; mənbələr onları fərqli sayır.',
    ru: 'Инвестиции идут в обе стороны: {v:inv-az-to-kz-to-2023-az} из Азербайджана в Казахстан и {v:inv-kz-to-az-to-2023-az} в обратном направлении, всего к 2023 году. Компаний с казахстанским капиталом в Азербайджане: {v:co-kz-capital-in-az-2023-az} в 2023 году, {v:co-kz-capital-in-az-2025-10} к октябрю 2025 года; источники считают по-разному.',
    kk: 'Инвестиция екі бағытта да жүреді: 2023 жылға дейін барлығы Әзірбайжаннан Қазақстанға {v:inv-az-to-kz-to-2023-az}, кері бағытта {v:inv-kz-to-az-to-2023-az}. Әзірбайжандағы қазақстандық капиталы бар компаниялар: 2023 жылы {v:co-kz-capital-in-az-2023-az}, 2025 жылғы қазанда {v:co-kz-capital-in-az-2025-10}; дереккөздер оларды әртүрлі санайды.',
  },
  'oil-volumes': {
    en: 'Kazakh crude via Aktau to Baku grew from {v:oil-aktau-to-baku-2022-kz} in 2022 to {v:oil-aktau-to-baku-2023-kz} in 2023 and {v:oil-aktau-to-baku-2025-kz} in 2025. The 2023 start was {v:oil-tengiz-btc-rate-2023-03-az} from Tengiz. Agreed volumes: {v:oil-agreement-2022-11-tengiz}, then {v:oil-agreement-2024-03}.',
    az: 'Aktau vasitəsilə Bakıya Qazaxıstan nefti 2022-ci ildəki {v:oil-aktau-to-baku-2022-kz} həcmindən 2023-cü ildə {v:oil-aktau-to-baku-2023-kz}, 2025-ci ildə {v:oil-aktau-to-baku-2025-kz} həcminə çatıb. 2023-cü ildə Tengizdən {v:oil-tengiz-btc-rate-2023-03-az} ilə başlanıb. Razılaşdırılmış həcmlər: {v:oil-agreement-2022-11-tengiz}, sonra {v:oil-agreement-2024-03}.',
    ru: 'Казахстанская нефть через Актау в Баку: {v:oil-aktau-to-baku-2022-kz} в 2022 году, {v:oil-aktau-to-baku-2023-kz} в 2023-м и {v:oil-aktau-to-baku-2025-kz} в 2025-м. В 2023 году начали с {v:oil-tengiz-btc-rate-2023-03-az} с Тенгиза. Согласованные объёмы: {v:oil-agreement-2022-11-tengiz}, затем {v:oil-agreement-2024-03}.',
    kk: 'Ақтау арқылы Бакуге қазақстандық мұнай: 2022 жылы {v:oil-aktau-to-baku-2022-kz}, 2023 жылы {v:oil-aktau-to-baku-2023-kz}, 2025 жылы {v:oil-aktau-to-baku-2025-kz}. 2023 жылы Теңізден {v:oil-tengiz-btc-rate-2023-03-az} көлемімен басталды. Келісілген көлемдер: {v:oil-agreement-2022-11-tengiz}, кейін {v:oil-agreement-2024-03}.',
  },
  'route-map': {
    en: 'The route: Tengiz to Aktau by rail, a tanker crossing of the Caspian to Sangachal near Baku, then the Baku–Tbilisi–Ceyhan pipeline, {v:btc-length-total} long, to the Mediterranean. The rail and sea lines on the map are approximate; the pipeline is the traced route.',
    az: 'Marşrut: Tengizdən Aktauya dəmir yolu ilə, Xəzərdən tankerlə Bakı yaxınlığındakı Səngəçala, sonra uzunluğu {v:btc-length-total} olan Bakı–Tbilisi–Ceyhan kəməri ilə Aralıq dənizinə. Xəritədə dəmir yolu və dəniz xətləri təxminidir; kəmər real xətt üzrə çəkilib.',
    ru: 'Маршрут: от Тенгиза до Актау по железной дороге, танкером через Каспий до Сангачала под Баку, затем по нефтепроводу Баку–Тбилиси–Джейхан длиной {v:btc-length-total} к Средиземному морю. Железнодорожный и морской участки на карте приблизительны; трубопровод показан по реальной трассе.',
    kk: 'Бағыт: Теңізден Ақтауға теміржолмен, Каспий арқылы танкермен Баку маңындағы Сангачалға, содан кейін ұзындығы {v:btc-length-total} Баку–Тбилиси–Джейхан құбырымен Жерорта теңізіне. Картадағы теміржол мен теңіз сызықтары шамамен көрсетілген; құбыр нақты трассамен сызылған.',
  },
  timeline: {
    en: 'Diplomatic relations since 30 August 1992; the intergovernmental commission since 1999; the strategic partnership treaty of 2005 and the 2022 declaration on allied interaction. March 2023 brought the first Kazakh oil cargoes from Aktau to Baku.',
    az: 'Diplomatik əlaqələr 1992-ci il 30 avqustdan; hökumətlərarası komissiya 1999-cu ildən; 2005-ci il strateji tərəfdaşlıq müqaviləsi və 2022-ci il müttəfiqlik qarşılıqlı fəaliyyəti haqqında bəyannamə. 2023-cü ilin martında Aktaudan Bakıya ilk Qazaxıstan nefti yükləri göndərildi.',
    ru: 'Дипломатические отношения — с 30 августа 1992 года; межправительственная комиссия — с 1999 года; договор о стратегическом партнёрстве 2005 года и декларация 2022 года о союзническом взаимодействии. В марте 2023 года из Актау в Баку ушли первые партии казахстанской нефти.',
    kk: 'Дипломатиялық қатынастар 1992 жылғы 30 тамыздан бастап; үкіметаралық комиссия 1999 жылдан; 2005 жылғы стратегиялық әріптестік туралы шарт және 2022 жылғы одақтастық өзара іс-қимыл туралы декларация. 2023 жылғы наурызда Ақтаудан Бакуге қазақстандық мұнайдың алғашқы жүктері жөнелтілді.',
  },
} as const satisfies Record<SlideId, Record<Locale, string>>;
