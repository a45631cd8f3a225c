// Built-in cue lists (not team-edited; the team extends them with blocked terms and keywords).
// All entries are in folded form (lower-case, half-width).
import { words } from './words';

/** Category indexes used in the keyword automaton. 0–5 are the topic types in TOPIC_TYPES order. */
export const CAT_QWORD = 6;
export const CAT_CHATTER = 7;
export const CAT_ANGRY = 8;
export const CAT_ABUSE = 9;
export const CAT_ADS = 10;
export const CAT_CONTACT = 11;
export const CAT_ORDER = 12;
export const CAT_BLOCK_SPAM = 13;
export const CAT_BLOCK_ADS = 14;
export const CAT_BLOCK_ABUSE = 15;
export const CAT_ALLOW = 16;
export const CAT_ABUSE_MILD = 17;
export const CAT_REQUEST = 18;
export const CAT_SPAM = 19;
export const CAT_ANGRY_MILD = 20;
export const CAT_STATEMENT = 21;
export const CAT_OTHERQ = 22;
export const CAT_DEFECT = 23;
export const CAT_RHETORIC = 24;
export const CAT_COUNT = 25;

/** Interrogative words and constructions: their presence makes a comment a question. */
export const QUESTION_WORDS = words(`
怎么|怎样|咋|什么|啥|哪|多少|几号|几天|几点|几码|几个|几件|几斤|几岁|几月|几折|几块|几时|多久|多长时间|多大|多高|多重|多宽|多厚|为什么
为啥|如何|请问|谁出|谁付|谁承担|谁负责|谁来|问下|问一下|想问|能否|是否|可否|有无|何时|谁知道|有人知道|求问|求解答|能不能|可不可以|有没有
是不是|会不会|要不要|行不行|好不好|对不对|能否|多钱|几号链接|啥时候|什么时候
几升|几包|几样|几年级|几单|几寸|几瓦|几人|几克|几根|几片|几颗|几罐|几盒|几瓶|几袋|几箱|几支|几只|几双|几套|几本|几册|几层|几档|几种|几款|几色
几个色|几毫升|几g|几kg|几寸的|几英寸|几号圈|几成新|几分熟|几度|几米|几公分|几厘米|几平|几升的|多少克|多少斤|多少毫升|多少个|多少度|多少瓦
有莫得|有木有|有没得|莫得了吗|有冇|系唔系|啥子|咋个|咋样|咋整|咋办|咋回事|为嘛|干嘛不|凭啥|哪儿|哪个|哪款|哪种|哪家|啥时|多会儿
偏大偏小|大还是小|咋回事|怎么回事
几级|几匹|几p|几代|几核|几挡|几开|几分的|几号色
几段|几房|几瓣|几粒|几条|几张|几台|几部|几枚|几头|几年|几个月|几周|几时发|几时到|包邮不包|包不包|谁管|有人管吗|有人管没
which size|what size|can i|what do i do|what should i do|what do we do
`);

