# Writes crates/time/tests/expressions.tsv. Values are written out by hand; a few weekday
# helpers below compute the calendar arithmetic so the table does not depend on mental sums.
import datetime as dt
import os
D=dt.date
def iso(d): return d.isoformat()
def back(ref, wd, strict=False):  # most recent weekday wd (1=Mon) on/before ref
    k=(ref.isoweekday()-wd)%7
    if strict and k==0: k=7
    return ref-dt.timedelta(days=k)
def fwd(ref, wd, strict=False):
    k=(wd-ref.isoweekday())%7
    if strict and k==0: k=7
    return ref+dt.timedelta(days=k)
def wk(ref, n):
    y,w,_=(ref+dt.timedelta(days=7*n)).isocalendar(); return f"{y}-W{w:02d}"
def add(ref,n): return iso(ref+dt.timedelta(days=n))
rows=[]
def r(lang, ref, text, val, style=''):
    rows.append((lang, iso(ref), text, val, style))

A=D(2015,11,18)  # Wednesday
B=D(2021,3,5)    # Friday
C=D(2024,7,17)   # Wednesday
E=D(2019,12,18)  # Wednesday
F=D(2023,1,2)    # Monday
# ---------------- Indonesian ----------------
for ref in (A,B,C):
    r('id',ref,'hari ini',add(ref,0)); r('id',ref,'kemarin',add(ref,-1)); r('id',ref,'besok',add(ref,1))
    r('id',ref,'lusa',add(ref,2)); r('id',ref,'tadi malam',add(ref,-1)); r('id',ref,'semalam',add(ref,-1))
for ref in (A,B):
    r('id',ref,'kemarin lusa',add(ref,-2)); r('id',ref,'esok hari',add(ref,1))
names={1:'Senin',2:'Selasa',3:'Rabu',4:'Kamis',5:'Jumat',6:'Sabtu',7:'Minggu'}
for ref in (A,B):
    for wd,n in names.items():
        r('id',ref,f'Rapat itu digelar pada {n}.',iso(back(ref,wd)))
