namespace Rempart.Domain.Invoicing;

/// <summary>
/// An amount in euros written in words, as a tax receipt states it ("cent vingt euros et cinquante
/// centimes"), in the traditional spelling: "vingt et un", "quatre-vingts" but "quatre-vingt-un",
/// "deux cents" but "deux cent un", "mille" invariable, "un million d'euros".
/// </summary>
public static class FrenchAmount
{
    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] Tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    public static string InWords(decimal amount)
    {
        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), "A tax receipt states a positive amount.");
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var euros = (long)Math.Truncate(rounded);
        var cents = (int)((rounded - euros) * 100);
        var text = euros == 0 && cents > 0 ? "" : $"{Number(euros)}{(euros % 1_000_000 == 0 && euros > 0 ? " d'" : " ")}{(euros > 1 ? "euros" : "euro")}";
        if (cents == 0) return text;
        var centsText = $"{Number(cents)} {(cents > 1 ? "centimes" : "centime")}";
        return text.Length == 0 ? centsText : $"{text} et {centsText}";
    }

    /// <summary>A whole number in words.</summary>
    public static string Number(long n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n == 0) return Units[0];
        var parts = new List<string>();
        var billions = n / 1_000_000_000;
        var millions = n / 1_000_000 % 1000;
        var thousands = n / 1000 % 1000;
        var rest = (int)(n % 1000);
        if (billions > 0) parts.Add($"{Number(billions)} {(billions > 1 ? "milliards" : "milliard")}");
        if (millions > 0) parts.Add($"{Below1000((int)millions, final: false)} {(millions > 1 ? "millions" : "million")}");
        if (thousands > 0) parts.Add(thousands == 1 ? "mille" : $"{Below1000((int)thousands, final: false)} mille");
        if (rest > 0) parts.Add(Below1000(rest, final: true));
        return string.Join(" ", parts);
    }

    /// <summary>1 to 999; "cents" and "quatre-vingts" take their s only at the very end of the number.</summary>
    private static string Below1000(int n, bool final)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var head = hundreds switch
        {
            0 => "",
            1 => "cent",
            _ => $"{Units[hundreds]} cent{(rest == 0 && final ? "s" : "")}",
        };
        if (rest == 0) return head;
        var tail = Below100(rest, final);
        return head.Length == 0 ? tail : $"{head} {tail}";
    }

    private static string Below100(int n, bool final)
    {
        if (n < 20) return Units[n];
        var ten = n / 10;
        var unit = n % 10;
        return ten switch
        {
            7 => unit == 1 ? "soixante et onze" : $"soixante-{Units[10 + unit]}",
            8 => unit == 0 ? (final ? "quatre-vingts" : "quatre-vingt") : $"quatre-vingt-{Units[unit]}",
            9 => $"quatre-vingt-{Units[10 + unit]}",
            _ => unit switch
            {
                0 => Tens[ten],
                1 => $"{Tens[ten]} et un",
                _ => $"{Tens[ten]}-{Units[unit]}",
            },
        };
    }
}
