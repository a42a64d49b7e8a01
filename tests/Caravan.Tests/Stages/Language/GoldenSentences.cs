namespace Caravan.Tests.Stages.Language;

/// <summary>News-style sentences written for these tests (no third-party text), one per language.</summary>
internal static class GoldenSentences
{
    public static TheoryData<string, string> All { get; } = new()
    {
        { "de", "Der Präsident traf am Dienstag in Astana den Außenminister, um über neue Handelswege zu sprechen." },
        { "ro", "Președintele a declarat marți că guvernul va sprijini proiectele de infrastructură din regiune." },
        { "en", "The minister said on Tuesday that the new railway would open before the end of next year." },
        { "ru", "Министр заявил во вторник, что новая железная дорога откроется до конца следующего года." },
        { "kk", "Министр сейсенбі күні жаңа темір жол келесі жылдың соңына дейін ашылатынын мәлімдеді." },
        { "uk", "Міністр заявив у вівторок, що нова залізниця відкриється до кінця наступного року." },
        { "be", "Міністр заявіў у аўторак, што новая чыгунка адкрыецца да канца наступнага года." },
        { "bg", "Министърът заяви във вторник, че новата железопътна линия ще бъде открита догодина." },
        { "fr", "Le ministre a déclaré mardi que la nouvelle ligne de chemin de fer ouvrirait avant la fin de l'année prochaine." },
        { "es", "El ministro afirmó el martes que la nueva línea de ferrocarril se abrirá antes de que termine el próximo año." },
        { "it", "Il ministro ha dichiarato martedì che la nuova linea ferroviaria sarà aperta entro la fine del prossimo anno." },
        { "pt", "O ministro afirmou na terça-feira que a nova linha ferroviária será inaugurada antes do fim do próximo ano." },
        { "nl", "De minister zei dinsdag dat de nieuwe spoorlijn voor het einde van volgend jaar open zal gaan." },
        { "pl", "Minister powiedział we wtorek, że nowa linia kolejowa zostanie otwarta przed końcem przyszłego roku." },
        { "cs", "Ministr v úterý řekl, že nová železniční trať bude otevřena do konce příštího roku." },
        { "tr", "Bakan salı günü yaptığı açıklamada yeni demiryolu hattının gelecek yılın sonundan önce açılacağını söyledi." },
        { "uz", "Vazir seshanba kuni yangi temir yo'l kelgusi yil oxirigacha ochilishini aytdi." },
        { "sv", "Ministern sade på tisdagen att den nya järnvägen ska öppnas före slutet av nästa år." },
        { "fi", "Ministeri sanoi tiistaina, että uusi rautatie avataan ennen ensi vuoden loppua." },
        { "hu", "A miniszter kedden azt mondta, hogy az új vasútvonal még jövő év vége előtt megnyílik." },
        { "el", "Ο υπουργός δήλωσε την Τρίτη ότι η νέα σιδηροδρομική γραμμή θα ανοίξει πριν από το τέλος του επόμενου έτους." },
        { "ar", "قال الوزير يوم الثلاثاء إن خط السكك الحديدية الجديد سيفتتح قبل نهاية العام المقبل." },
        { "fa", "وزیر روز سه‌شنبه گفت که خط آهن جدید پیش از پایان سال آینده افتتاح خواهد شد." },
        { "he", "השר אמר ביום שלישי כי קו הרכבת החדש ייפתח לפני סוף השנה הבאה." },
        { "hi", "मंत्री ने मंगलवार को कहा कि नई रेल लाइन अगले साल के अंत से पहले खुल जाएगी।" },
        { "zh", "部长星期二表示，新铁路将在明年年底之前开通。" },
        { "ja", "大臣は火曜日、新しい鉄道が来年末までに開通すると述べた。" },
        { "ko", "장관은 화요일 새 철도가 내년 말 이전에 개통될 것이라고 말했다." },
        { "ka", "მინისტრმა სამშაბათს განაცხადა, რომ ახალი რკინიგზა მომავალი წლის ბოლომდე გაიხსნება." },
        { "hy", "Նախարարը երեքշաբթի հայտարարեց, որ նոր երկաթուղին կբացվի հաջորդ տարվա վերջից առաջ։" },
        { "th", "รัฐมนตรีกล่าวเมื่อวันอังคารว่าทางรถไฟสายใหม่จะเปิดก่อนสิ้นปีหน้า" },
        { "vi", "Bộ trưởng cho biết hôm thứ Ba rằng tuyến đường sắt mới sẽ mở cửa trước cuối năm sau." },
        { "id", "Menteri mengatakan pada hari Selasa bahwa jalur kereta api baru akan dibuka sebelum akhir tahun depan." },
        { "sw", "Waziri alisema Jumanne kwamba reli mpya itafunguliwa kabla ya mwisho wa mwaka ujao." },
    };
}
