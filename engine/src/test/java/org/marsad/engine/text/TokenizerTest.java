package org.marsad.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.engine.TestKnowledge;

class TokenizerTest {
    private static final CharFolding FOLDING = TestKnowledge.folding();

    private static List<Token> tokens(String s) {
        return new Tokenizer().tokenize(FOLDING.normalize(s));
    }

    private static List<String> forms(String s) {
        return tokens(s).stream().map(Token::form).toList();
    }

    @Test
    void splitsWordsOnWhitespace() {
        assertThat(forms("هاجم مسلحون\tقرية\nفي مالي")).containsExactly("هاجم", "مسلحون", "قريه", "في", "مالي");
    }

    @Test
    void splitsArticleGluedToDigits() {
        List<Token> t = tokens("أكثر من ال40");
        assertThat(t).extracting(Token::form).containsExactly("اكثر", "من", "ال", "40");
        assertThat(t.get(2).kind()).isEqualTo(TokenKind.WORD);
        assertThat(t.get(3).kind()).isEqualTo(TokenKind.NUMBER);
        assertThat(t.get(3).spaceBefore()).isFalse();
    }

    @Test
    void splitsEraLetterGluedToYear() {
        List<Token> t = tokens("عام 2024م");
        assertThat(t).extracting(Token::form).containsExactly("عام", "2024", "م");
        assertThat(t).extracting(Token::kind).containsExactly(TokenKind.WORD, TokenKind.NUMBER, TokenKind.WORD);
    }

    @Test
    void foldsArabicIndicDigitsIntoAsciiNumberTokens() {
        List<Token> t = tokens("قتل ٤٥ شخصا عام ۲۰۲۳");
        assertThat(t.get(1).form()).isEqualTo("45");
        assertThat(t.get(1).kind()).isEqualTo(TokenKind.NUMBER);
        assertThat(t.get(1).span().in("قتل ٤٥ شخصا عام ۲۰۲۳")).isEqualTo("٤٥");
        assertThat(t.get(4).form()).isEqualTo("2023");
    }

    @Test
    void makesOnePunctuationTokenPerChar() {
        List<Token> t = tokens("(القاعدة)، «داعش».");
        assertThat(t).extracting(Token::form).containsExactly("(", "القاعده", ")", ",", "\"", "داعش", "\"", ".");
        assertThat(t).filteredOn(Token::isPunct).hasSize(6);
    }

    @Test
    void splitsDatesIntoNumbersAndSlashes() {
        assertThat(forms("17/08/2024")).containsExactly("17", "/", "08", "/", "2024");
    }

    @Test
    void recordsSpaceAndNewlineBefore() {
        List<Token> t = tokens("هجوم،\nفي مالي");
        assertThat(t).extracting(Token::form).containsExactly("هجوم", ",", "في", "مالي");
        assertThat(t.get(0).newlineBefore()).isTrue();
        assertThat(t.get(1).spaceBefore()).isFalse();
        assertThat(t.get(2).newlineBefore()).isTrue();
        assertThat(t.get(3).spaceBefore()).isTrue();
        assertThat(t.get(3).newlineBefore()).isFalse();
    }

    @Test
    void ignoresInvisibleFormatCharacters() {
        // ZWNJ, RLM and a BOM separate nothing and never become tokens
        assertThat(forms("\uFEFFهجوم\u200F في\u200C")).containsExactly("هجوم", "في");
    }

    @Test
    void indexesTokensInOrder() {
        List<Token> t = tokens("قتل 3 جنود.");
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.get(i).index()).isEqualTo(i);
        }
    }

    @Test
    void everyTokenSpanShowsItsSurface() {
        String text = "قالت «داعش»: قُتِلَ ٣٠ جنديـاً في ال40 عام 2024م.";
        for (Token t : tokens(text)) {
            assertThat(FOLDING.fold(t.span().in(text))).isEqualTo(t.form());
        }
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertThat(tokens("")).isEmpty();
        assertThat(tokens(" \n\t\u00A0")).isEmpty();
    }
}