r('id',A,"Jum'at",iso(back(A,5))); r('id',B,'Ahad',iso(back(B,7)))
r('id',A,'Selasa lalu',iso(back(A,2,True))); r('id',A,'Rabu lalu',iso(back(A,3,True)))
r('id',B,'Jumat lalu',iso(back(B,5,True))); r('id',B,'Senin kemarin',iso(back(B,1,True)))
r('id',A,'Kamis depan',iso(fwd(A,4,True))); r('id',A,'Rabu depan',iso(fwd(A,3,True)))
r('id',B,'Senin mendatang',iso(fwd(B,1,True))); r('id',B,'Sabtu depan',iso(fwd(B,6,True)))
r('id',A,'Jumat pekan lalu','2015-11-13'); r('id',A,'Senin pekan depan','2015-11-23')
r('id',B,'Rabu pekan lalu','2021-02-24'); r('id',B,'Kamis minggu depan','2021-03-11')
r('id',A,'Selasa malam',iso(back(A,2))); r('id',A,'Senin pagi',iso(back(A,1)))
r('id',A,'Selasa waktu setempat',iso(back(A,2))); r('id',B,'Kamis sore',iso(back(B,4)))
r('id',B,'hari Rabu',iso(back(B,3)))
r('id',A,'Presiden akan berkunjung ke Bandung pada Jumat.',iso(fwd(A,5)))
r('id',B,'Tim itu akan berangkat Senin.',iso(fwd(B,1)))
r('id',B,'Presiden akan tiba di Bali, kata juru bicara, Kamis.',iso(back(B,4)))
# explicit dates
r('id',A,'18 November 2015','2015-11-18'); r('id',A,'18/11/2015','2015-11-18'); r('id',A,'18-11-2015','2015-11-18')
r('id',A,'Rabu (18/11)','2015-11-18'); r('id',A,'Rabu (18/11/2015)','2015-11-18'); r('id',A,'Selasa (17/11) malam','2015-11-17')
r('id',A,'Kamis (12/11/2015) kemarin','2015-11-12'); r('id',B,'Senin (1/3/2021)','2021-03-01'); r('id',B,'Kamis (4/3)','2021-03-04')
r('id',B,'Sabtu, 6 Februari 2021','2021-02-06'); r('id',C,'Selasa 16 Juli 2024','2024-07-16')
r('id',A,'1 Januari 2016','2016-01-01'); r('id',A,'31 Oktorber silam','2015-10-31'); r('id',A,'26 November nanti','2015-11-26')
r('id',A,'3 Desember','2015-12-03'); r('id',A,'25 Desember mendatang','2015-12-25'); r('id',A,'5 Januari','2016-01-05')
r('id',A,'20 Agustus','2015-08-20'); r('id',A,'17 Agustus 1945','1945-08-17'); r('id',A,'2 Pebruari 2010','2010-02-02')
r('id',A,'14 Febuari 2012','2012-02-14'); r('id',A,'9 Nopember 2014','2014-11-09'); r('id',A,'10 Agt 2013','2013-08-10')
r('id',B,'1 Okt 2020','2020-10-01'); r('id',B,'tanggal 2 kemarin','2021-03-02'); r('id',B,'Tanggal 14 Juni 2019','2019-06-14')
r('id',B,'15 Maret mendatang','2021-03-15'); r('id',B,'28 Februari lalu','2021-02-28'); r('id',C,'1 Agustus nanti','2024-08-01')
r('id',C,'2024-07-01','2024-07-01'); r('id',C,'Jumat (12/7/2024) pukul 09.00 WIB','2024-07-12')
r('id',B,'Kamis, 04 Maret 2021 | 10:15 WIB','2021-03-04')
# months and years
r('id',A,'November 2015','2015-11'); r('id',A,'Maret 2014','2014-03'); r('id',A,'bulan Agustus','2015-08')
r('id',A,'Oktober lalu','2015-10'); r('id',A,'Desember mendatang','2015-12'); r('id',A,'Januari tahun depan','2016-01')
r('id',A,'Mei tahun lalu','2014-05'); r('id',A,'bulan Maret lalu','2015-03'); r('id',B,'Januari lalu','2021-01')
r('id',B,'April mendatang','2021-04'); r('id',C,'Juni lalu','2024-06')
r('id',A,'tahun 2009','2009'); r('id',A,'Perjanjian itu diteken pada 2012.','2012'); r('id',A,'tahun 1998','1998')
r('id',A,'1990-an','199'); r('id',A,'tahun 80-an','198'); r('id',C,'2021 lalu','2021'); r('id',A,'sejak 2009','2009')
r('id',A,'abad ke-20','19')
# relative periods
r('id',A,'pekan lalu',wk(A,-1)); r('id',A,'minggu depan',wk(A,1)); r('id',A,'pekan ini',wk(A,0))
r('id',B,'minggu lalu',wk(B,-1)); r('id',B,'pekan depan',wk(B,1))
r('id',A,'bulan lalu','2015-10'); r('id',A,'bulan ini','2015-11'); r('id',A,'bulan depan','2015-12')
r('id',F,'bulan lalu','2022-12'); r('id',F,'bulan depan','2023-02')
r('id',A,'tahun lalu','2014'); r('id',A,'tahun ini','2015'); r('id',A,'tahun depan','2016')
r('id',A,'awal bulan ini','2015-11'); r('id',A,'akhir bulan ini','2015-11'); r('id',A,'pertengahan bulan lalu','2015-10')
r('id',A,'akhir tahun ini','2015'); r('id',A,'awal tahun depan','2016'); r('id',A,'akhir November','2015-11')
r('id',A,'awal Desember','2015-12'); r('id',B,'pertengahan Februari','2021-02')
r('id',A,'dua hari lalu','2015-11-16'); r('id',A,'tiga hari yang lalu','2015-11-15'); r('id',A,'sepuluh hari lalu','2015-11-08')
r('id',A,'seminggu lalu',wk(A,-1)); r('id',A,'dua minggu lalu',wk(A,-2)); r('id',A,'sebulan lalu','2015-10')
r('id',A,'tiga bulan lalu','2015-08'); r('id',A,'setahun lalu','2014'); r('id',A,'lima tahun silam','2010')
r('id',A,'dua hari lagi','2015-11-20'); r('id',A,'dua puluh tahun lalu','1995'); r('id',A,'dua belas hari lalu','2015-11-06')
r('id',B,'empat hari lalu','2021-03-01'); r('id',B,'enam bulan lalu','2020-09')
# durations
r('id',A,'selama tiga hari','P3D'); r('id',A,'48 jam','PT48H'); r('id',A,'dua tahun','P2Y'); r('id',A,'tiga pekan mendatang','P3W')
r('id',A,'sepuluh menit','PT10M'); r('id',A,'30 detik','PT30S'); r('id',A,'setahun','P1Y'); r('id',A,'sehari','P1D')
r('id',A,'tujuh bulan','P7M'); r('id',A,'dua puluh lima tahun','P25Y'); r('id',A,'sebelas hari','P11D')
r('id',A,'lima belas menit','PT15M'); r('id',A,'satu dekade','P10Y'); r('id',A,'beberapa bulan','PXM')
r('id',A,'bertahun-tahun','PXY'); r('id',A,'setengah jam','PT30M'); r('id',A,'tiga hari ke depan','P3D'); r('id',A,'24 jam','PT24H')
r('id',A,'seminggu','P1W'); r('id',A,'enam jam','PT6H')
# clock times, refs, sets, anchored
r('id',A,'pukul 10.00 WIB','2015-11-18T10:00'); r('id',A,'pukul 14.30 WITA','2015-11-18T14:30'); r('id',A,'pukul 07.15 WIT','2015-11-18T07:15')
r('id',A,'Selasa pukul 20.00','2015-11-17'); r('id',A,'Selasa pukul 20.00','2015-11-17T20:00','timeml')
r('id',A,'Selasa malam','2015-11-17TNI','timeml'); r('id',A,'Senin pagi','2015-11-16TMO','timeml'); r('id',A,'sore ini','2015-11-18TAF','timeml')
r('id',A,'saat ini','PRESENT_REF'); r('id',A,'kini','PRESENT_REF'); r('id',A,'sekarang','PRESENT_REF'); r('id',A,'dewasa ini','PRESENT_REF')
r('id',A,'setiap tahun','P1Y'); r('id',A,'setiap hari','P1D')
r('id',A,'Ia tiba 26 November nanti atau dua hari setelah rapat di Roma.','2015-11-24')
r('id',A,'1-3 Desember','2015-12'); r('id',A,'keesokan harinya','2015-11-19'); r('id',A,'sehari sebelumnya','2015-11-17')
r('id',A,'Natal','2015-12-25'); r('id',A,'Kamis, (12/11)','2015-11-12'); r('id',A,'kemarin (17/11)','2015-11-17'); r('id',A,'Rapat akan digelar pekan depan, tepatnya Senin (23/11).','2015-11-23'); r('id',A,'perayaan Tahun Baru Imlek','2016-02-08'); r('id',A,'akhir pekan lalu',wk(A,-1)+'-WE'); r('id',A,'musim hujan','2015-WI')
# ---------------- English ----------------
for ref in (C,E,F):
    r('en',ref,'today',add(ref,0)); r('en',ref,'yesterday',add(ref,-1)); r('en',ref,'tomorrow',add(ref,1))
    r('en',ref,'last night',add(ref,-1)); r('en',ref,'tonight',add(ref,0))