/** Requests that expect an answer or an action ("求链接", "帮我查下"). */
export const REQUEST_WORDS = words(`
求链接|求推荐|求尺码|求问|上链接|发链接|给个链接|链接发|帮我|帮忙|麻烦|我要退|我要换|我想退|我想换|申请退|给我退|给我换|退款吧|我要投诉
请回复|回复一下|回复我|回一下|看一下|看下|查一下|查下|查查|处理一下|给个说法|给我个说法|讲一下|讲讲|说一下|说下|介绍一下|介绍下|试一下
试穿一下|展示一下|看看|卡住|not working|isn't working|isnt working|stuck|没送到|没物流|没有物流|发一下|发下
没找到|找不到|打不开|失败|发错|i want|hasn't|haven't|still not|一直没动|没更新|不更新|再播|再讲|测一下|量一下
please|pls|plz|can you|could you|show me|tell me|let me know|wondering
anyone know|i want to return|i need
求个|求讲解|求试穿|求试色|求返场|求上|求补货|求尺码表|上个链接|来个链接|发个链接|给个链接|链接呗|链接链接|要链接|想要链接
蹲链接|蹲上架|蹲返场|坐等链接|等链接|链接发我|链接在哪|没看到链接|链接没看到|车里没看到|车里没有|没拿到|显示签收|签收了但|没收到货
催一下|催下|帮忙催|帮我催|能不能快点|快点发|尽快发|讲讲这个|再讲一下|试试这个|上身看看|拉近看看|近点看|看看细节|看看背面|看看里面
link pls|link please|price pls|price please|size chart|restock|send link|drop the link|need the link
拍不了|拍不上|下不了单|点不进去|进不去|付不了|退钱|取消订单|我要取消|says delivered|but its not here|but it's not here|not here yet|got nothing|never got
没单号|没有单号|查不到
我没收到|可我没收到|但我没收到|没收到啊|plss|plsss|plzz|pleasee|never came|never arrived|hasnt arrived|hasn't arrived|didnt arrive|still waiting
keeps failing|won't let me|wont let me|can't check out|cant checkout|can't pay|cant pay|charged twice|double charged
想改|改个收货|改下地址|改一下地址|改地址|改个地址|换地址|想改地址|帮我改|快帮我改|发我一下|发我下|没人处理|没人管|refund me|give me my money|can't find|cant find|can not find|给点优惠|优惠点|便宜点呗|便宜点吧|唱一个|唱首歌|跳个舞
`);

/** Room chatter that is never a question on its own. */
export const CHATTER_WORDS = words(`
666|来了|来啦|打卡|报到|签到|主播好|大家好|晚上好|早上好|下午好|哈哈|好看|好美|漂亮|可爱|爱了|冲冲冲|冲鸭|支持主播|支持支持|支持一下|必须支持|支持你|加油|谢谢|感谢|关注了
已关注|已拍|拍了|买了|下单了|已下单|抢到了|扣1|送出了|点赞|赞|哇|来看看|进来看看|看看我|看我|看一眼|hello|hi|lol|love|wow
nice|beautiful|gorgeous|thanks|thank you
yyds|xswl|awsl|绝绝子|无语子|哈哈哈|嘿嘿|嘻嘻|蹲到了|抢到啦|已下单|刚拍|已付款|买买买|冲了|安排|必须安排|真香|太香了|好香|馋哭
so pretty|so cute|love this|omg|obsessed|amazing|just ordered|got mine
need this|need it|want this|want it|i need one|cant wait|can't wait
随便看看|就看看|我再看看|再看看|看看不买|先看看|只看看|看看而已|不说话
`);

/** Dissatisfied viewer about to complain; prioritized and offered for escalation. */
export const ANGRY_WORDS = words(`
骗子|骗人|被骗|欺骗|诈骗|太垃圾|垃圾质量|垃圾东西|垃圾产品|垃圾店|真垃圾|投诉|差评|坑人|坑爹|黑心|退钱|举报|12315|消协|工商|曝光|气死
太过分|过分了|离谱|无语|再也不买|再也不来|拉黑|维权|忽悠|糊弄|敷衍|没人管|没人回|不理人|耍人|智商税|骗钱|太坑|坑了|我要投诉
给个说法|火大|生气|气人|scam|scammer|ripoff|rip off|fraud|worst|never again|report you
unacceptable|furious|ridiculous|angry|disgusting
被坑|坑死|骗老人|骗我|骗局|什么破|破玩意|垃圾玩意|太差劲|差劲|态度差|态度恶劣|无良|奸商|黑店|缺德|欺负人|等着投诉
等着差评|必须差评|打12315|要曝光|去曝光|还我钱|退我钱|赶紧退|骗子店|假一赔|没良心|太坑了|坑钱|割韭菜|刷单骗|scammed|lied to|false advertising
什么垃圾|啥垃圾|你们怎么回事|你们什么意思|什么意思啊|什么服务态度|服务态度|说话不算话|好意思卖|也敢卖|大家别买|别买了|千万别买|thieves|chargeback
garbage|refund me|money back now
`);
export const ANGRY_MILD_WORDS = words(
  `失望|后悔|不满意|什么鬼|搞什么|烦|说好的|凭什么|terrible|awful|恶心|什么玩意`,
);

