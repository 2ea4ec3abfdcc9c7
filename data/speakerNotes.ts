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
  headlines: {
    en: 'The headline figures, each with the side that reported it, its period and its publisher. Where Azerbaijan and Kazakhstan disagree, both figures are on the slide.',
    az: 'Əsas rəqəmlər, hər biri onu bildirən tərəf, dövrü və nəşr edən qurumla. Azərbaycan və Qazaxıstanın rəqəmləri fərqlənəndə hər ikisi slayddadır.',
    ru: 'Главные цифры — у каждой указаны сторона, которая её сообщила, период и издатель. Где данные Азербайджана и Казахстана расходятся, на слайде обе цифры.',
    kk: 'Негізгі сандар — әрқайсысында оны хабарлаған тарап, кезеңі және жариялаушысы көрсетілген. Әзірбайжан мен Қазақстан деректері сәйкес келмесе, слайдта екеуі де бар.',
  },
  'trade-years': {
    en: 'Kazakhstan counts {v:trade-turnover-2024-kz} of trade in {p:trade-turnover-2024-kz}; Azerbaijan reports {v:trade-turnover-2024-az}. For 2022 the gap is wider: {v:trade-turnover-2022-az} by Azerbaijan against {v:trade-turnover-2022-kz-rev} by Kazakhstan. Most of the flow is Kazakh exports to Azerbaijan.',
    az: 'Qazaxıstan {p:trade-turnover-2024-kz} üçün {v:trade-turnover-2024-kz} ticarət dövriyyəsi hesablayır; Azərbaycan {v:trade-turnover-2024-az} bildirir. 2022-ci il üçün fərq daha böyükdür: Azərbaycan {v:trade-turnover-2022-az}, Qazaxıstan isə {v:trade-turnover-2022-kz-rev}. Axının böyük hissəsi Qazaxıstanın Azərbaycana ixracıdır.',
    ru: 'Казахстан насчитывает {v:trade-turnover-2024-kz} товарооборота за {p:trade-turnover-2024-kz}; Азербайджан сообщает {v:trade-turnover-2024-az}. За 2022 год расхождение больше: {v:trade-turnover-2022-az} по данным Азербайджана против {v:trade-turnover-2022-kz-rev} по данным Казахстана. Основная часть потока — казахстанский экспорт в Азербайджан.',
    kk: 'Қазақстан {p:trade-turnover-2024-kz} үшін {v:trade-turnover-2024-kz} тауар айналымын есептейді; Әзірбайжан {v:trade-turnover-2024-az} деп хабарлайды. 2022 жылы айырма үлкенірек: Әзірбайжан деректері бойынша {v:trade-turnover-2022-az}, Қазақстан деректері бойынша {v:trade-turnover-2022-kz-rev}. Ағынның негізгі бөлігі — Қазақстанның Әзірбайжанға экспорты.',
  },
  'trade-part-years': {
    en: 'Part-year figures are shown apart: they are not comparable with full years. The latest: {v:trade-turnover-2025-h1-az} in {p:trade-turnover-2025-h1-az} by Azerbaijan; Kazakhstan counted {v:trade-turnover-2024-h1-kz} for {p:trade-turnover-2024-h1-kz}.',
    az: 'İlin bir hissəsinə aid rəqəmlər ayrıca göstərilir: onlar tam illərlə müqayisə olunmur. Sonuncu: Azərbaycana görə {p:trade-turnover-2025-h1-az} üçün {v:trade-turnover-2025-h1-az}; Qazaxıstan {p:trade-turnover-2024-h1-kz} üçün {v:trade-turnover-2024-h1-kz} hesablayıb.',
    ru: 'Данные за часть года показаны отдельно: их нельзя сравнивать с полными годами. Последние: {v:trade-turnover-2025-h1-az} за {p:trade-turnover-2025-h1-az} по данным Азербайджана; Казахстан насчитал {v:trade-turnover-2024-h1-kz} за {p:trade-turnover-2024-h1-kz}.',
    kk: 'Жылдың бір бөлігіне арналған деректер бөлек көрсетілген: оларды толық жылдармен салыстыруға болмайды. Соңғысы: Әзірбайжан деректері бойынша {p:trade-turnover-2025-h1-az} үшін {v:trade-turnover-2025-h1-az}; Қазақстан {p:trade-turnover-2024-h1-kz} үшін {v:trade-turnover-2024-h1-kz} есептеді.',
  },
  'trade-gap': {
    en: 'The bars are computed here, not published: Kazakhstan’s figure minus Azerbaijan’s for each period both reported. For {p:trade-turnover-2024-kz} Kazakhstan counts {v:trade-turnover-2024-kz} and Azerbaijan {v:trade-turnover-2024-az}. The gap is not an error: imports are valued with freight and insurance, exports without; goods are attributed to origin or to consignment; transit, timing and revisions differ.',
    az: 'Sütunlar dərc olunmayıb, burada hesablanıb: hər iki tərəfin bildirdiyi hər dövr üçün Qazaxıstanın rəqəmindən Azərbaycanın rəqəmi çıxılıb. {p:trade-turnover-2024-kz} üçün Qazaxıstan {v:trade-turnover-2024-kz}, Azərbaycan isə {v:trade-turnover-2024-az} hesablayır. Fərq səhv deyil: idxal daşınma və sığorta ilə, ixrac isə onlarsız qiymətləndirilir; mallar mənşə və ya göndərilmə ölkəsinə aid edilir; tranzit, vaxt və düzəlişlər fərqlənir.',
    ru: 'Полосы рассчитаны здесь, а не опубликованы: цифра Казахстана минус цифра Азербайджана за каждый период, по которому есть данные обеих сторон. За {p:trade-turnover-2024-kz} Казахстан насчитывает {v:trade-turnover-2024-kz}, Азербайджан — {v:trade-turnover-2024-az}. Расхождение — не ошибка: импорт оценивается с фрахтом и страховкой, экспорт без них; товары относят к стране происхождения или отправления; транзит, сроки учёта и пересмотры различаются.',
    kk: 'Бағандар жарияланбаған, осында есептелген: екі тарап та дерек берген әр кезең үшін Қазақстан санынан Әзірбайжан саны алынды. {p:trade-turnover-2024-kz} үшін Қазақстан {v:trade-turnover-2024-kz}, Әзірбайжан {v:trade-turnover-2024-az} есептейді. Айырма қате емес: импорт жүк тасу мен сақтандырумен, экспорт оларсыз бағаланады; тауарлар шыққан немесе жөнелтілген елге жатқызылады; транзит, есепке алу мерзімі және түзетулер әртүрлі.',
  },
  'investment-az-to-kz': {
    en: 'From Azerbaijan into Kazakhstan: {v:inv-az-to-kz-to-2023-az} cumulative to 2023 by Azerbaijan’s count. Each bar says which years it covers and who reported it; cumulative and single-year figures are not added up.',
    az: 'Azərbaycandan Qazaxıstana: Azərbaycanın hesablamasına görə 2023-cü ilədək cəmi {v:inv-az-to-kz-to-2023-az}. Hər sütun hansı illəri əhatə etdiyini və kimin bildirdiyini göstərir; cəmi və bir illik rəqəmlər toplanmır.',
    ru: 'Из Азербайджана в Казахстан: {v:inv-az-to-kz-to-2023-az} всего к 2023 году по данным Азербайджана. У каждой полосы указано, какие годы она охватывает и кто её сообщил; накопленные и годовые цифры не складываются.',
    kk: 'Әзірбайжаннан Қазақстанға: Әзірбайжан есебі бойынша 2023 жылға дейін барлығы {v:inv-az-to-kz-to-2023-az}. Әр бағанда қай жылдарды қамтитыны және кім хабарлағаны көрсетілген; жинақталған және бір жылдық сандар қосылмайды.',
  },
  'investment-kz-to-az': {
    en: 'The other way, from Kazakhstan into Azerbaijan: {v:inv-kz-to-az-to-2023-az} cumulative to 2023, again by Azerbaijan’s count. Investment runs both ways.',
    az: 'Əks istiqamətdə, Qazaxıstandan Azərbaycana: yenə Azərbaycanın hesablamasına görə 2023-cü ilədək cəmi {v:inv-kz-to-az-to-2023-az}. İnvestisiya hər iki istiqamətdə gedir.',
    ru: 'В обратном направлении, из Казахстана в Азербайджан: {v:inv-kz-to-az-to-2023-az} всего к 2023 году, тоже по данным Азербайджана. Инвестиции идут в обе стороны.',
    kk: 'Кері бағытта, Қазақстаннан Әзірбайжанға: тағы да Әзірбайжан есебі бойынша 2023 жылға дейін барлығы {v:inv-kz-to-az-to-2023-az}. Инвестиция екі бағытта да жүреді.',
  },
  'investment-companies': {
    en: 'Companies with Kazakh capital in Azerbaijan: {v:co-kz-capital-in-az-2023-az} in 2023, {v:co-kz-capital-in-az-2025-10} by October 2025. Sources count them differently, so the points are not joined.',
    az: 'Azərbaycanda Qazaxıstan kapitallı şirkətlər: 2023-cü ildə {v:co-kz-capital-in-az-2023-az}, 2025-ci ilin oktyabrında {v:co-kz-capital-in-az-2025-10}. Mənbələr onları fərqli sayır, ona görə nöqtələr birləşdirilmir.',
    ru: 'Компаний с казахстанским капиталом в Азербайджане: {v:co-kz-capital-in-az-2023-az} в 2023 году, {v:co-kz-capital-in-az-2025-10} к октябрю 2025 года. Источники считают по-разному, поэтому точки не соединены.',
    kk: 'Әзірбайжандағы қазақстандық капиталы бар компаниялар: 2023 жылы {v:co-kz-capital-in-az-2023-az}, 2025 жылғы қазанда {v:co-kz-capital-in-az-2025-10}. Дереккөздер оларды әртүрлі санайды, сондықтан нүктелер қосылмаған.',
  },
  'oil-annual': {
    en: 'Kazakh crude via Aktau to Baku grew from {v:oil-aktau-to-baku-2022-kz} in 2022 to {v:oil-aktau-to-baku-2023-kz} in 2023 and {v:oil-aktau-to-baku-2025-kz} in 2025. The dotted lines are the agreed volumes: {v:oil-agreement-2022-11-tengiz}, then {v:oil-agreement-2024-03}.',
    az: 'Aktau vasitəsilə Bakıya Qazaxıstan nefti 2022-ci ildəki {v:oil-aktau-to-baku-2022-kz} həcmindən 2023-cü ildə {v:oil-aktau-to-baku-2023-kz}, 2025-ci ildə {v:oil-aktau-to-baku-2025-kz} həcminə çatıb. Nöqtəli xətlər razılaşdırılmış həcmlərdir: {v:oil-agreement-2022-11-tengiz}, sonra {v:oil-agreement-2024-03}.',
    ru: 'Казахстанская нефть через Актау в Баку: {v:oil-aktau-to-baku-2022-kz} в 2022 году, {v:oil-aktau-to-baku-2023-kz} в 2023-м и {v:oil-aktau-to-baku-2025-kz} в 2025-м. Пунктирные линии — согласованные объёмы: {v:oil-agreement-2022-11-tengiz}, затем {v:oil-agreement-2024-03}.',
    kk: 'Ақтау арқылы Бакуге қазақстандық мұнай: 2022 жылы {v:oil-aktau-to-baku-2022-kz}, 2023 жылы {v:oil-aktau-to-baku-2023-kz}, 2025 жылы {v:oil-aktau-to-baku-2025-kz}. Пунктир сызықтар — келісілген көлемдер: {v:oil-agreement-2022-11-tengiz}, кейін {v:oil-agreement-2024-03}.',
  },
  'oil-running': {
    en: 'Through the year, month by month: the 2023 start was {v:oil-tengiz-btc-rate-2023-03-az} from Tengiz; the dashed line is that stated pace, so each year’s line shows whether shipments kept up with it.',
    az: 'İl ərzində, ay-ay: 2023-cü ildə Tengizdən {v:oil-tengiz-btc-rate-2023-03-az} ilə başlanıb; qırıq xətt bu elan olunmuş tempdir, hər ilin xətti daşımaların ona çatıb-çatmadığını göstərir.',
    ru: 'В течение года, по месяцам: в 2023 году начали с {v:oil-tengiz-btc-rate-2023-03-az} с Тенгиза; штриховая линия — этот заявленный темп, и линия каждого года показывает, поспевали ли поставки за ним.',
    kk: 'Жыл бойы, ай сайын: 2023 жылы Теңізден {v:oil-tengiz-btc-rate-2023-03-az} көлемімен басталды; үзік сызық — осы жарияланған қарқын, әр жылдың сызығы жөнелтімдердің оған жеткен-жетпегенін көрсетеді.',
  },
  'corridor-tonnes': {
    en: 'Cargo on the Middle Corridor, the Trans-Caspian route, in tonnes. Each line counts something different: the whole route as Kazakhstan’s transport ministry counts it reached {v:corridor-cargo-2025-titr-kz} in 2025, after {v:corridor-cargo-2024-titr-kz} in 2024; the Port of Baku handled {v:corridor-cargo-2025-baku-port}, but that is all its cargo. Never add or compare the lines.',
    az: 'Orta Dəhliz, yəni Transxəzər marşrutu ilə yüklər, tonla. Hər xətt fərqli şeyi sayır: Qazaxıstan Nəqliyyat Nazirliyinin hesabladığı bütün marşrut 2025-ci ildə {v:corridor-cargo-2025-titr-kz} olub, 2024-cü ildə {v:corridor-cargo-2024-titr-kz} idi; Bakı Limanı {v:corridor-cargo-2025-baku-port} yük qəbul edib, amma bu, limanın bütün yüküdür. Xətləri toplamaq və ya müqayisə etmək olmaz.',
    ru: 'Грузы по Среднему коридору, Транскаспийскому маршруту, в тоннах. Каждая линия считает своё: весь маршрут в подсчёте Минтранса Казахстана — {v:corridor-cargo-2025-titr-kz} в 2025 году после {v:corridor-cargo-2024-titr-kz} в 2024-м; Бакинский порт обработал {v:corridor-cargo-2025-baku-port}, но это весь его грузооборот. Линии нельзя складывать и сравнивать.',
    kk: 'Орта дәліз, яғни Транскаспий бағыты бойынша жүктер, тоннамен. Әр сызық әртүрлі нәрсені санайды: Қазақстан Көлік министрлігінің есебі бойынша бүкіл бағыт 2025 жылы {v:corridor-cargo-2025-titr-kz} болды, 2024 жылы {v:corridor-cargo-2024-titr-kz} еді; Баку порты {v:corridor-cargo-2025-baku-port} жүк өңдеді, бірақ бұл порттың барлық жүгі. Сызықтарды қосуға да, салыстыруға да болмайды.',
  },
  'corridor-teu': {
    en: 'Containers on the corridor, in TEU. The Aktau–Baku line carried {v:trade-containers-aktau-baku-2025-kmtf} on Kazmortransflot’s ships alone in 2025; the whole route about {v:corridor-containers-2025-titr-kz}. The dotted line is a target, {v:corridor-containers-2029-target-kz} a year by 2029, and the hollow marker is a plan: neither is an outcome.',
    az: 'Dəhlizdə konteynerlər, TEU ilə. Aktau–Bakı xətti 2025-ci ildə yalnız Kazmortransflot gəmiləri ilə {v:trade-containers-aktau-baku-2025-kmtf} daşıyıb; bütün marşrut təxminən {v:corridor-containers-2025-titr-kz}. Nöqtəli xətt hədəfdir, 2029-cu ilə qədər ildə {v:corridor-containers-2029-target-kz}, boş marker isə plandır: heç biri faktiki nəticə deyil.',
    ru: 'Контейнеры на коридоре, в TEU. Линия Актау — Баку в 2025 году перевезла {v:trade-containers-aktau-baku-2025-kmtf} только на судах «Казмортрансфлота»; весь маршрут — около {v:corridor-containers-2025-titr-kz}. Пунктир — цель, {v:corridor-containers-2029-target-kz} в год к 2029 году, пустой маркер — план: ни то ни другое не факт.',
    kk: 'Дәліздегі контейнерлер, TEU-мен. Ақтау–Баку желісі 2025 жылы тек «Қазмортрансфлот» кемелерімен {v:trade-containers-aktau-baku-2025-kmtf} тасыды; бүкіл бағыт — шамамен {v:corridor-containers-2025-titr-kz}. Нүктелі сызық — мақсат, 2029 жылға қарай жылына {v:corridor-containers-2029-target-kz}, ал бос маркер — жоспар: екеуі де нақты нәтиже емес.',
  },
  'route-map': {
    en: 'The route: Tengiz to Aktau by rail, a tanker crossing of the Caspian to Sangachal near Baku, then the Baku–Tbilisi–Ceyhan pipeline, {v:btc-length-total} long, to the Mediterranean. The rail and sea lines on the map are approximate; the pipeline is the traced route.',
    az: 'Marşrut: Tengizdən Aktauya dəmir yolu ilə, Xəzərdən tankerlə Bakı yaxınlığındakı Səngəçala, sonra uzunluğu {v:btc-length-total} olan Bakı–Tbilisi–Ceyhan kəməri ilə Aralıq dənizinə. Xəritədə dəmir yolu və dəniz xətləri təxminidir; kəmər real xətt üzrə çəkilib.',
    ru: 'Маршрут: от Тенгиза до Актау по железной дороге, танкером через Каспий до Сангачала под Баку, затем по нефтепроводу Баку–Тбилиси–Джейхан длиной {v:btc-length-total} к Средиземному морю. Железнодорожный и морской участки на карте приблизительны; трубопровод показан по реальной трассе.',
    kk: 'Бағыт: Теңізден Ақтауға теміржолмен, Каспий арқылы танкермен Баку маңындағы Сангачалға, содан кейін ұзындығы {v:btc-length-total} Баку–Тбилиси–Джейхан құбырымен Жерорта теңізіне. Картадағы теміржол мен теңіз сызықтары шамамен көрсетілген; құбыр нақты трассамен сызылған.',
  },
  'timeline-1': {
    en: 'The foundations: diplomatic relations since 30 August 1992, the intergovernmental commission since 1999, and the strategic partnership treaty of 2005.',
    az: 'Əsaslar: 1992-ci il 30 avqustdan diplomatik əlaqələr, 1999-cu ildən hökumətlərarası komissiya və 2005-ci il strateji tərəfdaşlıq müqaviləsi.',
    ru: 'Основа: дипломатические отношения — с 30 августа 1992 года, межправительственная комиссия — с 1999 года и договор о стратегическом партнёрстве 2005 года.',
    kk: 'Негіздер: 1992 жылғы 30 тамыздан бастап дипломатиялық қатынастар, 1999 жылдан үкіметаралық комиссия және 2005 жылғы стратегиялық әріптестік туралы шарт.',
  },
  'timeline-2': {
    en: 'Since 2022 the pace has quickened: the declaration on allied interaction, and in March 2023 the first Kazakh oil cargoes from Aktau to Baku.',
    az: '2022-ci ildən bəri temp artıb: müttəfiqlik qarşılıqlı fəaliyyəti haqqında bəyannamə, 2023-cü ilin martında isə Aktaudan Bakıya ilk Qazaxıstan nefti yükləri.',
    ru: 'С 2022 года темп вырос: декларация о союзническом взаимодействии, а в марте 2023 года — первые партии казахстанской нефти из Актау в Баку.',
    kk: '2022 жылдан бері қарқын артты: одақтастық өзара іс-қимыл туралы декларация, ал 2023 жылғы наурызда Ақтаудан Бакуге қазақстандық мұнайдың алғашқы жүктері.',
  },
  'timeline-3': {
    en: 'From 2024: the 20th and 21st intergovernmental commissions, a joint direct investment fund set up in August 2024, and the Trans-Caspian fibre-optic cable, agreed in March 2025, whose cable was manufactured by February 2026; it is still planned, not laid.',
    az: '2024-cü ildən: hökumətlərarası komissiyanın 20-ci və 21-ci iclasları, 2024-cü ilin avqustunda yaradılan birgə birbaşa investisiya fondu və 2025-ci ilin martında razılaşdırılan Transxəzər fiber-optik kabeli; kabelin istehsalı 2026-cı ilin fevralında başa çatıb, lakin o hələ çəkilməyib, planlaşdırılır.',
    ru: 'С 2024 года: 20-е и 21-е заседания межправительственной комиссии, совместный фонд прямых инвестиций, созданный в августе 2024 года, и Транскаспийский волоконно-оптический кабель, согласованный в марте 2025 года; кабель изготовлен к февралю 2026 года, но ещё не проложен — это план.',
    kk: '2024 жылдан бастап: үкіметаралық комиссияның 20-шы және 21-ші отырыстары, 2024 жылғы тамызда құрылған бірлескен тікелей инвестициялар қоры және 2025 жылғы наурызда келісілген Транскаспий талшықты-оптикалық кабелі; кабель 2026 жылғы ақпанда дайындалды, бірақ әлі төселмеген — бұл жоспар.',
  },
} as const satisfies Record<SlideId, Record<Locale, string>>;
