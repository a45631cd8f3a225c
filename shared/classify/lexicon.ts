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
export const CAT_COUNT = 24;

/** Interrogative words and constructions: their presence makes a comment a question. */
export const QUESTION_WORDS = words(`
怎么|怎样|咋|什么|啥|哪|多少|几号|几天|几点|几码|几个|几件|几斤|几岁|几月|几折|几块|几时|多久|多长时间|多大|多高|多重|多宽|多厚|为什么
为啥|如何|请问|谁出|谁付|谁承担|谁负责|谁来|问下|问一下|想问|能否|是否|可否|有无|何时|谁知道|有人知道|求问|求解答|能不能|可不可以|有没有
是不是|会不会|要不要|行不行|好不好|对不对|能否|多钱|几号链接|啥时候|什么时候
`);

/** Requests that expect an answer or an action ("求链接", "帮我查下"). */
export const REQUEST_WORDS = words(`
求链接|求推荐|求尺码|求问|上链接|发链接|给个链接|链接发|帮我|帮忙|麻烦|我要退|我要换|我想退|我想换|申请退|给我退|给我换|退款吧|我要投诉
请回复|回复一下|回复我|回一下|看一下|看下|查一下|查下|查查|处理一下|给个说法|给我个说法|讲一下|讲讲|说一下|说下|介绍一下|介绍下|试一下
试穿一下|展示一下|看看|卡住|not working|isn't working|isnt working|stuck|没送到|没物流|没有物流|发一下|发下
没找到|找不到|打不开|失败|发错|i want|hasn't|haven't|still not|一直没动|没更新|不更新|再播|再讲|测一下|量一下
please|pls|plz|can you|could you|show me|tell me|let me know|wondering
anyone know|i want to return|i need
`);

/** Room chatter that is never a question on its own. */
export const CHATTER_WORDS = words(`
666|来了|来啦|打卡|报到|签到|主播好|大家好|晚上好|早上好|下午好|哈哈|好看|好美|漂亮|可爱|爱了|冲冲冲|冲鸭|支持|加油|谢谢|感谢|关注了
已关注|已拍|拍了|买了|下单了|已下单|抢到了|扣1|送出了|点赞|赞|哇|来看看|进来看看|看看我|看我|看一眼|hello|hi|lol|love|wow
nice|beautiful|gorgeous|thanks|thank you
`);

/** Dissatisfied viewer about to complain; prioritized and offered for escalation. */
export const ANGRY_WORDS = words(`
骗子|骗人|被骗|欺骗|诈骗|太垃圾|垃圾质量|垃圾东西|垃圾产品|垃圾店|真垃圾|投诉|差评|坑人|坑爹|黑心|退钱|举报|12315|消协|工商|曝光|气死
太过分|过分了|什么玩意|离谱|无语|恶心|再也不买|再也不来|拉黑|维权|忽悠|糊弄|敷衍|没人管|没人回|不理人|耍人|智商税|骗钱|太坑|坑了|我要投诉
给个说法|火大|生气|气人|scam|scammer|ripoff|rip off|fraud|worst|never again|report you
unacceptable|furious|ridiculous|angry|disgusting
`);
export const ANGRY_MILD_WORDS = words(`失望|后悔|不满意|什么鬼|搞什么|烦`);

/** Insults (辱骂). ASCII entries are matched on word boundaries. */
export const ABUSE_WORDS = words(`
傻逼|傻b|傻比|傻x|煞笔|沙比|沙雕主播|啥b|憨批|sb|2b|二逼|脑残|智障|弱智|白痴|蠢货|蠢猪|猪脑子|滚蛋|滚吧|滚出|给我滚|你滚|滚开
去死|死全家|妈的|他妈|尼玛|你妈|草泥马|操你|日你|cnm|nmsl|nmb|tmd|mlgb|wcnm|贱人|贱货|婊子|废物|狗东西|狗逼|丑八怪
死胖子|丑逼|神经病|你有病|有病吧|垃圾主播|你个垃圾|人渣|畜生|杂种|王八蛋|龟儿子|老不死|死肥猪|fuck|f*ck|fck|stupid|idiot
bitch|moron|shut up|retard|dumbass|loser|asshole|bastard|ugly cow|笨蛋|脑子进水|脑子有病
傻缺|土狗|丑死|stfu|狗屁|算什么东西|蠢得|蠢死|傻帽|二货|滚犊子|瓜皮|屌丝|脑瘫|猪头|蠢蛋|傻叉|傻屌|狗日|妈卖批|mmp|恶心人
trash host|you suck|screw you
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
`);

/** Contact channels; an ad when followed by an id or number (or anywhere at sensitivity "high"). */
export const CONTACT_WORDS = words(`
微信|薇信|威信|徽信|危信|维信|v信|v芯|微芯|威芯|卫星号|vx|wx|weixin|wechat|微x|扣扣|qq|企鹅|球球|q号|电话|手机号
联系方式|tel|whatsapp|tg|v:|v号|v|q:|qq:|q群|号码|vx号|微信号
`);

/** Marks a question as about this viewer's own order → complex (needs support). */
export const ORDER_WORDS = words(`
我的订单|我的单|单子|派送中|my parcel|my tracking|我的快递|我的包裹|我的货|我买的|我拍的|我下单|我付款|我昨天|我前天|我上周
我上次|订单号|单号|已经拍了|已经付款|已经下单|拍了几天|拍了好几天|买了几天|下单几天|几天了|好几天|还没发|还没收到|没收到|还没到|收到的|收到了
到手了|刚到手|客服|订单|穿了|洗了|用了|一洗|一穿|才穿|才用|刚收到|我收到|my order|i ordered|i bought
my package|received|order #
`);

/** Built-in spam phrasings (follow-for-follow, screen filling). */
export const SPAM_WORDS = words(`互粉|互关|求关注|关注我|求回关|回关|刷屏|涨粉|求赞|f4f|follow back|sub4sub`);

/** Statement markers that veto a weak question cue ("我知道多少钱了"). */
export const STATEMENT_WORDS = words(`已经知道|知道了|明白了|懂了|没什么|什么都|怎么都|多少都|哪里都|谁都`);

/** Questions about the show or the host rather than the goods (type "other" when no topic matched). */
export const OTHER_QUESTION_WORDS = words(`
下播|开播|明天直播|还直播|直播到|几点播|歌|音乐|bgm|名字|叫什么|哪里人|哪的人|有人吗|在吗|在不在|错过|下一个|下一款|下个|还播|主播几岁
结婚|主播多高|主播多重|主播身高|主播体重|song|music|live tomorrow|go live|host|where are you from
your name|anyone here
`);

/** Defect words that are a product question when asked generically ("会起球吗") and a complaint after use. */
export const DEFECT_WORDS = words(
  `过敏|扎人|扎不扎|磨脚|痒|起球|掉色|缩水|味道|变形|色差|开线|掉毛|褪色|有股`,
);