/** Insults (辱骂). ASCII entries are matched on word boundaries. */
export const ABUSE_WORDS = words(`
傻逼|傻b|傻比|傻x|煞笔|沙比|沙雕主播|憨批|sb|二逼|脑残|智障|弱智|白痴|蠢货|蠢猪|猪脑子|滚蛋|滚吧|滚出|给我滚|你滚|滚开
去死|死全家|妈的|他妈|尼玛|你妈|草泥马|操你|日你|cnm|nmsl|nmb|tmd|mlgb|wcnm|贱人|贱货|婊子|废物|狗东西|狗逼|丑八怪
死胖子|丑逼|神经病|你有病|有病吧|垃圾主播|你个垃圾|人渣|畜生|杂种|王八蛋|龟儿子|老不死|死肥猪|fuck|f*ck|fck|stupid|idiot
bitch|moron|shut up|retard|dumbass|loser|asshole|bastard|ugly cow|笨蛋|脑子进水|脑子有病
傻缺|土狗|丑死|stfu|狗屁|算什么东西|蠢得|蠢死|傻帽|二货|滚犊子|瓜皮|屌丝|脑瘫|猪头|蠢蛋|傻叉|傻屌|狗日|妈卖批|mmp|恶心人
trash host|you suck|screw you
狗主播|猪主播|死主播|废物主播|蠢主播|丑主播|傻狗|蠢狗|舔狗|狗比|狗b|狗逼|你瞎啊|眼瞎啊|死妈|nmsl|wqnmlgb|cnmb|sbzb|脑瘫|脑子有坑
你个垃圾|你是垃圾|你就是垃圾|主播是垃圾|主播垃圾|垃圾助播|你这个垃圾|什么东西啊你|算个屁|滚粗|滚远点|一边滚|你滚吧|shabi|sha bi|naocan|zhizhang
傻蛋|傻瓜主播|煞比|沙币|傻币|傻屄|傻吊|傻diao|弱智主播|智障主播|丑逼|丑女|丑鬼|肥婆|死肥婆|死猪|贱b|贱比|贱不贱|真贱|犯贱|下贱|嘴贱
你是不是傻|主播是不是傻|是不是傻逼|是不是傻子|你是不是有病|你有毛病|有毛病吧|脑子有问题|脑子坏了|idiots|stupid host|ugly host|dumb host|fat pig|piece of shit
dipshit|jerk|clown host|pathetic|kill yourself|kys
biatch|you're ugly|you are ugly|ur ugly|you ugly|ur trash|you're trash|youre trash|you are trash|you're an idiot
脑子有泡|眼瞎|瞎了眼|瞎眼|猪一样的|狗一样的|二百五|你个憨|恶心巴拉|穷逼|哪根葱|闭嘴吧|你闭嘴|闭嘴你|给我闭嘴|都闭嘴|不要脸|臭不要脸|傻子|丑人|狗腿子|熊样|瞅你那|乡巴佬|矮冬瓜|土鳖|绿茶婊|婊|肥猪|去你的|去你妈|没脑子|垃圾人|喷子|屁话|放屁|没文化|穷鬼|老女人|老男人
老东西|死鬼|贱人|活该没人|看你那样|你算老几|算个什么东西|算个啥|有病吧你|是不是有病|神经病啊|what a clown|you clown|a clown|go to hell|go die|loser host
瓜娃子|哈批|哈麻批|瓜批|龟孙|龟孙子|瘪三|小瘪三|王八羔子|王八犊子|畜牲|败类|骚货|烂货|贱种|小三脸|黄脸婆|老巫婆|傻狍子|二臂|撒比|傻13|沙13|伞兵主播|你个伞兵|铸币|你大爷的|去你大爷|泥马|泥煤|你吗的|尼玛的|你奶奶的|你祖宗|操你祖宗|全家死|死全家|你妈没了|你妈死了|你妈炸了|我是你爹|我是你爸|叫爸爸|艹你|cao你|cao ni ma|caonima|rnm|nmd|wdnmd|mdzz|nt吧|你nt|nt主播|zz主播|zz助播|特么的|特么|去屎|吃屎|屎一样|跟屎一样|死绿茶|绿茶婊|你也配|精神病吧|你精神病|神经病吧|哑巴了|你是哑巴|死人吗|是死人|猪吗|都是猪|跟个猪|像个猪|猪似的|狗似的|满脸横肉|大饼脸主播|秃头主播|秃子主播|死秃子|矮矬穷|丑得要死|丑得|肥得像|胖得像猪|胖成猪|大肥猪|母猪|肥婆|矮子主播|龅牙主播|麻子脸|老鸨|你个狗|你是狗|是条狗|孙子你|你个孙子
ugly ass|dumb ass|dumbass|trash streamer|garbage host|trash host|you people are trash|you people are garbage|you're garbage|ur garbage|fat cow|shut ur mouth|shut your mouth|go f yourself|go fuck yourself|stfu|you look like a|you look like an|piece of trash|braindead|brain dead|scumbag|fw主播
蠢样|一脸蠢|一脸贱|贱样|丑样|猥琐|没脸没皮|臭傻|操蛋
贱骨头|狗杂种|杂碎|死三八|臭三八|你个三八|蠢驴|驴脸|马脸主播|歪瓜裂枣|长得寒碜|真寒碜|磕碜|猪八戒|癞蛤蟆|娘炮|人妖|黑鬼|胖子主播|大胖子主播|主播胖子|死矮子|小矮子|矮子主播|大脸猫主播
扑街|仆街|冚家铲|痴线|傻嗨|戆卵|册那|娘希匹|瓜怂|哈怂|闷怂|信球|憨包|你个哈儿|宝器|瓜兮兮|彪子|虎了吧唧|二愣子|缺心眼|山炮|欠揍|欠抽|找抽|弄死你|打死你|砍死你|整死你
你爹|你全家|刨你祖坟|祖坟冒|断子绝孙|生孩子没屁眼|没屁眼|你妈炸|wbd|sjb|dsb|nnd|qnmd|djb
slut|whore|cunt|dickhead|prick|twat|wanker|nitwit|imbecile|fatso|fatass|fat ass|ugly af|so ugly|gross host|nobody likes you|you're a joke|ur a joke|get lost loser|freak show
`);
/** Only at sensitivity "high". */
export const ABUSE_MILD_WORDS = words(`丑|胖猪|蠢|滚|闭嘴|dumb|ugly|难看死了|土鳖|low逼`);

