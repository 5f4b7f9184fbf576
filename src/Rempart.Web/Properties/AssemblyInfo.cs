using System.Resources;

// French is the neutral language of the resources: Texts.resx is French, Texts.en.resx English.
[assembly: NeutralResourcesLanguage("fr")]
