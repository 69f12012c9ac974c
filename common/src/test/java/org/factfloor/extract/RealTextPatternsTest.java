package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in domains on forms found in real text while tuning on evaluation/real-text/tuning/ and on GROBID
 * references outside the frozen set (issue 14), one example per rule. Reference strings are quoted from GROBID's
 * citation training data (kermitt2/grobid, Patrice Lopez and contributors, CC BY 4.0); sentences from English
 * Wikipedia (Wikipedia contributors, CC BY-SA 3.0), some shortened.
 */
class RealTextPatternsTest {
    private static final FactfloorConfig CONFIG = FactfloorConfig.load(null, Map.of(), List.of());

    /** Every domain runs, as in a run, so routing between capitals and former-capitals shows. */
    private static List<String> extract(String text) {
        List<String> found = new ArrayList<>();
        new DocumentExtractor(CONFIG.domains()).extract(text, f -> found.add(f.domain() + ": " + f.entity() + " => "
                + f.attribute()));
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Vancouver: the last author with one initial; one author with one initial before "Year;"
        "Buxton AE, Lee KL, Fisher JD, Gold MR, Josephson ME, Prystowsky EN, Hafley G. A randomized study of the prevention of sudden death in patients with coronary artery disease. N Engl J Med 1999; 341:1882-1890."
            + "|a randomized study of the prevention of sudden death in patients with coronary artery disease => buxton 1999",
        "Bains W. Virtually sequenced: the next genomic generation. Nature Biotechnol 1996; 14:711-713."
            + "|virtually sequenced: the next genomic generation => bains 1996",
        // a title of several sentences, read up to the journal
        "Alvaro-Gracia JM, Zvaifler NJ, Firestein GS. Cytokines in chronic inflammatory arthritis. IV. Granulocyte/macrophage colony-stimulating factor-mediated induction of class II MHC antigen on human monocytes: a possible role in rheumatoid arthritis. J Exp Med 1989; 170:865-875."
            + "|cytokines in chronic inflammatory arthritis. iv. granulocyte/macrophage colony-stimulating factor-mediated induction of class ii mhc antigen on human monocytes: a possible role in rheumatoid arthritis => alvaro-gracia 1989",
        // an author list ended by an initial's own full stop
        "Abbey, A. & Andrews, F. M. Modeling the psychological determinants of life quality. Social Indicators Research , 16, 1, 1985."
            + "|modeling the psychological determinants of life quality => abbey 1985",
        // OCR: a title ended by ' .' and a year in '( 2009 )'
        "Franklin DW, So U, Kawato M, Milner TE. Impedance control balances stability with metabolically costly muscle activation .J Neurophysiol. 2004; 92(5):3097-105."
            + "|impedance control balances stability with metabolically costly muscle activation => franklin 2004",
        "X. L. Yu, R. Qi, Z. B. Li and W. M. Liu, Casimir forces ina quasi -one-dimensionaltrapped dilute Bose gas ,Eu -rophys.Lett. 85, 10005( 2009 )."
            + "|casimir forces ina quasi -one-dimensionaltrapped dilute bose gas => yu 2009",
        // proceedings after a comma; the year after a comma at the end
        "Haines, D., Croft, W. B. Relevance feedback and inference networks, In Proceedings of the Sixteenth Annual International ACM SIGIR Conference on Research Development in Information Retrieval, pages 2-11 (1993)"
            + "|relevance feedback and inference networks => haines 1993",
        "Fedus, W., Zoph, B., and Shazeer, N. Switch transform-ers: Scaling to trillion parameter models with simple and efficient sparsity, 2021."
            + "|switch transform-ers: scaling to trillion parameter models with simple and efficient sparsity => fedus 2021",
        // the year right after the authors (AMS, author-date without brackets, capitals joined by AND)
        "Son, S.-W., H. Kim, K. Song, S.-W. Kim, P. Martineau, Y.-K. Hyun, and Y. Kim, 2020: Extratropical prediction skill of the Subseasonal-to-Seasonal (S2S) prediction models. J. Geophys. Res. Atmos., 125, e2019JD031273."
            + "|extratropical prediction skill of the subseasonal-to-seasonal (s2s) prediction models => son 2020",
        "Ardre F. 1970. Contribution a l'etude des algues marines du Portugal. I. La flore. Port. Acta Biol. B 10:137-555."
            + "|contribution a l'etude des algues marines du portugal => ardre 1970",
        "DWORK, C., AND WAARTS, O. 1992. Simple and efficient bounded concurrent timestamping or bounded concurrent timestamp systems are comprehensible. In Proceedings of the 24th ACM Symposium on the Theory of Computing. ACM, New York, 655-666."
            + "|simple and efficient bounded concurrent timestamping or bounded concurrent timestamp systems are comprehensible => dwork 1992",
        // ACM: given names first; the surname after a middle initial
        "Euntai Kim, Minkee Park, Seunghwan Ji and Mignon Park. A New Approach to Fuzzy Modeling. IEEE Transactions on Fuzzy Systems, 5(3): 328-337 (1997)."
            + "|a new approach to fuzzy modeling => kim 1997",
        "William G. Cochran. Sampling Techniques. John Wiley and Sons, Inc., New York, New York, 3 edition, 1977."
            + "|sampling techniques => cochran 1977",
        // a lone surname before a quoted title; a chapter title up to '. In:'; a script without case
        "Deutsch, 'Schutzbereich und Beweislast der arztlichen Aufklarungspflicht', NJW 1984, 1802."
            + "|schutzbereich und beweislast der arztlichen aufklarungspflicht => deutsch 1984",
        "Ideli, Mustafa (2011a): Migration aus der Türkei in die Schweiz. Ein Überblick. In: Ideli, M.; V. Suter-Reich und H.-L. Kieser (Hg.): Neue Menschenlandschaften. Zürich: Chronos. 23-46."
            + "|migration aus der turkei in die schweiz. ein uberblick => ideli 2011",
        "이주형, 박정임, 강지훈, 염정호, 고대하, 권근상. 보건소 재가암 환자관리사업 대상자의 서비스 요구도 분석. 한국농촌의학.지역보건학회지. 2011;36(4):238-250."
            + "|보건소 재가암 환자관리사업 대상자의 서비스 요구도 분석 => 이주형 2011",
        // MLA book: a subtitle after a question mark
        "Dahl, Robert A. Who Governs? Democracy and Power in an American City. Yale UP, 1961."
            + "|who governs? democracy and power in an american city => dahl 1961",
        // initials of a Vancouver list (Ward WW) are no surname; a possessive surname is folded
        "Chalfie M, Tu Y, Euskirchen G, Ward WW, Prasher DC. \"Green fluorescent protein as a marker for gene expression.\" Science 1994; 263:802-5."
            + "|green fluorescent protein as a marker for gene expression => chalfie 1994",
        "J. L. Talmon's, \"The Origins of Totalitarian Democracy\" (1952)|the origins of totalitarian democracy => talmon 1952",
        // a page number is no year
        "Tsang, M., Psaltis, D. & Omenetto, F. G. Reverse prop-agationof femtosecond pulses in optical fibers .Optics letters 28, 1873- 1875(2003 )."
            + "|reverse prop-agationof femtosecond pulses in optical fibers => tsang 2003",
        // a Vancouver title may open with a word and a comma ("Smith, J." would go on with a capital)
        "Gutstein WH. Vasopasm, vascular injury, and atherogenesis: A perspective. Hum Pathol 1999; 30:365-371."
            + "|vasopasm, vascular injury, and atherogenesis: a perspective => gutstein 1999",
        // hyphenated initials (Essen L-O) and a single initial before "and" (Zhou P and Hon GC)
        "Essen L-O, Perisic O, Cheung R, Katan M, Williams RL. Crystal structure of a mammalian phosphoinositide-specific"
            + " phospholipase Cdelta. Nature 1996; 380:595-602."
            + "|crystal structure of a mammalian phosphoinositide-specific phospholipase cdelta => essen 1996",
        "Xie S, Duan J, Li B, Zhou P and Hon GC (2017) Multiplexed engineering and analysis of combinatorial enhancer"
            + " activity in single cells. Mol Cell 66, 285-299.e5."
            + "|multiplexed engineering and analysis of combinatorial enhancer activity in single cells => xie 2017",
        // a two-word surname inside a Vancouver list ("Laufer Halpin A"); the list starts at the line, not at "Pineles L"
        "Pettigrew MM, Gent JF, Kong Y, Laufer Halpin A, Pineles L, Harris AD, Johnson JK. Gastrointestinal microbiota"
            + " disruption and risk of colonization with carbapenem-resistant Pseudomonas aeruginosa in ICU patients. Clin"
            + " Infect Dis. 2019;69(4):604-613.|gastrointestinal microbiota disruption and risk of colonization with"
            + " carbapenem-resistant pseudomonas aeruginosa in icu patients => pettigrew 2019",
        // one author with one initial before a journal's volume:pages, the year last
        "Clayton C. Import of fructose biphosphate aldolase into the glycosomes of Trypanosoma brucei. J Cell Biol 105:"
            + " 2649-2653, 1987.|import of fructose biphosphate aldolase into the glycosomes of trypanosoma brucei => clayton 1987",
        // a title ends before ", Venue, volume"; initials-first authors, a title ended before an abbreviated journal
        "C. D. Jun et al. (1998). Inhibition of nitric oxide synthesis by butanol fraction of the methanol extract of"
            + " Ulmus davidiana in murine macrophages, Journal of Ethnopharmacology, 62, 129-135."
            + "|inhibition of nitric oxide synthesis by butanol fraction of the methanol extract of ulmus davidiana in murine"
            + " macrophages => jun 1998",
        "J.F. Escobar, The Yamabe problem on manifolds with boundary. J. Differential Geom. 35 (1992), 21-84."
            + "|the yamabe problem on manifolds with boundary => escobar 1992",
        // OCR spacing before a year: " ,2010 )"
        "A. Altland and B. D. Simons, Condensed matter field theory (CambridgeUniversity Press ,2010 )."
            + "|condensed matter field theory => altland 2010",
        // the first author ends at a colon (not at the title's last full stop)
        "Bergren DR: Sensory receptor activation by mediators of defense reflexes in guinea-pig lungs. Respir Physiol 108:"
            + " 195-204, 1997.|sensory receptor activation by mediators of defense reflexes in guinea-pig lungs => bergren 1997",
        // IEEE with OCR spacing around the quotes and a year glued to its month; a list starts at its first author,
        // also after a collaboration's name, and "Yu." is a given name's initial (the key was a later author's)
        "R. Resta, \"Macroscopic polarization in crystalline di-electrics:the geometric phase approach ,\"Rev .Mod"
            + " .Phys .,vol .66, pp. 899- 915,Jul1994 .|macroscopic polarization in crystalline di-electrics:the geometric"
            + " phase approach => resta 1994",
        "I. A. Karpenko and Yu. M. Sinyukov, \"Energy dependence of pion interferometry scales in ultra-relativisticheavy"
            + " ion collisions ,\"Phys .Lett .B688 ( 2010)50 -54,arXiv :0912.3457[ nucl-th].|energy dependence of pion"
            + " interferometry scales in ultra-relativisticheavy ion collisions => karpenko 2010",
        "ALICE Collaboration, K. Aamodt et al., \"Two-pion Bose-Einstein correlations in central Pb-Pb collisions,\""
            + " Phys.Lett .B696 (2011 ) 328-337.|two-pion bose-einstein correlations in central pb-pb collisions => aamodt 2011",
        // the year before a quoted title, without brackets (Korean, Chinese and author-date lists); MLA given names
        // before "(Year)."
        "김춘근, 이층석, 김진수 2014. '기술창업기업 초기 성과에 미치는 영향요인 분석: 청년창업사관학교 졸업 기업을 대상으로,' 기업경영연구 (57),"
            + " pp. 63-86.|기술창업기업 초기 성과에 미치는 영향요인 분석: 청년창업사관학교 졸업 기업을 대상으로 => 김춘근 2014",
        "李文华, 刘某承, 2010, '关于中国生态补偿机制建设的几点思考', 资源科学, 第791-795页.|关于中国生态补偿机制建设的几点思考 => 李文华 2010",
        "Kimple, J.F. and Richards, L.G., 1991, “A Feature-Based Group Technology Coding System for Sheet Metal Parts,”"
            + " Journal of Engineering Design 2(3), pp. 263-279.|a feature-based group technology coding system for sheet"
            + " metal parts => kimple 1991",
        // OCR: a title's full stop glued to the journal ("models.Phys .Rev"); a possessive inside a quoted title
        "Ralko, A., Poilblanc, D., Moessner, R.: Generic mixed columnar-plaquette phases in Rokhsar-Kivelson"
            + " models.Phys .Rev .Lett .100 ,037201 ( 2008)|generic mixed columnar-plaquette phases in rokhsar-kivelson"
            + " models => ralko 2008",
        "Kutzlcr B. and S. Sifter (1986) \"Automate A Geometry Theorem Proving Using Buchberger's Algorithm\", in"
            + " Proceedings of the 1986 Symposium on Symbolic Algebraic Computation, pp 209-214.|automate a geometry theorem"
            + " proving using buchberger's algorithm => kutzlcr 1986",
        // Vancouver: two full stops after the list, a two-word surname and a suffix inside it
        "Laroia G, Cuesta R, Brewer G, Schneider RJ.. Control of mRNA decay by heat shock-ubiquitin-proteasome pathway."
            + " Science 284: 499-502, 1999.|control of mrna decay by heat shock-ubiquitin-proteasome pathway => laroia 1999",
        "Kinne RW, Brauer R, Stuhlmuller B, Palombo Kinne E, Burmester GR. Macrophages in rheumatoid arthritis. Arthritis"
            + " Res 2000; 2:189-202.|macrophages in rheumatoid arthritis => kinne 2000",
        "Amrani Y, Lazaar AL, Hoffman R, Amin K, Ousmer S, Panettieri RA Jr. Activation of the p55 TNFR1 coupled to TRAF2"
            + " stimulates ICAM-1 expression. Am J Physiol Lung Cell Mol Physiol 2001; 281:L1015-L1024.|activation of the"
            + " p55 tnfr1 coupled to traf2 stimulates icam-1 expression => amrani 2001",
        // a bracket glued to a word of a comma-ended title; the year right after the pages' comma, last on the line
        "S. Dimopoulos and H. Georgi, Softly Broken Supersymmetry and SU(5), Nucl. Phys. B 193 (1981) 150."
            + "|softly broken supersymmetry and su(5) => dimopoulos 1981",
        "C. R. Graham and M. Zworski. Scattering matrix in conformal geometry. Invent. Math.,152 (1):89-118,2003 ."
            + "|scattering matrix in conformal geometry => graham 2003",
        // Wikipedia: a given name before the initials of an IEEE-like author; its surname is the author
        "See Walter J. Ong, \"Ramus and Talon Inventory\" (Harvard University Press, 1958);"
            + "|ramus and talon inventory => ong 1958",
        // Korean names joined by a full stop; Chinese and Korean lists with commas, the year first or last
        "이경준.송희경(2016). 중고령자의 노후준비가 삶의 만족도에 미치는 영향에 대한연구: 성별 비교를 중심으로. 한국콘텐츠학회, 16(4), 757-769."
            + "|중고령자의 노후준비가 삶의 만족도에 미치는 영향에 대한연구: 성별 비교를 중심으로 => 이경준 2016",
        "赵晓刚, 2013, 沈阳营盘山山城和董楼子山城考古调查, 东北史地 2期.|沈阳营盘山山城和董楼子山城考古调查 => 赵晓刚 2013",
        "안태경, 건강주택을 위한 실내공기환경 수준 설정, 한국생활환경학회지, 10(1), 2003.|건강주택을 위한 실내공기환경 수준 설정 => 안태경 2003",
        "조경숙, 백선영 외 3인, 실측과 CFD해석을 이용한 완주 화암사의 미기후 특성에 대한 연구, 대한건축학회논문집, 2015, 31(12), pp.11-18."
            + "|실측과 cfd해석을 이용한 완주 화암사의 미기후 특성에 대한 연구 => 조경숙 2015",
        // Vancouver authors before "(Year)"; a comma before "(Year)"; a title ended before ", in Proceedings"
        "Nishita T, Sederberg T, Kakimoto M (1990) Ray Tracing Trimmed Rational Surface Patches. SIGGRAPH Proceedings 1990, Computer Graphics 24(4): 337-345"
            + "|ray tracing trimmed rational surface patches => nishita 1990",
        "Cleveland, W. S., and C. Loader, (1994). Computational Methods for Local Regression. Technical Report 11, Murray Hill, NJ: AT&T Bell Laboratories, Statistics Department."
            + "|computational methods for local regression => cleveland 1994",
        "Histad, J., (1986), Almost Optimal Lower Bounds for Small Depth Circuits, in Proceedings of the 18th ACM Symposium on Theory of Computing, pages 6-20."
            + "|almost optimal lower bounds for small depth circuits => histad 1986",
        // APA with a comma before the journal, volume and pages: the title ends at the comma
        "Provost, F. and Fawcett, T. (2001). Robust classification for imprecise environments, Machine Learning, 42, 203-231."
            + "|robust classification for imprecise environments => provost 2001",
        "Anders, Simon and Wolfgang Huber (2010). \"Differential expression analysis for sequence count data\". eng .In"
            + " :Genome biology 11. 10.|differential expression analysis for sequence count data => anders 2010",
    })
    void citationStylesOfRealReferences(String text, String expected) {
        // Keys are folded through NFD (Hangul comes out as its letters): compare them composed.
        List<String> found = extract(text).stream().map(f -> Normalizer.normalize(f, Normalizer.Form.NFC)).toList();
        assertEquals(List.of("citations: " + expected), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // venue-only physics and chemistry references: no title, so no factoid
        "D.S. Chuu, C.S. Han, J. Phys. G: Nucl. Phys. 3, 555 (1977).",
        "R. G. SALOMON et A. SINHA. Tetrahedron Lett. 16, 1367 (1978).",
        "F.S.N. Lobo, P. Crawford, Class. Quant. Grav. 22, 4869 (2005)",
        "M. Ackermann et al. Astropart. Phys. 22 (2005) 339.",
        "Okafor, Ngozi. Personal communication, 2021.",
        // an honorific is no given name's initial: a character of the novel, not its author
        "The story follows Mr. Verloc, \"The Secret Agent\" (1906), through London.",
        // an author-year pattern does not start inside the list: these had keyed a later author (nedergaard, steyvers)
        "JI, R. R., BERTA ,T. & NEDERGAARD, M. 2013. Glia and pain: Is chronic pain a gliopathy? Pain. doi:S0304-3959(13)00330-8",
        "Griffiths, T. L., &Steyvers, M. (2004). Finding scientific topics. Proceedings of the National academy of Sciences, 101(suppl 1), 5228-5235.",
        // Wikipedia prose: a month or a place is no author, prose after a quote is no venue
        "Bond, September 1889. She served as president of the Local Council of Women of Halifax, until her resignation in 1901.",
        "Groton, Connecticut. \"NR-1\" was launched on 25 January 1969.",
        // a publisher, a place or a translation in the brackets; a quotation is no title
        "The studies cite \"On Television\" (New Press, 1999) and \"Trattato dell'arte della pittura, scoltura et architettura\" (Milan, 1584).",
        "Polish titles such as \"Feniks\" (The Phoenix, 1981) were translated.",
        "It is \"a nourishing maternal space\" (Schippers, 2011) for the child.",
        "ITV's daily magazine programme \"This Morning\" was famously broadcast from studios at Albert Dock until 1996",
        // the venue run into a Chinese title (no comma between them); a part of a book is no work
        "朱妍, 传播学视角下网络直播的传播要素分析Y 新媒体研究 第3期, 2017.",
        "Maude, H. E. (1977a). Foreword. In: Lawrence, R. (ed.), Tungaru Traditions.",
        // a capital of a culture or a region's adjective is no polity's capital
        "Manama was designated as the capital of Arab culture for the year 2012 by the Arab League.",
        "Today, \"true\" Merlot is the third most widely planted grape variety in Chile with 13280 ha in 2009",
    })
    void whatOnlyLooksLikeAReferenceIsNotOne(String text) {
        assertEquals(List.of(), extract(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kajang is the district capital of Hulu Langat.|capitals: hulu langat => kajang",
        "Coalition troops entered the Iraqi capital Baghdad in April.|capitals: iraq => baghdad",
        "Setthathirath moved the capital of Lan Xang from Luang Prabang to Vientiane in 1560."
            + "|former-capitals: lan xang => luang prabang",
        "She studied under Max Planck (1858–1947) in Berlin.|death-dates: max planck => 1947",
        "Ealdorman Æthelred Mucel died in 911.|death-dates: aethelred mucel => 0911",
        "Upon General Robert E. Lee's death in 1870 the college was renamed.|death-dates: robert e lee => 1870",
        // hyphenated ranks and professions before a name are dropped
        "Lieutenant-General Mikhail Timofeyevich Kalashnikov (10 November 1919 – 23 December 2013) was a general."
            + "|death-dates: mikhail timofeyevich kalashnikov => 2013-12-23",
        "Novelist Beryl Bainbridge (1932–2010) lived in Camden.|death-dates: beryl bainbridge => 2010",
        // a short life is still a life when the years are decades apart (not the same or the next decade)
        "Joan of Arc (1412–1431) was burned at Rouen.|death-dates: joan of arc => 1431",
        // a calling and a nationality of two countries before the name
        "Danish-Norwegian Geologist Jens Esmark (1762–1839) taught in Christiania.|death-dates: jens esmark => 1839",
        // a no-break space before the dash of a life span, as Wikipedia writes many
        "John James Rickard Macleod, FRS (6 September 1876\u00A0– 16 March 1935) was a Scottish biochemist."
            + "|death-dates: john james rickard macleod => 1935-03-16",
    })
    void capitalsAndDeathDatesInRealSentences(String text, String expected) {
        assertEquals(List.of(expected), extract(text));
    }

    /** A date after "between", "after" or "before" bounds a death; it does not date it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Priscilla Mullins died sometime between 1651 and 1687 in Duxbury.",
        "Thomas Rogers died after 1621, in the first winter.",
        "Mary Chilton died before 1679 in Boston.",
        "Edward Fuller died in or after 1621.",
    })
    void aBoundOfADeathIsNoDeathDate(String text) {
        assertEquals(List.of(), extract(text));
    }

    /** A span of years after a ruler, under whom something happened, is a reign: refused as office-span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kanem reached its peak under \"Mai\" (king) Dunama Dibalemi ibn Salma (1210–1248).",
        "It was founded by the Tutsi chief Ntare Rushatsi (c. 1657–1705).",
        "His brother and successor, Ismail ibn Sharif(1672–1727), strengthened the country.",
    })
    void aReignIsNoLifeSpan(String text) {
        DocumentExtractor extractor = new DocumentExtractor(List.of(CONFIG.domain("death-dates")));
        List<String> found = new ArrayList<>();
        extractor.extract(text, f -> found.add(f.entity()));
        assertEquals(List.of(), found);
        assertEquals(Map.of("death-dates:office-span", 1), extractor.rejections());
    }
}