/** Ad / 引流 phrasings that are ads on their own. */
export const AD_WORDS = words(`
加v|加微|加薇|加威|加维|加wx|加vx|加q|加扣|加我|+v|+微|+q|+wx|+vx|私我|私聊我|私信我|看我主页|主页有|主页看|点我头像
头像有|看头像|兼职|刷单|日赚|日结|宝妈在家|招代理|做代理|招聘|免费领取|免费送|加群|进群|拉你进|引流|找我买|联系我|低价出|一手货源|货源
厂家直销|同款更便宜|比这便宜|私信领|来我直播间|我直播间|滴滴|搜索我|我的店铺|看我名字|看名字|扫码|工厂价|厂价|淘宝搜|拼多多搜|私聊|滴滴我|戳我
dm me|check my bio|link in bio|whatsapp me|telegram|follow my page|earn money
work from home
某宝搜|某宝有|某多多搜|某夕夕搜|某东搜|某鱼搜|闲鱼搜|搜同款|同款一半|一半价|拼夕夕搜|加好友|加个好友|好友私|私戳|私聊拿|私聊领|私信拿|私信领|滴我|dd我
v我|看简介|简介有|主页福利|主页领|主页进|主页拿|头像领|头像进|点头像|进主页|看主页|我主页|橱窗有|我橱窗|日入|躺赚|打字员|点赞员|刷单返利|宝妈兼职
学生兼职|在家赚|轻松赚|一单一结|招募|招学员|带你赚|高仿私|高仿找我|高仿加|a货私|原单|尾单|工厂店|代购私|加q群|q群|我家店|我的小店|我家更便宜
pm me|inbox me|text me|message me|hit me up|hmu|add me on|my ig|my insta|ig:|insta:|snapchat|onlyfans|cashapp|passive income|make money|earn $
click the link|visit my shop|check my shop|my shop has|bit.ly|linktr.ee|tinyurl
wx同号|微信同号|v同号|vx同号|微同号|薇同号|电话同号
follow me for|check my page|my page for|visit my page|free stuff|link in my bio|in my bio
主页橱窗|橱窗同款|主页同款|dm for|dm to|my shop|视频号搜|b站搜|微博搜|我简介|个人简介|留个手机号|留手机号|留个号|留下手机|粉丝群|进我群|我的群|群号|公众号|加wei|加weixin|加v信|v信同号|信同号|留个电话|留电话|留个联系方式|留下电话|my profile|visit my store|my store|check my store
搜一搜|抖音搜|快手搜|小红书搜|小红薯|小绿书|搜我|主页置顶|置顶视频|置顶有|看昵称|昵称有|看我昵称|贷款找我|下款|网贷|套现|无抵押|借钱找我|➕我|➕v|➕vx|➕微
➕q|➕wx|复制这段话|打开淘宝|打开tb|打开某宝|复制口令|復制|淘口令|我的视频有|看我视频|去我视频|看我作品|带你薅羊毛|薅羊毛群|带你赚钱|same item for|half price at my
微心|薇心|徽信号|裙号|围脖搜|微博号|加绿色|绿色软件|pdd搜|多多搜|找我拿货|拿货找我|dy号|抖音号|快手号|小红书号|代开发票|代开票|v同名|vx同名|微信同名|同名v|有意者私|有意者加|有意私|主页见|头像就是|头像是我|联系方式在|联系方式看|在头像|看签名|签名有|个签有|签名里|看我资料|资料卡|看我动态|动态有|加line|add my line|line id|line:|一件代发|找我拿|来我这买|来我这|赚钱的扣|想赚钱|带你飞|需要代购|找我代购|接代购|代购加|代购需要|代购找我|日本代购|韩国代购|香港代购|法国代购|代购私|关注我领|关注领红包|领取红包|领红包找我|借款|秒下款|秒批|征信不好也|不看征信|黑户也能|额度高|在家兼职|手机兼职|兼职日结|手工活|打字员|二维码在|扫二维码进|扫码加|扫码进|去我橱窗|我的橱窗|来我直播|进我直播|我直播|抖音搜|小红薯搜|绿泡泡|加球球|纸飞机搜|飞机搜
go to my live|my live|on my page|my channel|join my channel|my telegram|my whatsapp|message me on|hmu on|add me on|contact me|dm for|dm me|in my bio|my bio|check bio|bio link|link in my profile|in my profile|qr in my|scan the qr|wechat:|wechat me|telegram me|whats app|follow @|follow me @
看我头像|我头像|头像见|头像联系|tb搜|dy搜|ks搜|xhs搜|jd搜|+薇|+威|+维|+v信|➕薇
看我置顶|私信暗号|暗号领|扣1领|扣1送|评论区扣1|关注后私信|全网最低找我|同款低价找我|工厂直发|出厂价|批发价找我|拿货价|加盟|招商加盟|副业|赚钱项目|零投资|零成本|手机赚钱|网赚|返利群|返现群|刷粉|买粉|涨粉找我|代运营|上热门找|抖加|投流找|福利群|vip群|彩票群|买彩票找|博彩|娱乐城|棋牌|上分|同城约|约吗|看片|资源群|网盘资源|tg群|whatsapp group|telegram group
crypto|bitcoin|forex|invest with me|investment plan|giveaway on my page|free iphone|click here|use my code|coupon code in
`);