r('en',C,'this morning','2024-07-17'); r('en',E,'the day before yesterday','2019-12-16'); r('en',E,'the day after tomorrow','2019-12-20')
enames={1:'Monday',2:'Tuesday',3:'Wednesday',4:'Thursday',5:'Friday',6:'Saturday',7:'Sunday'}
for ref in (C,E,F):
    for wd,n in enames.items():
        r('en',ref,f'The ministry said on {n} that talks had stalled.',iso(back(ref,wd)))
r('en',C,'last Tuesday',iso(back(C,2,True))); r('en',C,'last Wednesday',iso(back(C,3,True)))
r('en',E,'last Friday',iso(back(E,5,True))); r('en',C,'next Friday',iso(fwd(C,5,True))); r('en',E,'next Monday',iso(fwd(E,1,True)))
r('en',F,'next Monday',iso(fwd(F,1,True))); r('en',C,'Friday afternoon',iso(back(C,5))); r('en',E,'Monday morning',iso(back(E,1)))
r('en',C,'The company will announce its results on Friday.',iso(fwd(C,5))); r('en',E,'Leaders will meet on Saturday.',iso(fwd(E,6))); r('en',E,'The leaders will meet in Rome, officials said on Monday.',iso(back(E,1)))
r('en',C,'Friday afternoon','2024-07-12TAF','timeml')
# dates
r('en',A,'November 18, 2015','2015-11-18'); r('en',A,'Nov. 18, 2015','2015-11-18'); r('en',A,'18 November 2015','2015-11-18')
r('en',A,'Nov 18','2015-11-18'); r('en',B,'Mar. 3, 2020','2020-03-03'); r('en',C,'July 4','2024-07-04'); r('en',C,'2015-11-18','2015-11-18')
r('en',C,'11/18/2015','2015-11-18'); r('en',C,'Monday, April 1, 2024','2024-04-01'); r('en',C,'Tue, July 16, 2024','2024-07-16')
r('en',C,'Thursday (July 11)','2024-07-11'); r('en',E,'Dec. 25','2019-12-25'); r('en',E,'Jan 3','2020-01-03'); r('en',E,'October 7','2019-10-07')
r('en',C,'Sept. 9, 2001','2001-09-09'); r('en',C,'February 29, 2024','2024-02-29'); r('en',E,'August 2019','2019-08'); r('en',E,'May 2010','2010-05')
# months
r('en',C,'in May','2024-05'); r('en',C,'last June','2024-06'); r('en',C,'last August','2023-08'); r('en',C,'next March','2025-03')
r('en',C,'early December','2023-12'); r('en',C,'late last July','2023-07'); r('en',C,'mid-October','2024-10')
r('en',E,'in November','2019-11'); r('en',E,'since September','2019-09')
# relative periods
r('en',C,'this week',wk(C,0)); r('en',C,'last week',wk(C,-1)); r('en',C,'next week',wk(C,1)); r('en',E,'last week',wk(E,-1))
r('en',C,'this month','2024-07'); r('en',C,'last month','2024-06'); r('en',C,'next month','2024-08'); r('en',F,'last month','2022-12')
r('en',C,'this year','2024'); r('en',C,'last year','2023'); r('en',C,'next year','2025'); r('en',F,'last year','2022')
r('en',C,'earlier this month','2024-07'); r('en',C,'later this year','2024'); r('en',E,'early this year','2019'); r('en',E,'this fiscal year','2019')
r('en',C,'two days ago','2024-07-15'); r('en',C,'three weeks ago',wk(C,-3)); r('en',C,'five years ago','2019'); r('en',C,'a year ago','2023')
r('en',C,'six months ago','2024-01'); r('en',C,'ten days ago','2024-07-07'); r('en',E,'two decades ago','1999'); r('en',E,'four years ago','2015')
r('en',F,'three days ago','2022-12-30'); r('en',F,'two months ago','2022-11')
# durations
r('en',C,'for three days','P3D'); r('en',C,'48 hours','PT48H'); r('en',C,'two years','P2Y'); r('en',C,'a decade','P10Y')
r('en',C,'90 days','P90D'); r('en',C,'six months','P6M'); r('en',C,'a week','P1W'); r('en',C,'several weeks','PXW')
r('en',C,'a few days','PXD'); r('en',C,'20 minutes','PT20M'); r('en',C,'an hour','PT1H'); r('en',C,'half an hour','PT30M')
r('en',C,'a four-week closure','P4W'); r('en',C,'a three-month class','P3M'); r('en',C,'the past two years','P2Y')
r('en',C,'the next few months','PXM'); r('en',C,'twenty-one days','P21D'); r('en',C,'fifteen minutes','PT15M')
r('en',C,'for years','PXY'); r('en',C,'eleven months','P11M')
# refs, years, centuries, clock, sets, anchors
r('en',C,'now','PRESENT_REF'); r('en',C,'currently','PRESENT_REF'); r('en',C,'nowadays','PRESENT_REF')
r('en',C,'in 2009','2009'); r('en',C,'since 2009','2009'); r('en',C,'the 1990s','199'); r('en',C,'the 20th century','19')
r('en',C,'in 1953','1953')
r('en',C,'at 10 a.m.','2024-07-17T10:00'); r('en',C,'at 3pm','2024-07-17T15:00'); r('en',C,'8 PM','2024-07-17T20:00')
r('en',C,'10:30 GMT','2024-07-17T10:30'); r('en',C,'at 9:15 p.m.','2024-07-17T21:15')
r('en',C,'every day','P1D'); r('en',C,'annually','P1Y'); r('en',C,'each year','P1Y')
r('en',C,'the next day','2024-07-18'); r('en',C,'the previous day','2024-07-16')
r('en',E,'Christmas','2019-12-25'); r('en',E,"New Year's",'2020-01-01'); r('en',C,'last weekend',wk(C,-1)+'-WE')
r('en',C,'last summer','2023-SU')
r('en',E,'Oct. 5, 2019','2019-10-05'); r('en',E,'on Nov. 27','2019-11-27'); r('en',E,'12 December 2019','2019-12-12')
r('en',E,'three hours','PT3H'); r('en',E,'a month','P1M'); r('en',E,'seven weeks','P7W'); r('en',E,'100 days','P100D')
r('en',E,'next year','2020'); r('en',E,'this week',wk(E,0)); r('en',E,'a week ago',wk(E,-1)); r('en',E,'eight days ago','2019-12-10')
r('en',F,'in December','2022-12'); r('en',C,'released in March last year','2023-03'); r('en',C,'The talks began on July 1. Three weeks later, they collapsed.','2024-07-22'); r('en',E,'8th October 2019','2019-10-08'); r('en',E,'October 8th, 2019','2019-10-08'); r('en',E,'between 12 and 18 months','P12M'); r('en',F,'next month','2023-02'); r('en',F,'last Friday','2022-12-30')
# round time1 (2026-11-27): sets, quarters, halves, anchored parts of the day, angles, seasons
r('id',A,'setiap Jumat','XXXX-WXX-5'); r('id',A,'Setiap minggu','P1W'); r('id',A,'dua kali sepekan','P1W')
r('id',A,'tiga kali dalam sehari','P1D'); r('id',A,'setiap lima tahun','P5Y')
r('id',A,'pada kuartal III 2015','2015-Q3','timeml'); r('id',A,'pada kuartal III 2015','2015')
r('id',A,'semester pertama tahun ini','2015-H1','timeml')
r('id',A,'Senin (16/11). Malam harinya polisi datang','2015-11-16TNI','timeml')
r('id',A,'Senin (16/11). Malam harinya polisi datang','2015-11-16')
r('id',A,'rapat nanti malam',add(A,0)); r('id',A,'di masa lalu','PAST_REF'); r('id',A,'baru-baru ini','PAST_REF')
r('id',A,'posisi 08 derajat 50 menit 43 detik',''); r('id',A,'selama satu setengah tahun','P18M')
r('id',A,'selama 1,5 tahun','P18M'); r('id',A,'1,5 tahun lalu','2014-05'); r('id',A,'beberapa hari terakhir','PXD')
r('id',A,'musim hujan 2014','2014-WI'); r('id',A,'"Nanti akan dijemput," katanya','FUTURE_REF','timeml')
r('en',C,'every Friday','XXXX-WXX-5'); r('en',C,'every Friday night','XXXX-WXX-5TNI'); r('en',C,'twice a week','P1W')
r('en',C,'three times a year','P1Y'); r('en',C,'every four years','P4Y'); r('en',C,'They march on Fridays','XXXX-WXX-5')
r('en',C,'the third quarter of 2015','2015-Q3','timeml'); r('en',C,'Q3 2023','2023-Q3','timeml')
r('en',C,'the first half of this year','2024-H1','timeml'); r('en',C,'the second quarter of last year','2023-Q2','timeml')
r('en',C,'He left on Monday. That night, police came','2024-07-15TNI','timeml')
r('en',C,'the morning of July 4','2024-07-04TMO','timeml'); r('en',C,'in the early hours of Tuesday',iso(back(C,2))+'TMO','timeml')
r('en',C,'next Thursday',iso(fwd(C,4,True))); r('en',C,'in the past few days','PXD'); r('en',C,'over the past week','P1W')
r('en',C,'a year and a half ago','2023-01'); r('en',C,'two and a half years','P30M'); r('en',C,'1.5 years','P18M')
r('en',C,'finishing in 3:07:35','PT3H7M35S'); r('en',C,'at 8 degrees 50 minutes south','')
r('en',C,'the summer of 2014','2014-SU'); r('en',C,'the fall of Saigon',''); r('en',C,'by the end of the year','2024')
r('en',C,'at the end of the day','')
r('id',A,'periode Januari-Oktober 2015','2015-01'); r('id',A,'pada 2 dan 3 Desember','2015-12-02')
r('id',A,'jelang akhir tahun','2015'); r('id',A,'Senin (16/11). Hari berikutnya polisi datang','2015-11-17')
r('en',C,'between January and March 2015','2015-01'); r('en',C,'in January and February 2023','2023-01')
r('id',A,'jam 3 sore','2015-11-18T15:00'); r('id',A,'pukul 8 malam','2015-11-18T20:00'); r('en',C,'at 0600 GMT','2024-07-17T06:00')
r('en',C,'on Tuesday last week',iso(back(C,2)-dt.timedelta(days=7))); r('id',A,'dalam waktu dekat','FUTURE_REF')
# round time2: feasts with moving dates. Values are the published dates (Umm al-Qura for the
# Islamic ones; Indonesia's official day is the same or one later), typed by hand.
r('id',A,'mudik Lebaran tahun ini','2015-07-17'); r('id',A,'menjelang Idul Adha','2016-09-11')
r('id',A,'usai Idul Fitri','2015-07-17'); r('id',A,'menjelang Ramadhan','2016-06-06')
r('id',A,'Lebaran tahun lalu','2014-07-28'); r('id',C,'Tahun Baru Islam','2024-07-07')
r('id',C,'libur Maulid Nabi','2024-09-15'); r('id',C,'Hari Raya Nyepi','2024-03-10'); r('id',C,'perayaan Waisak','2024-05-23')
r('id',C,'perayaan Paskah','2024-03-31'); r('id',C,'Jumat Agung','2024-03-29'); r('id',C,'Idul Fitri 2023','2023-04-21')
r('en',C,'after Eid al-Adha','2024-06-16'); r('en',C,'ahead of Ramadan','2025-03-01'); r('en',C,'Easter last year','2023-04-09')
r('en',C,'the Lunar New Year holiday','2024-02-10'); r('en',C,'a trip to Easter Island','')
# round time3: overnight, Hijri years, a bare Hari Raya with a cue, the day before/after.
r('en',C,'drones struck Kyiv overnight','2024-07-16'); r('en',C,'drones struck Kyiv overnight','2024-07-16TNI','timeml')
r('en',C,'the town changed almost overnight',''); r('en',C,'an overnight success','')
r('id',C,'menjelang Idul Fitri 1445 H','2024-04-10'); r('id',C,'Idul Adha 1446 Hijriah','2025-06-06')
r('id',C,'arus mudik Hari Raya','2024-04-10'); r('id',C,'toko tutup pada Hari Raya','')
r('id',C,'Tunjangan Hari Raya pemudik',''); r('id',C,'Hari Raya Galungan dan mudik','')
r('en',C,'Russia denied it the day before.','2024-07-16'); r('en',C,'He spoke the day before the vote.','')
# round time5: wire expressions of this round's own sentences (G = Wednesday 19 November 2025,
# H = Monday 10 February 2025, M = Monday 17 November 2025).
G=D(2025,11,19); H=D(2025,2,10); M=D(2025,11,17)
r('id',G,'akan mengumumkan paket stimulus awal pekan depan',wk(G,1)); r('id',G,'naik tajam pada akhir bulan lalu','2025-10')
r('id',G,'berkunjung ke Tokyo pada pertengahan Desember','2025-12'); r('id',G,'dalam dua pekan terakhir','P2W')
r('id',G,'Sejak awal tahun, inflasi','2025'); r('id',G,'tiket kereta menjelang Lebaran','2026-03-20')
r('id',G,'naik jelang akhir tahun','2025'); r('id',G,'pertumbuhan pada triwulan III','2025-Q3','timeml')
r('id',G,'pertumbuhan pada triwulan III','2025'); r('id',H,'ekonomi tumbuh pada kuartal IV','2024-Q4','timeml')
r('id',G,'laba pada semester pertama 2025','2025-H1','timeml'); r('id',G,'RAPBN tahun anggaran 2026','2026')
r('id',G,'menahan suku bunga pada awal bulan ini','2025-11'); r('id',G,'pada pertengahan Januari lalu','2025-01')
r('id',G,'selesai pada akhir tahun depan','2026'); r('id',G,'akan menggelar rapat pada akhir pekan ini',wk(G,0)+'-WE')
r('id',M,'berunjuk rasa akhir pekan ini',wk(M,-1)+'-WE'); r('id',G,'Dalam tiga bulan terakhir','P3M')
r('id',G,'ekspor pada kuartal pertama 2025','2025-Q1','timeml'); r('id',G,'gempa pada Senin dini hari',iso(back(G,1)))
r('id',G,'harga naik sejak pertengahan tahun lalu','2024'); r('id',G,'bertemu pada awal Oktober','2025-10')
r('id',G,'produksi pada semester II tahun ini','2025-H2','timeml'); r('id',G,'Selama sepekan terakhir','P1W')
r('id',G,'ditutup selama tiga hari','P3D'); r('id',G,'dilantik pada 21 Oktober lalu','2025-10-21')
r('id',G,'realisasi pada triwulan II 2025','2025-Q2','timeml'); r('id',G,'sepanjang akhir pekan lalu',wk(G,-1)+'-WE')
r('id',G,'turun pada pertengahan bulan lalu','2025-10'); r('id',G,'beberapa bulan terakhir','PXM')
r('id',G,'akan berpidato pada akhir September mendatang','2026-09'); r('id',G,'Pada awal pekan ini, polisi',wk(G,0))
r('id',G,'selama periode Januari-September, inflasi rendah','2025-01'); r('id',G,'banjir pada pekan terakhir Oktober','2025-10')
r('id',G,'Penerbangan dibuka kembali mulai Jumat (21/11)','2025-11-21'); r('id',G,'hingga akhir tahun ini','2025')
r('en',G,'Prices are expected to rise in the coming days','PXD'); r('en',G,'cut rates earlier this month','2025-11')
r('en',G,'filed for bankruptcy late last year','2024'); r('en',G,'rose in the first half of 2025','2025-H1','timeml')
r('en',G,'rebels attacked two villages over the weekend',wk(G,-1)+'-WE'); r('en',G,'The leaders will meet at the weekend',wk(G,0)+'-WE')
r('en',G,'Protests are due this weekend',wk(G,0)+'-WE'); r('en',G,'talks resume early next week',wk(G,1))
r('en',G,'Inflation slowed in the third quarter','2025-Q3','timeml'); r('en',G,'the first quarter of the match','')
r('en',G,'arrested 30 people in the past two weeks','P2W'); r('en',G,'will visit Japan in mid-December','2025-12')
r('en',G,'exports fell in the second half of last year','2024-H2','timeml'); r('en',G,'the plan was announced late last month','2025-10')
r('en',G,'officials will meet at the end of the month','2025-11'); r('en',G,'since the start of the year','2025')
r('en',G,'the minister resigned earlier this week',wk(G,0)); r('en',G,'the summit is scheduled for early next year','2026')
r('en',G,'the ceasefire collapsed within hours','PTXH'); r('en',G,'the rebels seized the town in late October','2025-10')
r('en',G,'the deal could be signed in the coming weeks','PXW'); r('en',G,'by the end of the week',wk(G,0))
r('en',G,'fighting has intensified in recent weeks','PXW'); r('en',G,'clashes erupted in the last week of October','2025-10')
r('en',G,'exports rose from January to October','2025-01'); r('en',G,'he was arrested in the early hours of Sunday',iso(back(G,7)))
r('en',G,'the army said it had killed 20 militants over the past 24 hours','PT24H'); r('en',G,'the ceasefire has held since mid-October','2025-10')
import collections
c=collections.Counter(x[0] for x in rows); print(c)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../crates/time/tests/expressions.tsv'),'w') as f:
    f.write('# Time expressions with a reference (publication) date and the expected TIMEX3 value.\n')
    f.write('# Written for warta-time (not taken from any gold set). style: empty = warta, timeml = TimeML.\n')
    f.write('# A row passes when some expression found in `text` has the expected value.\n')
    f.write('lang\tref\ttext\texpected\tstyle\n')
    for x in rows: f.write('\t'.join(x)+'\n')