/** Contact channels; an ad when followed by an id or number (or anywhere at sensitivity "high"). */
export const CONTACT_WORDS = words(`
微信|薇信|威信|徽信|危信|维信|v信|v芯|微芯|威芯|卫星号|vx|wx|weixin|wechat|微x|扣扣|qq|企鹅|球球|q号|电话|手机号
联系方式|tel|whatsapp|tg|v:|v号|v|q:|qq:|q群|号码|vx号|微信号
卫星|wei信|wei xin|weixin|v❤|薇❤|微❤|威❤|v💗|绿泡泡|小绿泡|抠抠|叩叩|扣q|🐧|飞机号|纸飞机|电报|telegram|tg号|line id
tele|嶶信|溦信|徾信|微亻言|薇亻言|v亻言|威亻言|q裙|扣裙|qq裙|企鹅号|vx搜|wx搜|v搜
🛰|✈️|✈|📞|球球号|徽亻言|薇心|微心|喂信|胃信|wei心|v心
`);

/** Marks a question as about this viewer's own order → complex (needs support). */
export const ORDER_WORDS = words(`
我的订单|我的单|单子|派送中|my parcel|my tracking|我的快递|我的包裹|我的货|我买的|我拍的|我下单|我付款|我昨天|我前天|我上周
我上次|订单号|单号|已经拍了|已经付款|已经下单|拍了几天|拍了好几天|买了几天|下单几天|几天了|好几天|还没发|还没收到|没收到|还没到|收到的|收到了
到手了|刚到手|客服|订单|穿了|洗了|用了|一洗|一穿|才穿|才用|刚收到|我收到|my order|i ordered|i bought
my package|received|order #
催一下|催下|帮我催|催单|我的订单|我拍的|我买的|我下的单|我家的|到我这|我这边|我收到|收到货|签收|我没拿到|没拿到|我用了|用了两天|用了几天
被退回
我的件|查下物流|查物流|查一下物流|帮我查|我那个|我那单|我的那|我拍了|物流一直不动|一直不动|物流不动|days ago|still not shipped|haven't received
`);

/** Built-in spam phrasings (follow-for-follow, screen filling). */
export const SPAM_WORDS = words(`互粉|互关|求关注|关注我|求回关|回关|刷屏|涨粉|求赞|f4f|follow back|sub4sub
follow 4 follow|follow for follow|follow4follow|互相关注|必回|互赞|来点关注|关注必回|必回关|回粉|求互关|互助互关|粉丝互助
`);

/** Statement markers that veto a weak question cue ("我知道多少钱了"). */
export const STATEMENT_WORDS = words(`已经知道|知道了|明白了|懂了|没什么|什么都|怎么都|多少都|哪里都|谁都`);

/** Questions about the show or the host rather than the goods (type "other" when no topic matched). */
export const OTHER_QUESTION_WORDS = words(`
下播|开播|明天直播|还直播|直播到|几点播|歌|音乐|bgm|名字|哪里人|哪的人|有人吗|在吗|在不在|错过|下一个|下一款|下个|还播|主播几岁
结婚|主播多高|主播多重|主播身高|主播体重|song|music|live tomorrow|go live|host|where are you from
your name|anyone here
几点开播|几点下播|明天几点|明天播|今天播到|播到几点|下一款是|下个是|主播身高|主播体重|主播多大
背景音乐|什么歌|啥歌|主播叫|what time|when do you go live|what song
用什么手机拍|啥手机拍|什么手机拍|手机拍的|next live|the live|livestream|live stream
where are you guys from|you guys from|where you from|next drop|next show
换背景|背景|美颜|滤镜|下班|下场直播|下场播|换人|讲慢点|慢点讲|说慢点|讲慢一点|声音太小|声音好小|声音大点|大点声|镜头|画面|嗓子|没化妆|化妆了|妆容|专场|唱一个|唱首|跳个舞|跳舞|吃饭了|吃饭没|今年多大|几岁了
giveaway|破万|人气|在线人数|再讲一遍|讲一遍|厂家还是代理|你们是厂家|你们是代理|自己用的|自己的吗|还回来|based|where are you based
`);

/** Defect words that are a product question when asked generically ("会起球吗") and a complaint after use. */
export const DEFECT_WORDS = words(
  `过敏|扎人|扎不扎|磨脚|痒|起球|掉色|缩水|味道|变形|色差|开线|掉毛|褪色|有股
臭|盗版|掉钻|生锈|氧化|变色|发黑|卡粉|搓泥|闷痘|刺激|辣眼睛|漏水|异响|发烫|软了|不新鲜|太酸|好酸|酸不酸|烂果|坏果|压坏|虫子|有虫|头发|异物
漏液|鼓包|胀袋|磕碰|碰伤|不保温|开不了机|不开机
`,
);

// ---- round 2 (broader rooms: beauty, food, fresh fruit, electronics, home goods, jewellery, books) ----

/**
 * Rhetorical or exclamatory phrasings that look like questions but expect no answer ("谁懂啊",
 * "这还用问吗 必须买", "怎么这么好看"). Question cues inside these spans are ignored.
 */
export const RHETORIC_WORDS = words(`
谁懂啊|谁懂|谁能懂|谁能拒绝|谁不爱|谁不想要|谁不心动|谁还不|谁还没|有谁不|是谁还没|这还用问吗|还用问吗|这还用问|还用问|这还用说|还用说吗|还用说
不香吗|难道不香|难道不|能不爱吗|怎能不爱|怎么可能不买|怎么可能不|怎么这么好看|怎么这么美|怎么这么可爱|怎么这么好|怎么这么会|怎么这么白|怎么这么瘦
怎么这么便宜|怎么可以这么|怎么能这么|咋这么好看|咋这么美|咋这么可爱|咋这么便宜|咋这么好|为什么这么好看|为啥这么好看|什么神仙|什么宝藏|什么绝世
哪里不好看|哪有不好看|真的假的|你敢信|不是吧|何德何能|怎么说呢|说什么也要|不管怎么|管他呢|那又怎样|又能怎样|能怎么办呢|有什么办法呢
什么时候都|多多少少|多少有点|好不好看都|怎么看都|谁说不是|可不是嘛|是吧是吧|对吧对吧|有没有人懂|懂的都懂|有什么好说的
what a|how cute|how pretty|how beautiful|how cool|how lovely|how gorgeous|how amazing|who cares|why not lol|guess what
也不说了|啥也不说|什么也不说|啥都不说|how cute is|how pretty is|how cool is|how cute are
莫得问题|没得问题|木有问题|莫得钱|没得钱|莫得办法|没得办法|木有办法|莫得时间|莫得事|就说嘛|我就说|天哪|天呐|我的天|什么垃圾|啥垃圾|什么服务态度|好意思卖
没色差|无色差|没有色差|色差不大|没异味|没有异味|没味道|不起球|没起球|肤质不一样|质量很好|质量不错|质量挺好
`);

/** Type phrases that settle a boundary whatever else matched (weight 3): [term, type index]. */
export const TYPE_PHRASES: readonly (readonly [string, number])[] = [
  // after-sales policy beats the defect it is conditional on ("坏了包换吗")
  ...words(`包换|包退|包赔|坏果包赔|坏了包|坏了能|坏了可以|坏了怎么保修|坏果怎么赔|烂果怎么赔|烂了包|坏了保修|质保多久|保修多久|七天无理由
  能退吗|能换吗|可以退吗|可以换吗|退不退|换不换|能退不|能换不|怎么退|怎么换|退货|换货`).map(
    (t) => [t, 4] as const,
  ),
  // a coupon / payment that does not work is a price / purchase question, not a product defect
  ...words(
    `券用不了|券不能用|券怎么用|券在哪|红包用不了|红包怎么用|福袋怎么|福袋咋|抽福袋|福袋几点|抽奖几点|优惠码`,
  ).map((t) => [t, 1] as const),
  ...words(`花呗用不了|付不了款|付款失败|支付失败|下不了单|拍不了|拍不下|提交不了|怎么选|关注才能|粉丝团才|灯牌|才能买|才能拍|限购|能拍几|拍几单
  how do i buy|how can i buy|how to order|where do i buy|add to cart`).map((t) => [t, 2] as const),
  // a ring / bracelet "号" is a size, not a link number
  ...words(`圈号|圈口|手寸|几号圈|戴几号|手围|戒圈|几号色|号色`).map((t) => [t, 0] as const),
  // "还没发" / "催发货" of an order is shipping even with "我前天拍的"
  ...words(`还没发|咋还没发|怎么还没发|还不发|不发货|没发货|催发货|催一下发货|催下发货|送货上门|送到家|冷链|催一下|帮我催|催下|被退回|快递退回
  今天能到|明天能到|能到不|能到吗|几天能收到|多久能收到|发哪|哪发`).map((t) => [t, 3] as const),
  ...words(
    `加多少运费|运费多少|多少运费|邮费多少|包邮不|包邮吗|包不包邮|专属价|粉丝价|会员价|新人价|到手多少`,
  ).map((t) => [t, 1] as const),
  ...words(`能改不|可以改吗|能改吗|拍错|只到了|只收到|少了一件|少一件|只发了|送错`).map(
    (t) => [t, 4] as const,
  ),
  ...words(`能不能用|能用吗|能用不|可以用吗|可以用不`).map((t) => [t, 0] as const),
  // round 3: boundaries seen on the round-2 held-out set, written as general cues
  ...words(`换大一码|换小一码|换大一号|换小一号|换大点|换小点|地址错了|地址写错|改个收货|改个地址|想改地址|有人管吗|有人管不|do you cover|cover damaged|改收货地址|change my shipping address|change my address|change the address
  保价怎么|申请保价|退差价|延保|专票|普票|开发票|电子发票|保修几年|质保几年`).map((t) => [t, 4] as const),
  ...words(`费多少|费是多少|费用多少|多少费|含税|税费|税点|按盒|按件|按只|按瓶|按袋|按包|按套|满多少|满几件|按斤卖|按箱卖|按个卖|按斤|按箱|工费|手续费|那个价|这个价|价还有|优惠还有|券还有|活动还有|额外优惠|有优惠吗|能便宜|便宜吗
  tax included|include tax|sales tax|单支多少|套装多少|一支多少|一瓶多少`).map((t) => [t, 1] as const),
  ...words(
    `在哪点|哪里点|点哪|留一件|留一个|帮我留|一起拍|shop tab|item number|can't find it|cant find it`,
  ).map((t) => [t, 2] as const),
  ...words(
    `几时到|几时能到|几号能到|啥时候能到|什么时候能到|which carrier|what carrier|几时发|要等几天|等几天|单号多少|运单号|今天能发|能发不|能发吗|加急`,
  ).map((t) => [t, 3] as const),
  ...words(`吃出|没声音|没有声音|nothing like|missing a button|button fell off|not as pictured`).map(
    (t) => [t, 5] as const,
  ),
];

/** Look-alikes that are not abuse or ads: they mask moderation hits overlapping them. */
export const NOT_ABUSE_WORDS = words(`
傻子才不|傻傻|傻眼|犯傻|傻乎乎|装傻|2b铅笔|2b铅|妈妈的|他妈妈|你妈妈|她妈妈|我妈的|废物利用|猪头肉|西瓜皮|冬瓜皮|瓜皮帽|滚筒|滚轮|滚珠|滚动|滚烫
滚边|打滚|翻滚|滚刷|滚针|滚梳|垃圾袋|垃圾桶|垃圾分类|垃圾篓|垃圾处理|白痴美|sb级|qq弹|q弹|qq肉|qq软糖|q版|扣子|纽扣|扣带|微信支付|微信付
丑橘|丑萌|蠢萌|爬山|爬行|爬楼|爬坡
深v|v领|大v领|vivo|主播主页|你主页|你们主页|店铺主页|官方主页|主页回放|主页有回放|主页橱窗里|扫码查|扫码验
`);
