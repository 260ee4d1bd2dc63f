import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** The rest of a sentence, across commas: "Send me an e-mail, when my order ships". */
const SENTENCE = '[^.;:!?()]*';
/** Bounded forms for trigger frames, so a long label costs linear time: up to 150 characters before, 80 between. */
const BEFORE = '[^.;:!?()]{0,150}';
const GAP = '[^.;:!?(),\\u2013\\u2014]{0,80}';

// Portuguese, pt-PT and pt-BR. Wording from Magento 2 pt_BR/pt_PT, PrestaShop pt-PT/br, WooCommerce
// and MailPoet pt_PT/pt_BR, Shopify pt-BR/pt-PT checkout strings, VTEX checkout, OpenCart Brasil and
// the consent boxes of Portuguese and Brazilian shops ("Não desejo receber comunicações comerciais",
// "Li e aceito a Política de Privacidade e autorizo o envio de campanhas").
export const pt: Lexicon = {
  lang: 'pt',
  // Distinctive function words only: "a", "e" (split out of every "e-mail"), "do", "no", "na",
  // "ou", "que", "para", "esta" are Spanish, French, Italian, English or Polish words too.
  // "de" is shared with Dutch, French and Spanish and only cancels out against them.
  stopwords: [
    'o', 'os', 'da', 'das', 'dos', 'ao', 'aos', 'em', 'um', 'uma', 'com', 'pelo', 'pela', 'pelos', 'pelas', 'de',
    'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa', 'nossos', 'nossas', 'eu', 'voce', 'nao', 'sim',
    'isto', 'neste', 'nesta', 'desta', 'deste', 'tambem', 'quero', 'desejo', 'gostaria', 'receber', 'receba', 'aceito', 'concordo', 'li',
    'pode', 'podem', 'lhe', 'promocoes', 'campanhas',
    'produto', 'produtos', 'atualizacoes', 'actualizacoes', 'endereco', 'morada', 'encomenda', 'conta', 'termos', 'condicoes', 'privacidade', 'dados', 'informacoes', 'novidades', 'obrigado', 'subscrever',
  ],
  // "Subscreva a nossa newsletter" (PrestaShop pt-PT), "Receba ofertas dos nossos parceiros", "Assinar boletim
  // informativo" (Magento pt_BR), "Envie-me novidades e ofertas por e-mail" (Shopify pt-BR)
  marketing: [
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Enviem-me uma surpresa no dia do meu aniversario"
    '(surpresa|presente|desconto|cupao|cupom|oferta|mimo|vale)s?( [a-z]+){0,5} (no dia do |no |pelo |para o )(meu|teu|seu) aniversario\\b', '(desconto|presente|surpresa|cupao|cupom|oferta|mimo|vale)s? de aniversario\\b',
    'newsletters?', 'boletins?\\b', 'boletim\\b', 'ofertas\\b', 'oferta (especial|exclusiva|personalizada|do dia|da semana|imperdivel)', 'promoc(ao|oes)\\b', 'promocion', 'promos?\\b',
    'descontos?\\b', 'cupo(m|ns|es)\\b', 'cupao\\b', 'vales? de desconto', 'codigos? (de desconto|promociona)', 'saldos\\b', 'liquidac', 'black friday', 'publicidade', 'publicitari', 'marketing',
    // Commercial contact: "Desejo receber contato comercial", "contactos comerciais"
    // Not premises, a filter facet ("Imóveis comerciais", "Salas comerciais"), nor bookkeeping entries ("Lançamentos futuros")
    // "Não ligar" (CRM opt-out flag): a tick means no calls: "Não me telefonem", "Não enviar SMS"
    'nao (ligar|telefonar|contac?tar)\\b', 'nao me (ligu|telefon|contac?t)em?(?= ?[.:!]* ?$)', 'nao (enviar|mandar)(-me)? (e-?mails?|sms|mensagens)\\b',
    '(?<!(imoveis|salas|lojas|pontos|espacos|terrenos|predios) )comerciais\\b', '(contat|contact)os? comercia(l|is)\\b', 'comunicac(ao|oes) comercia', 'prospecc', 'novidades',
    'lancamentos(?! (contabeis|financeiros|futuros|pendentes|bancarios|de caixa|(em )?beta))', 'novos produtos', 'novas colec', 'campanhas?\\b', 'mailing',
    'listas? de (e-?mails?|correio|envio|distribuicao|contatos|contactos|assinantes)', 'vendas (privadas|exclusivas|relampago)', 'recomendac[a-z]* personalizad', 'acesso antecipado(?! a (novas )?(funcionalidades|funcoes|versoes|recursos|beta))',
    // A newsletter's title on a list of choices, with no verb: "Notícias da Mozilla", "Últimas notícias"
    '^(as )?(ultimas )?noticias( (d[aoe]s?|sobre) [a-z -]{1,30})?\\s*[.!]?$', 'primeir[oa]s? a (saber|receber|conhecer|ter acesso)', '(pesquisas?|estudos?|inqueritos?|sondagens?) de (mercado|opiniao)',
    // "Assinatura Geral" (Magento pt_BR), "Subscrever newsletter", "Anular subscrição da newsletter"
    '(assinatura|inscricao|subscricao) (geral|comum)', 'subscric(ao|oes)\\b', '(cancelar|anular|remover)( todas)? (a |as |minhas |as minhas |a minha |minha )?(inscric|assinatura)',
    // "Sim, inscreva-me!": subscribing with no object is the newsletter.
    // Leaving every mailing at once: "Quero deixar de receber todos os envios da Worten", "Cancelar todas as comunicações"
    // "Descadastrar meu e-mail de todas as listas", "Remova o meu endereço de todos os envios"
    '(descadastr|desinscrev|remov|exclu|retir)[a-z]*(-me| (o )?(meu|minha) (e-?mail|endereco( de e-?mail)?|contato|contacto|numero))? (de|d[ae]s?) tod[oa]s (os |as )?(envios|e-?mails|comunicac(ao|oes)|mensagens|newsletters|listas|subscric(ao|oes)|inscric(ao|oes))\\b',
    '(deixar de receber|cancelar|anular|remover-me de|sair de) tod[oa]s (os |as )?(envios|e-?mails|comunicac(ao|oes)|mensagens|newsletters|listas|subscric(ao|oes)|inscric(ao|oes))\\b',
    '(subscrever|subscreva|inscreva-me|inscrever-me|inscrever-se|subscrever-me|assinar|assine|inscreva-se)(?= ?[.!?]* ?$)', '(descadastrar|desinscrever|descadastre|desinscreva)(-me|-se)?(?= ?[.!?]* ?$)',
    // The osCommerce / Zen Cart account box for updates on every product: "Notificação Global de Produtos",
    // "Notificação de Todos os Produtos", "Avisos de Produtos" (a single product's stock alert stays out: neverMatch)
    '(notificac(ao|oes)|avisos?) (globa(l|is) |gera(l|is) )?(de|d[oa]s) (todos os )?produtos\\b',
    // Abandoned-cart mail is marketing (corpus rule), hearing from the shop: "Aceito receber lembretes de carrinho abandonado",
    // "Lembre-me de produtos que deixei no carrinho", "Gostaria de ouvir falar da Farfetch"
    '(carrinho|cesto)s? (abandonad|esquecid)[oa]s?\\b', '(lembr|record)[a-z-]*( [a-z-]+){0,3} (d[oa]s? |de )?(produtos|itens|artigos)( [a-z]+){0,3} n[oa] (meu |minha |seu |sua )?(carrinho|cesto)\\b',
    '(gostaria|quero|queria|desejo|adoraria|gostava)( de)? ouvir (falar )?(d[aoe]s?|mais)\\b',
    // "Dicas, truques, novidades e muito mais"
    '(dicas|noticias|atualizacoes|actualizacoes|novidades)[ ,]+(e )?(dicas|truques|noticias|novidades|ofertas|promocoes|atualizacoes)',
    // "Autorizo a partilha dos meus dados com empresas do grupo", "consinto que os meus dados sejam cedidos a parceiros"
    '(partilha|compartilhamento|cedencia|cessao|transmissao|comunicacao) (d[oa]s |de )?(meus |minhas |seus |suas )?(dados|informac)[a-z ]{0,20} (com|a|aos|as) (parceir|terceir|empresas|outras)',
    '(dados|e-?mail|informac[a-z]*)[a-z ]{0,20} (sejam |sao |serao |possam ser )?(cedidos|partilhados|compartilhados|transmitidos|comunicados|transferidos) (a|aos|as|com) (parceir|terceir|empresas|outras)',
  ],
  // "Receba notícias da Mozilla", "Aceito receber informações por e-mail", "Obter atualizações"
  weakMarketing: [
    'comunicac(ao|oes)', 'comunicados', 'informac(ao|oes)', 'noticias', 'atualizac(ao|oes)', 'actualizac(ao|oes)',
    // An e-mail received, not the channel ("por e-mail", a receiving word) nor an address ("endereço de e-mail")
    '(?<!(por|via|pelo|de|seu|teu|meu) )e-?mails?\\b', 'mensagens', 'avisos\\b', 'dicas', 'conteudos?\\b', 'catalogos?\\b',
    'folhetos?', 'informativos?\\b',
    // A cause's appeals, not the petition being signed: "Aceito receber petições e apelos da organização"
    'peticoes\\b', 'apelos\\b',
    // "exclusivo" alone is a product word ("design exclusivo", "identificador exclusivo"): only with a receiving verb
    'exclusiv(o|a|os|as)\\b',
    // "Assine a nossa lista", "Entre na nossa lista VIP"; a wish list or a waiting list is no mailing
    '(?<!(nesta|desta|nessa|dessa|esta|essa) )lista\\b(?! de (desejos|espera|presentes?|requisic[a-z]*|compras|casamento|favoritos|produtos|comparacao|pedidos|leitura|reproducao))', '(nossos|novos) produtos', 'produtos e servicos', 'a par\\b', 'por dentro',
    // Kept informed, not the address the person gave: "ser contactado pelo e-mail informado", "no telefone informado"
    '(?<!(e-?mail|endereco|telefone|numero|celular|telemovel|contato|contacto|dados|valor) )informad[oa]s?\\b', 'a(c)?tualizad[oa]s?\\b', 'eventos', 'convites', 'tendencias', 'inspirac', '(?<!(por|via) )sms\\b',
    // Perks received: "Quero receber vantagens e benefícios por e-mail", "condições especiais"
    // Treats and surprises: "Quero receber mimos e surpresas"
    'vantagens\\b', 'beneficios\\b', 'condicoes (especiais|exclusivas)', 'mimos\\b', 'surpresas\\b',
    // Suggestions and the shop's magazine: "Receber sugestões e recomendações por e-mail", "Desejo receber a revista do clube em casa"
    'sugest(ao|oes)\\b', 'recomendac(ao|oes)\\b', 'revistas?\\b',
    // "Quero receber em primeira mão"
    'em primeira mao\\b',
    // A blog's new posts or the blog itself (Jetpack): "Notifique-me sobre novos artigos por e-mail", "Assinar blog via e-mail";
    // news of a product's features (not the features themselves, an early-access switch): "Informe-me sobre novas funcionalidades"
    'nov[oa]s (artigos|publicac(ao|oes)|posts|postagens|conteudos|textos)\\b', '(sobre|de) nov[oa]s (funcionalidades|funcoes)\\b', '(blog|blogue)\\b',
  ],
  // Receiving and subscribing verbs with their clitics: "receba", "envie-me", "inscreva-se", "assine", "mantenha-me informado"
  receiving: [
    'receb', 'envi(ar|e|em|ai)(-me|-nos)?\\b', 'envio de', 'mand(ar|e|em)(-me)?\\b', 'subscrev', 'inscrev', 'assin(ar|e|a|o|ou|ei)\\b', 'aderir', 'adira', 'obt(er|enha)',
    'adicion(ar|e|a|em)(-me)?\\b', 'inclu(ir|a|am)-me\\b', '(notificar|avisar|informar)-me\\b', 'cadastr', 'entrar na lista', '(fazer|faca|facam|faco) parte\\b', 'junt(ar|e|em|o)-(me|se|nos)\\b', 'manter(-me)? (informad|a par|atualizad)', 'mantenham?-me', '(ficar|fique|estar|esteja)( sempre)? (informad|a par|por dentro|atualizad)',
    '(sejam|seja|serem|ser|forem) enviad', 'contac?t(ar|e|em)(-me)?\\b', 'entr(ar|em) em (contato|contacto)\\b(?! (conosco|connosco|com a gente|com (o |a )?(nos|nossa|nosso)\\b))', 'ser contac?tad', 'ser (notificad|avisad|informad)', '(inform|notifiqu|avis)em?-me', 'por e-?mail', 'via e-?mail', 'por sms',
    'descadastr', 'desinscrev', '(remov|exclu|retir)(a|am|e|em|er|ir|ar)-me\\b',
    // The shop may call: "A Worten pode ligar-me para me apresentar campanhas", "telefonem-me com ofertas"
    '(lig(ar|uem?)|telefon(ar|em?))-me\\b',
    // Hearing from the shop: "Gostaria de ter notícias da Worten", "Quero saber as novidades"
    '(ter|tenha|saber|ouvir) (as |mais |as ultimas )?(noticias|novidades)\\b',
  ],
  // "Quero receber notificações sobre o estado da minha encomenda", "Tem um cupão?", "Enviar-me a fatura por e-mail"
  neverMatch: [
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?mails?|mensagens)( [a-z]+)? (em|como) (formato )?(html|texto)\\b',
    // Software, account and security notices, ad blocking, one-time codes: "Bloquear anúncios e rastreadores", "código por SMS",
    // "atualizações automáticas", "alertas de segurança da conta"
    `(bloquear|bloqueie|bloqueio|ocultar|esconder)[a-z]* (de )?(anuncios|publicidade|rastreadores)${CLAUSE}`,
    '(codigo|senha)s? (de (verificacao|seguranca|acesso|confirmacao|ativacao|activacao) )?(por|via|em) sms', 'sms de (verificacao|seguranca|autenticacao)',
    '(atualizac|actualizac)[a-z]* (automatica|de software|do software|do sistema|de seguranca|da aplicacao|do aplicativo|da app)[a-z]*',
    `(informac|notificac|mensage|e-?mail|alerta|avisos?)[a-z]*( [a-z]+){0,3} (sobre|de|acerca d[ae]) (a )?(seguranca|inicio de sessao|acesso|login|palavra-passe|senha)( d[ao] (minha |sua )?conta)?${CLAUSE}`,
    `(informac|notificac|mensage|e-?mail|sms|atualizac|actualizac|atualizad|actualizad|avisos?|alertas?|informad|lembrete)[a-z\'() ]{0,40} (sobre|de|do|da|deste|desta|dest[ea]s|acerca d[oa]) (o |a )?(estado|status|andamento|acompanhamento|rastreamento|rastreio|seguimento|entrega|envio|expedicao)? ?(d[oa] |de )?(minha |meu |seu |sua |a minha |o meu |a sua |o seu |a |o )?(encomenda|pedido|entrega|envio|compra|conta|reserva|candidatura|pedido de suporte|processo|solicitacao|chamado|ticket|reclamacao|agendamento|marcacao|consulta|visita|sessao|compromisso|resultado)${CLAUSE}`,
    '(rastreamento|rastreio|acompanhamento|seguimento|confirmacao|codigo de rastreio|numero de rastreio) (d[oa] )?(pedido|encomenda|envio|entrega)',
    // News of one's own trip, event or ticket, not offers for it: "Receber SMS sobre a minha viagem", "informações sobre o meu evento";
    // not "os seus eventos", which may be the shop's
    `(informac|notificac|mensage|e-?mail|sms|aviso|a(c)?tualizac)[a-z]*(?:(?!ofert|promoc|descont|novidad)[a-z ]){0,40} (sobre|d[eoa]|acerca d[oa]) ([oa]s? )?((meu|minha)s?|seu|sua) (viage|voo|evento|bilhete|estadia|espe(c)?taculo|concerto|passage)${CLAUSE}`,
    // The status of anything the customer started, and one product's price: "o estado da reparação", "o andamento da obra", "alteração do preço"
    `(informac|notificac|mensage|e-?mail|sms|atualizac|actualizac|avisos?|alertas?|lembrete)[a-z]*[a-z ]{0,40} (sobre|de|do|da|acerca d[oa]) (o |a )?(estado|status|andamento|progresso|situacao) (d[oa]s? |de )[a-z]+${CLAUSE}`,
    `((informac|notificac|mensage|e-?mail|sms|avisos?|alertas?)[a-z]*[a-z ]{0,30} (sobre|de) (a |uma )?)?(alterac(ao|oes)|mudancas?|reducao|descida|queda) (de|do|no) preco\\b${CLAUSE}`,
    // "Enviar-me um e-mail quando a encomenda for expedida", "Receberá um e-mail quando o seu pagamento tiver sido validado" (PrestaShop Checkout pt-PT)
    `${SENTENCE}\\b(quando|assim que|logo que) (a |o )?(minha |meu |sua |seu )?(encomenda|pedido|compra|entrega|pagamento) (for|seja|estiver|tiver sido|ficar) (expedid|enviad|entregue|despachad|pront|disponivel|confirmad|validad|aprovad|processad|recebid)${CLAUSE}`,
    // A gift card's mail to whoever gets it: "o destinatário receberá um e-mail com informações sobre como utilizar o vale presente"
    `(o |a |os |as )?destinatari[oa]s? (recebe|recebera|receberao|vai receber|ira receber)${CLAUSE}`,
    // Loyalty points and what they buy, a shop feature: "Acumule pontos em cada compra e troque por presentes ou cupons exclusivos"
    'pontos( [a-z]+){0,5} (e )?(troqu|troc|resgat|convert|us)[a-z]*( [a-z]+){0,2} (por|em) (presentes?|premios?|descontos?|cupo(m|ns|es)|cupao|vales?)\\b( [a-z]+){0,3}',
    '(tem|tens|possui|voce tem|tenho|possuo) (um |uma )?(cupom|cupao|codigo|vale|cart(ao|oes)[ -](de )?(oferta|presente))( de desconto| promocional| presente)?( ou (um |uma )?(cupom|cupao|codigo|vale)( de desconto| promocional)?)?', '(inserir|insira|aplicar|aplique|usar|use|utilizar|utilize|adicionar|adicione|introduzir|introduza|nao usar|nao utilizar|remover|remova|ativar|ative|activar|active|resgatar|resgate|validar|valide|gerar|gere|excluir|exclua|informar|informe|digitar|digite|cancelar|cancele|editar|edite|criar|crie|calcular|ver|visualizar|selecionar|selecione|seleccionar|seleccione|copiar|copie|compartilhar|compartilhe|partilhar|partilhe) (um |o |seu |o seu |uma |o meu |meu |os |este |esse |(o |um |seu )?codigos? d[eo] )?(cupo(m|ns|es)|cupao|codigos? promociona[a-z]*|codigos? de desconto|vale|desconto|descontos|cart(ao|oes)[ -](de )?(oferta|presente))( de desconto| promocional| de oferta| de compras| presente)?\\b'
    // with a second code in the same field: "Usar vale de oferta ou cupão", "Aplicar cartão-presente ou código promocional"
    + '( ou (um |uma |o |a )?(cupo(m|ns|es)|cupao|codigos?( promociona[a-z]*| de desconto)?|vales?( de (desconto|oferta|compras))?)\\b)?',
    // A discount as a price or a shop feature, not a message: "Valor do desconto", "Desconto fixo no carrinho", "Preço promocional",
    // "Pedidos com desconto" (WooCommerce, Magento, PrestaShop pt)
    '(valor|valores|total|montante|percentagem|porcentagem|percentual|tipo|limite|quantia)( total| maximo| minimo| fixo| fixa)? (d[oa]s? |de )?(desconto|cupo(m|ns|es)|cupao)s?\\b',
    // Settings and rules, a product's state: "Ativar o uso de códigos de cupons", "Usar como Condição para Regra de Promoção", "está em promoção"
    '(ativar|activar|permitir|habilitar|desativar|desactivar)( o uso| a utilizacao| o campo)?( de| d[oa]s?)? (codigos? (de )?)?(cupo(m|ns|es)|cupao|cupoes|descontos?)( de desconto| promociona[a-z]*)?\\b', 'regras? (de|da|do|das|dos) (promoc|desconto|cupo|cupao|preco)[a-z]*',
    '(esta|estiver|estao|estiverem|ficar|ficarem) em (promocao|saldos|liquidacao)',
    // A coupon's rule on combining: "Ative para o cupom não poder ser usado com outros cupons", "não acumulável com outras promoções"
    '(cupo(m|ns|es)|cupao|descontos?|codigos?|vales?)( [a-z]+){0,4} (usad|utilizad|combinad|acumul|conjugad)[a-z]* (com|a) (outr[oa]s? |qualquer |nenhum[a-z]* )?(cupo|cupa|desconto|promoc|codigo|vale|oferta)[a-z]*',
    // A coupon's own fields and a bare coupon field: "Código do cupom", "Data de expiração do cupom", "Limite de uso por cupom", "Cupom de desconto" (WooCommerce pt-BR)
    '(codigo|descricao|data( de (expiracao|validade))?|detalhes|resumo|desempenho|relatorio( de uso)?|usos?|limite de uso|validade|expiracao|nome) (por|d[oa]s?|de) (cupo(m|ns|es)|cupao|vales?( de desconto)?)\\b',
    '^(codigo (d[eo] )?(cupo(m|ns)|cupao|desconto|vale)|codigo promociona(l|is)|(cupo(m|ns)|cupao|vale)s? (de desconto|promociona(l|is)))\\s*:?$',
    // A shipping rate with a discount, a shop feature: "Tenha desconto nas tarifas de envio" (WooCommerce Shipping pt-BR)
    '(desconto|descontos) n[oa]s? (tarifas?|taxas?|custos?|portes)( de (envio|entrega|frete|expedicao))?\\b',
    '(desconto|descontos) (fixo|percentual|aplicado|absoluto|liquido|medio|mediano|total|carrinho|produto|em (percentagem|porcentagem|itens|valor)|de (quantidade|montante|valor|percentagem|porcentagem|cotacao)|no atacado|para (estudantes|seniores|criancas|familias|professores)|d[oa] (pedido|encomenda|carrinho|produto|compra)|(d[eoa]|para( o)?) (frete|envio|entrega)|n[oa] (carrinho|pedido|encomenda|produto|frete|envio))',
    '(preco|precos|valor|tarifas?|taxas?|fretes?|portes) (promociona(l|is)|com desconto|de desconto|de saldo|de promocao|em promocao|minimo (publicitado|anunciado))', '(produtos?|itens|item|artigos?|pedidos?|encomendas?) (com desconto|em (promocao|saldos|liquidacao))\\b',
    '(antes|apos|depois) d?[oa]s? descontos?\\b', '(aceitar|recusar|rejeitar|criar|editar|excluir|apagar|eliminar) (a |esta |uma )?oferta\\b',
    // An order bump adds a product to the purchase, payment details are a form's fields (CheckoutWC, WS Form pt):
    // "Marque a caixa acima para adicionar este produto à sua encomenda", "Adicionar informações de pagamento"
    'adicion[a-z]*( [a-z]+){0,2} (ao|a) (meu |minha |seu |sua |teu |tua )?(pedido|encomenda|carrinho)\\b', 'informac(ao|oes) (de|do) (pagamento|fatura[cm]|cobranca)',
    '^(em|na) (promocao|saldos|liquidacao)\\s*[.!]?$',
    // pt-PT "oferta" is a gift: "Cartões de Oferta", "Adicionar à Lista de Ofertas" (Magento pt_PT gift registry)
    // "Lista de ofertas criada", "Detalhes da Lista de Ofertas", "tipo de lista de ofertas" (Magento pt_PT gift registry)
    'cart(ao|oes) de oferta', 'listas? de ofertas\\b(?! (exclusiv|especia|personaliz|semana|do dia))',
    // In pt-PT "oferta" is also a gift: "Adicionar Opções de Oferta", "Recibo de Oferta", "embrulhada para oferta"
    '(opc(ao|oes)|recibo|papel|embrulh[a-z]*|embalagem|mensagem|cartao|saco|caixa|talao|vale) (de |para )?oferta\\b', 'para oferta\\b',
    // Taking part in a promotion or contest is no marketing: "Concordo com o regulamento da promoção"
    '(regulamento|regras|termos|condicoes)( e condicoes)? d[oa] (promocao|concurso|passatempo|campanha|sorteio|desafio)', 'particip[a-z]* (n[oa]|d[oa]|em) (promocao|concurso|passatempo|campanha|sorteio)',
    '(fazer|enviar|submeter|apresentar) (uma |um |a minha |minha )?(oferta|proposta|contraproposta|lance)\\b', `(mostrar|exibir|apresentar|ver)${CLAUSE}\\b(na|no|neste|nesta|em nosso|em nossa) (aplicacao|app|aplicativo|site|website|sitio|loja|pagina|plataforma)\\b${CLAUSE}`,
    // Advertising shown on a page, not sent: "para lhe mostrar publicidade relevante", "exibir anúncios personalizados"
    `(mostrar|exibir|apresentar|mostra|exibe|apresenta|mostramos|exibimos|apresentamos)(-lhe|-te|-vos)? (lhe |te |a si |a voce )?(anuncios|publicidade|propaganda)${CLAUSE}`,
    `(enviar|envie|enviem|receber|receba)[a-z\\- ]{0,20}(a |o )?(fatura|factura|nota fiscal|recibo|comprovativo|comprovante)${CLAUSE}`,
    // The person at the form sends one message, the whole label: "Enviar e-mail", "Não enviar e-mail", "Enviar informações de expedição"
    `^(nao )?((salvar|gravar) e )?(enviar|mandar|reenviar)( um| o| uma| a)? (e-?mail|mensage(m|ns)|sms|convites?|informac[a-z]* (de|para) (o )?(expedicao|envio|rastreamento|rastreio))\\b${CLAUSE}`,
    // The customer writes to the shop: "Envie-nos um e-mail", "Pode enviar-nos um e-mail", "nos mande uma mensagem", "Envie um e-mail para apoio@loja.pt" (WS Form pt)
    `(envi(ar|e|em|a)|mand(ar|e|em|a)|escrev(er|a|am))(-nos\\b| (um |uma )?(e-?mail|mensagem) para x@x)${CLAUSE}`, `\\bnos (envie|enviem|envia|mande|mandem|manda|escreva|escrevam)\\b${CLAUSE}`,
    // The person's own outgoing mail, a mail client's setting: "Quando enviar mensagens, pedir sempre um recibo de leitura"
    `${BEFORE}\\b(recibos?|confirmac(ao|oes)|avisos?) de (leitura|rececao|recepcao)\\b${CLAUSE}`,
    // Admin settings for what customers may do, or a channel switched on: "Permitir que seus clientes se inscrevam na newsletter", "Habilitar envio de SMS"
    // "Permitir Subscrição a Utilizadores Não Registrados" (Magento pt_PT)
    `(permitir|permita|permite|habilitar|ativar|activar)( [a-z]+)?( que| a| aos| as| para| por)? (os |as |seus |suas |os seus |as suas )?(clientes|usuarios|utilizadores|visitantes|compradores|convidados)\\b${CLAUSE}`,
    '^(habilitar|desabilitar|ativar|activar|desativar|desactivar) (o )?envio (de |d[oa]s? |por )?(sms|e-?mails?|mensagens|notificac(ao|oes))\\s*$',
    // A paid subscription billed, renewed or paid for: "Autorizo à Mozilla cobrar … até eu cancelar minha assinatura", "Renove a sua assinatura",
    // "Atualizar o método de pagamento usado para todas as minhas assinaturas" (WooCommerce Subscriptions)
    `(cobr|debit|renov|pagamentos?\\b|(metodo|meio|forma)s? de pagamento)[a-z]*${BEFORE}\\b(assinatura|subscricao|plano)\\b(?! d[ao]s? (newsletter|boletim))${CLAUSE}`,
    // The shop's staff writes to a customer, the person writes to someone: "Notificar o cliente por e-mail" (Magento pt_BR),
    // "Tem certeza de que deseja enviar um e-mail de remessa ao cliente?", "Gostaria de enviar um e-mail a este autor"
    `(enviar|mandar|escrever|notificar|avisar|informar)( um| uma| o| a)?( (e-?mail|mensagem|sms|notificac(ao|oes))s?( de [a-z]+)?)? (a |ao |aos |as |para )?(o |a |os |as |este |esta )?(cliente|autor|autora|vendedor|comprador|administrador|destinatario|amigo|amiga)s?\\b${CLAUSE}`,
    // The person informs others on a platform: "Informar outros membros da campanha sobre o meu último login" (Kanka)
    `(informar|notificar|avisar|mostrar)( a| aos| as)? (outros|outras|os outros|as outras|restantes) (membros|utilizadores|usuarios|jogadores|participantes)${CLAUSE}`,
    // Messages of the interface itself: "Adicionar mensagens de ajuda", "mensagens de erro"
    '(mensagens|avisos|textos|dicas) de (ajuda|erro|validacao|sucesso)\\b',
    // The coupon field itself and ad personalisation: "Ativar campo de cupão no checkout", "Publicidade personalizada"
    '(campo|caixa|formulario)s? (de|do|para|para o) (cupo(m|ns|es)|cupao|codigos? (promociona[a-z]*|de desconto)|vales?|desconto)\\b', '^(publicidade|anuncios) (personalizad|direcionad|baseada)[a-z]*( [a-z]+){0,4}\\s*$',
    // A sort order, an account page and a payment method's price: "Maiores descontos", "Meus cupons", "Pix (5% de desconto)"
    '^(ordenar por |por )?(maior(es)?|menor(es)?) (descontos?|precos?)\\s*$', '^(descontos?|precos?|cupo(m|ns)|cupao|ofertas?) \\(?(crescente|decrescente|ascendente|descendente)\\)?\\s*$',
    '^(os |as )?(meus|minhas|seus|suas) (cupo(m|ns|es)|cupao|descontos|vales( de desconto)?|ofertas|promocoes)\\s*$',
    // A product put on a list, a stock alert: "Adicionar à lista", "Activar notificações de produtos esgotados"
    '^adicionar a (minha )?lista\\s*[.!]?$', '(notificac(ao|oes)|avisos?|alertas?) (de |d[oa]s )?produtos? (esgotad|indisponive|fora de (stock|estoque)|sem (stock|estoque))[a-z]*',
    // Answers about a request or a mailbox, not consent: "Recebi algumas das informações solicitadas" (Alaveteli),
    // "Recebo demasiados e-mails de spam" (a reason for leaving), "Obter informações do endereço"
    '(informac(ao|oes)|documentos?|dados)( [a-z]+){0,2} (solicitad|requisitad)[a-z]*', '(recebo|recebia|recebemos) (demasiad|muit|tant)[a-z]* (e-?mails|mensagens|newsletters|sms)\\b',
    'obter (a |as )?(informac(ao|oes)|atualizac(ao|oes)|actualizac(ao|oes)|dados) (d[oa]s?|de) (endereco|cep|morada|pagamento|video|clientes?|pedido|encomenda|produto)s?\\b',
    // The person suggests, a search or address helper: "Enviar sugestões", "Receber sugestões de pesquisa enquanto escreve"
    `(enviar|envie|deixar|deixe|dar|fazer|faca|submeter|partilhar)( as| a| uma| o)?( suas| sua| minhas| minha)? sugest(ao|oes)\\b${CLAUSE}`, 'sugest(ao|oes) de (pesquisa|busca|endereco|morada|preenchimento)\\b',
    // Where the person heard of the shop, a survey question: "Como soube da promoção?", "Onde ouviu falar de nós?"
    `(como|onde) (soube|conheceu|ouviu falar|teve conhecimento|descobriu)${CLAUSE}`,
    // A price tag alone, the whole label: "10% de desconto", "5 € de desconto"
    '^-?\\d+([.,]\\d+)? ?(%|€|r\\$)? (de )?desconto\\s*[.!]?$',
    '(pagamento (a vista|antecipado)|a vista|boleto( bancario)?|pix|transferencia( bancaria)?|multibanco|mb way)\\b[^.;:!?]{0,30}\\bdescontos?\\b',
    // Messages from other users or in a forum: "Receber emails de contato de Pessoas"
    '(mensagens|e-?mails?) de contato (de|da|do|das|dos)\\b', `${BEFORE}\\b(quando|se|sempre que|cada vez que|toda vez que|assim que) (alguem|um usuario|um utilizador|um membro)${CLAUSE}`, '(respostas?|comentarios?) (a|aos|as|sobre|n[oa]s?) (meus|minhas|os meus|as minhas) (comentarios|mensagens|topicos|publicacoes)',
    // Review requests without a promised discount: "Aceito receber um pedido de avaliação após a entrega"
    'pedidos? de (avaliacao|opiniao|comentario)',
    // A mail to give one's opinion, unless a reward is promised: "Receber um e-mail após a entrega para deixar a minha opinião sobre os produtos"
    `(?![^.;:!?]{0,200}\\b(desconto|cupao|cupom|vale|premio|pontos|sorteio|oferta)s?\\b)${BEFORE}\\b(para|a fim de) (deixar|dar|partilhar|compartilhar|escrever|fazer|registar|publicar)( a| uma| o| um)? (minha |sua |tua )?(opiniao|avaliacao|comentario|critica|review)s?\\b${CLAUSE}`, 'convites? para (avaliar|dar a (sua|minha) opiniao)',
    // Cookie categories: "Segmentação e Publicidade", "Cookies de publicidade", a category's one word as the whole label: "Publicidade", "Marketing"
    '^(publicidade|marketing|propaganda|anuncios)\\s*$',
    `${CLAUSE}\\b(cookies?|rastreadores)\\b${CLAUSE}`, '(segmentacao|direcionamento|publicidade direcionada|personalizacao)( e publicidade)?\\s*$', `medi(r|cao) (o |a )?(desempenho|eficacia|audiencia)${CLAUSE}`,
    '(de novo|novamente|volte a estar|voltar a estar|estiver) (disponivel|em estoque|em stock)', '((subscric|inscric|assinatura)[a-z]* (de |d[oa]s? )?)?alertas? de (preco|stock|estoque|disponibilidade)', 'baixas? de preco',
    // An app looking for new versions, usage data the person sends: "Também verificar lançamentos em beta", "enviando informações anónimas"
    `(verific|procur|busc|chec)[a-z]*( tambem| automaticamente)? (por |se ha )?(as |os |novas |novos )?(atualizac|actualizac|lancamentos|versoes)[a-z]*${CLAUSE}`, '(informac(ao|oes)|dados|estatisticas|relatorios)( [a-z]+)? (anonim[a-z]*|de (diagnostico|uso|utilizacao))',
    // Comment, reply and forum notices: "Notifique-me de novos comentários via e-mail", "Também pode se inscrever sem comentar"
    `(notifi|avis|alert|inform|e-?mail|mensage|subscrev|inscrev|segui|acompanh)[a-z-]*[a-z- ]{0,30}\\b(comentarios?|respostas?|topicos?|discussao|discussoes|conversas?|mencoes)\\b${CLAUSE}`, `${CLAUSE}\\bsem comentar${CLAUSE}`,
    // A trigger on site activity, not a mailing: "Me enviar um e-mail quando uma nova mensagem for postada"
    `${BEFORE}\\b(quando|sempre que|toda vez que|cada vez que|assim que|logo que)\\b${GAP}\\b(postad|publicad|respondid|comentad|editad|alterad|modificad|aprovad|rejeitad|expirad|removid|vendid|denunciad|reportad|sinalizad)[a-z]*${CLAUSE}`,
    // New posts in a forum, a sign-in on a device: "Enviem-me um e-mail sempre que houver novas publicações nas secções do fórum",
    // "sempre que for iniciada sessão na minha conta a partir de um dispositivo desconhecido"
    `${BEFORE}\\b(quando|(sempre|vez|assim|logo) que|se)\\b${GAP}\\b((post|mensage|resposta|publicac|topico|tema)[a-z]*${GAP}\\b(foru|subforu|topico|discuss)|(sessao|login|acesso|acedid|acessad|entrad)[a-z]*${GAP}\\b(dispositivo|aparelho|navegador|browser|computador))${CLAUSE}`,
    // One's own listing or profile: "Receber um e-mail quando o meu anúncio for alterado", "se alguém visitar o meu perfil"
    `${BEFORE}\\b(quando|sempre que|assim que|se)\\b${GAP}\\b(meu|minha|meus|minhas) (anuncio|perfil|candidatura|listagem)s?\\b${CLAUSE}`,
    // Personal and notification settings: "Não me envie um e-mail para esses tipos de notificações", "mensagens privadas"
    `${BEFORE}\\b(tipos?|categorias?) de (notificac|alertas|avisos|mensagens)[a-z]*${CLAUSE}`, '((e-?mails?|notificac[a-z]*|avisos?|alertas?) (sobre|de) (novas )?)?(mensagens|e-?mails?) (privad|pesso|diret)[a-z]*', '(notificac[a-z]*|avisos?|alertas?) (sobre|de|d[ae]s) (novas )?(mensagens|respostas)\\b',
    // Account mails and reminders: "Enviar e-mail de confirmação incluindo login e senha", "notificações de eventos do calendário"
    `(e-?mails?|mensage[mn]s?|sms|links?|codigos?) de (confirmac|verificac|ativac|activac|boas-vindas|recuperac|reposic|redefinic|validac)[a-z]*${CLAUSE}`, '(lembretes?|alertas?)(?![^.;:!?]{0,60}\\b(carrinho|cesto))( (por|via|no) (e-?mail|sms|telemovel|celular))?\\b', `(eventos|compromissos|tarefas) (d[oa]|n[oa]) (calendario|agenda)`,
    // The person writes to others, an admin's or organiser's switch: "Envie um e-mail para os registrantes", "Enviar e-mails para revisores"
    `envi(ar|e|em|amos)( um| uma| os| as)? (e-?mails?|mensage[mn]s?|notificac[a-z]*|convites?|avisos?)( [a-z]+){0,3} (para|a|aos|as) (o |a |os |as |todos os |todas as |cada )?(registrant|inscrit|autor|revisor|equipe|equipa|usuario|utilizador|membro|participant|convidad|cliente|comprador|gerente|administrador|organizador|juiz|juize|vendedor|destinatario|funcionario|colaborador|moderador)[a-z]*${CLAUSE}`,
    // The merchant's own orders and sales: "Fique por dentro dos pedidos dos seus clientes", "saber sempre que houver uma nova venda"
    '(por dentro|a par|informad[oa]s?|a(c)?tualizad[oa]s?|notificad[oa]s?|avisad[oa]s?) (d[oa]s?|sobre (o|a|os|as)) (meus |minhas |seus |suas |novos |novas )?(pedidos|encomendas|entregas|envios|vendas|reservas)\\b(?! (privadas|exclusivas|relampago|especiais))',
    '(sempre que|toda vez que|cada vez que|quando|assim que) (houver|tiver|receber|entrar|chegar) (um |uma )?(nov[oa] )?(venda|pedido|encomenda|reserva|compra)\\b',
    // A sign-in link or code, an account mail: "Vamos enviar um e-mail para você com um link que fará você se conectar, sem precisar de senha"
    `${BEFORE}\\b(links?|ligac(ao|oes)|codigos?)( [a-z]+){0,6} (se conectar|conectar-se|fazer login|iniciar sessao|aceder a (sua |tua )?conta|acessar (a )?(sua )?conta|entrar (na|em) (sua |tua )?conta)${CLAUSE}`, '(links?|codigos?) (magico|de (acesso|login|conexao|inicio de sessao))',
    // The person's own access details by mail (Hide My WP pt_BR): "Me envie um e-mail com os URLs de administração e acesso alterados", "e-mail com a nova senha"
    `(e-?mails?|mensagem) com (os |as |o |a )?([a-z]+ ){0,2}(urls?|credenciais|senhas?|palavras?-passe|dados de (acesso|login)|detalhes de (acesso|login))\\b${CLAUSE}`,
    // Where to read more, not what is sent: "Para obter mais informações, consulte…", "para obter informações"
    'para (obter )?mais informac(ao|oes)\\b', 'para obter informac(ao|oes)\\b',
    // An account's own address: "Adicionar e-mail", "Alterar o endereço de e-mail"
    '^(adicionar|adicione|alterar|altere|editar|edite|confirmar|confirme|verificar|verifique|atualizar|atualize|actualizar|mudar|trocar) (o |um |outro |novo |seu |o seu |meu |o meu )?(endereco de )?e-?mail( adicional| secundario| alternativo)?\\s*[.:]?$',
    // Updates sent to other people: "Enviar atualizações aos convidados"
    `(atualizac|actualizac|convites?|mensage|e-?mails?)[a-z]*[a-z ]{0,12} (a|aos|para os|para as|as) (convidad|participantes|destinatarios)[a-z]*`,
    // Filters and admin display, not messages: "Mostrar na próxima newsletter"
    `^(mostrar|exibir|ocultar|esconder|ordenar|filtrar|pesquisar|procurar|listar|apenas|somente)\\b${CLAUSE}`,
    // Messages from other people, digests, copies, job offers: "Receber mensagens de outros membros", "resumo semanal", "ofertas de emprego"
    '(e-?mails?|mensagens) (d[oa]s?|de) (outros |outras )?(administrador|usuario|utilizador|membro|moderador|vendedor|pessoas)[a-z]*', `permitir que (outros|outras|os|as) (usuarios|utilizadores|membros|pessoas)${CLAUSE}`,
    // New posts in a thread or forum, news about an order: "Notificar-me de novos posts neste fórum", "quando houver novidades no meu pedido"
    '(nov[oa]s )?(posts|mensagens|respostas|publicac[a-z]*|artigos|topicos)( [a-z]+){0,2} (neste|nesta|n[oa]s?|deste|desta) ((secc?|categoria|area)[a-z]* d[oa] )?(topico|forum|discussao|grupo|conversa)\\b',
    '(novidades|atualizac[a-z]*|actualizac[a-z]*|mudancas|alterac[a-z]*)[a-z ]{0,20} (n[oa]|d[oa]|sobre [oa]|em) (meu|minha|seu|sua) (pedido|encomenda|compra|entrega|envio|reserva)\\b',
    // Contact about one's own request only: "contactar-me por telefone ou e-mail apenas para responder ao meu pedido"
    '(contac?t|lig|telefon)(ar|e|em|ad[oa]s?)(-me)?( (por|via|telefone|e-?mail|correio|ou|e|sms|apenas|so|[a-z]+mente|e?lec?tronico)){0,8} (para|sobre|acerca|quanto)( (responder|tratar|dar seguimento))?( (a|o|d[aoe]|ao)s?)? (meus?|minhas?|seus?|suas?) (pedido|quest|duvida|pergunta|encomenda|reclamac|consulta|solicitac|reserva|marcac)',
    '(resumo|sumario|digest)[a-z]*( (diario|semanal|mensal))?', 'e-?mails? de (atividade|actividade|resumo)', `(uma )?copia\\b${CLAUSE}`, 'ofertas? de (emprego|trabalho|vagas?)', 'boletim (de notas|escolar)',
    '(sms|mensagem) (com|de) (o |um )?codigo', 'codigos? (de )?(verificacao|confirmacao|acesso|seguranca|autenticacao)',
    // Reward points, not mailings: "Assinar atualizações de saldo" (Magento Enterprise_Reward pt_BR), "notificações de expiração de pontos"
    '(atualizac|actualizac|notificac|alertas?|avisos?)[a-z]* (de|do|dos|sobre o|sobre os|sobre a) (meu |meus |seu |seus )?(saldo|pontos|expiracao|validade)\\b',
    // System and service mails: "Receber E-mails do Sistema" (VirtueMart pt-BR), "e-mails transacionais", "mensagens de serviço"
    '(e-?mails?|mensagens|notificac[a-z]*|comunicac[a-z]*|avisos)( d[oa]| de)? (sistema|servico|transaciona[a-z]*|transacciona[a-z]*|administrativ[a-z]*|tecnic[a-z]*|operaciona[a-z]*)\\b',
    // The privacy opt-out from selling data for ads, not a mailing: "Não venda as minhas informações pessoais para publicidade comportamental"
    `vend(a|am|er|em|ida|idas|ido|idos)\\b( [a-z]+){0,3} (minhas|meus|suas|seus) (informac[a-z]*|dados)${CLAUSE}`, `publicidade (comportamental|baseada em interesses|de contexto cruzado)${CLAUSE}`,
    // A paid plan: "O que é a subscrição premium?", "assinatura mensal"
    '(assinatura|subscricao) (mensal|anual|premium|paga|do plano)', `(renovar|renovacao|cancelar)${CLAUSE}(assinatura|plano) (mensal|anual|premium|paga)`,
  ],
  // "Sem spam", "Nunca partilharemos os seus dados com terceiros"
  reassurance: [
    'sem spam', 'nada de spam', 'zero spam', 'odiamos spam', 'nao enviamos spam', 'respeitamos a sua privacidade', 'respeitamos sua privacidade',
    `(nao|nunca|jamais)(?! (quero|desejo|pretendo|autorizo|aceito|concordo|consinto|permito|gostaria|quer|deseja|pretende|(partilh|compartilh|divulg|comunic)(ar|em|e|uem|ue)|(ced|vend)(er|am|a|am)|(transmit|transfer)(ir|am|a))\\b)${CLAUSE}(partilh|compartilh|ced|vend|transmit|divulg|transfer|comunic)[a-z]*${CLAUSE}(terceir|parceir|outras empresas)${CLAUSE}`,
  ],
  // "Pode cancelar a subscrição a qualquer momento", "É possível cancelar o registo em qualquer altura"
  unsubscribeNotice: [
    `(cancelar|anular|desinscrever|descadastrar|retirar|revogar|remover)${CLAUSE}(qualquer (momento|altura)|a todo o momento|gratuitamente|link|em cada)${CLAUSE}`,
    `(pode|podera|podes|podes|e possivel|possibilidade de|posso)( se| me| a| o)? (facilmente |a qualquer (momento|altura) |em qualquer (momento|altura) )?(cancelar|anular|desinscrever|descadastrar|retirar|revogar|sair|desistir)${CLAUSE}`,
    `(a|em) qualquer (momento|altura)${CLAUSE}(cancelar|anular|desinscrever|descadastrar|retirar|revogar)${CLAUSE}`,
  ],
  priorNotice: [
    '(voce |tu )?(ira|vai|vais|recebera|receberas) (tambem |ainda )?(receber )?(a nossa |nossa |as nossas |nossas |o nosso |nosso |a |o |os |as )?(newsletter|ofertas|promocoes|novidades|boletim|e-?mails? (com|de|sobre))',
    '(poderemos|podemos|vamos|iremos) (enviar-lhe|enviar-te|te enviar|lhe enviar|contacta-lo|contata-lo)[^.]{0,40}(ofertas|promocoes|newsletter|novidades|comerciais|marketing)',
    'o seu (endereco de )?e-?mail (sera|podera ser) utilizado[^.]{0,40}(ofertas|promocoes|newsletter|comerciais|marketing)',
  ],
  // One span per negation, listed first so it is counted once: "não … nem … nem", "não … nenhum(a)"
  // "Pode cancelar a subscrição a qualquer momento, gratuitamente"
  freeOfCharge: ['gratuit(o|a|amente)\\b', 'sem (qualquer )?(custos?|encargos?)'],
  // "Peça um orçamento grátis"
  quoteRequest: ['(pedir|peca|solicitar|solicite|obter) (um |o |seu )?orcamento', 'pedido de orcamento', 'orcamento gratis'],
  negators: [
    'nao\\b[^.;:!?]{0,60}?\\b(nem|nenhum|nenhuma|nenhuns|nenhumas|nada|nunca|jamais)\\b([^.;:!?]{0,60}?\\b(nem|nenhum|nenhuma|nada)\\b)*', 'nem\\b[^.;:!?]{0,60}?\\bnem\\b',
    'nao\\b', 'nunca\\b', 'jamais\\b', 'nenhum(a|s|as)?\\b', 'nem\\b',
    // The "without" option of a choice: "Sem newsletter" (not "sem compromisso", "sem spam")
    '^sem (a |o |as |os )?(newsletter|boletim|ofertas|promocoes|publicidade|marketing|e-?mails|comunicac|novidades)',
  ],
  // "Anular subscrição da newsletter", "Cancelar todas as minhas inscrições", "Oponho-me ao envio";
  // stopping, doing without, withdrawing consent: "Pare de me enviar e-mails", "Dispenso a newsletter", "Revogo o meu consentimento";
  // taking me or my address off the list: "Remova-me da newsletter", "Excluam-me da lista", "Exclua o meu e-mail da lista"
  // "Não tenho conta, mas quero receber a newsletter"
  contrasts: ['mas\\b', 'porem\\b', 'contudo\\b', 'todavia\\b'],
  conditions: ['(?<!-)se\\b', 'caso\\b', 'quando\\b'],
  negativeVerbs: ['(remov|exclu|retir)(a|am|e|em|er|ir|ar)-me\\b', '(remov|exclu|retir)(a|am|e|em|er|ir|ar) (o |a )?(meu |minha )?(e-?mail|endereco|contacto|contato|nome)\\b', 'cancelar', 'cancele', 'anular', 'desinscrev', 'descadastr', 'deixar de receber', '(pare|parem|parar|deixe|deixem) de (me )?(enviar|receber|mandar|contactar|contatar)', 'sair da lista', 'remover(-me)? da lista', '(opor|opoe|opoem|oponha)-(me|se)\\b', 'oponho', 'oposicao', 'recuso', 'dispens(o|ar)\\b', '(revog|retir)[a-z]*( o meu| o| meu)? consentimento', 'opt-?out'],
  missVerbs: ['perder\\b', 'perca\\b', 'perco\\b'],
  // "Desmarque esta opção se não quiser receber as nossas novidades"
  untickInstructions: ['desmarq', 'desselecion', 'desassinal', 'desative', 'retire (o |a )?(visto|marca|selecao)'],
  // "Assinale se não pretende receber ofertas de parceiros", "Marque esta caixa se…"
  tickInstructions: ['marque', 'assinale', 'selecione (esta|a) (caixa|opcao|quadricula)', 'ao (marcar|assinalar|selecionar)', 'marcando'],
  yes: ['sim\\b', 'sim,? (eu )?(quero|desejo|aceito|gostaria|por favor)', 'claro\\b'],
  no: ['nao\\b', 'nao,? obrigad[oa]'],
  answerValues: [['sim', 'nao']],
  // Magento/PrestaShop pt: `newsletter`, `optin`; VTEX `optinNewsLetter`; Brazilian shops `receber_ofertas`, `aceita_marketing`
  fieldNames: {
    marketing: ['boletim', 'informativo', 'receber_?ofertas', 'aceita_?marketing', 'aceite_?marketing', 'optin_?newsletter'],
    thirdParty: ['parceiros', 'terceiros'],
    negative: ['descadastrar', 'cancelar_?subscricao', 'nao_?receber', 'sem_?newsletter'],
    payment: ['pagamento', 'forma_?de_?pagamento', 'meio_?de_?pagamento', 'numero_?(do_?)?cartao'],
    bookkeeping: [],
    listNames: [],
  },
  signupBlocks: ['boletim', 'informativo', 'assinatura'],
  filterBlocks: ['filtro'],
  // "Li e aceito os termos e condições", "Concordo com a política de privacidade", "Aceito os Termos e Condições e quero receber…"
  termsAcceptance: [
    '(li e aceito|li e concordo|declaro que li|tomei conhecimento|tenho conhecimento)[a-z\' ,&]{0,40}(termos|condicoes|politicas? de privacidade|privacidade|regulamento|regras)',
    '(aceito|aceita|aceitar|concordo|concorda|estou de acordo|consinto)( com| em)?( (os|as|o|a|nossos|nossas|seus|suas))? ([a-z&]+ ){0,2}(termos|condicoes|politicas? de privacidade|privacidade|regulamento|regras|aviso legal)',
    '(termos|condicoes|politica de privacidade)[a-z\' ,]{0,30}(lid[oa]s|aceites|aceit[oa]s)',
    // "Li a política de privacidade e aceito receber ofertas", "Li os Termos e Condições"
    'li( e compreendi| e entendi| atentamente)? (a |o |os |as )(nossa |nossos |nossas )?(termos|condicoes|politicas? de privacidade|regulamento)',
    // "Marcar todos os consentimentos": one tick gives marketing and the terms together
    '(marcar|selecionar|aceitar|aceito|aceite) tod[oa]s (os consentimentos|as autorizacoes|as permissoes)',
  ],
  // "Receba ofertas dos nossos parceiros", "empresas do grupo Sonae", "cedidos a terceiros", "das empresas por ela participadas"
  thirdParty: [
    'parceir[oa]s?\\b', 'terceir[oa]s?\\b', 'empresas (d[oa]|de nosso|do nosso|deste|desse|pertencentes ao) grupo', 'grupo\\b', '(empresas|marcas|entidades) (por (ela|elas|si|nos) )?(parceiras|associadas|coligadas|afiliadas|selecionadas|seleccionadas|participadas)',
    'outras (empresas|marcas|entidades)', 'afiliad[oa]s\\b', 'patrocinadores?', 'anunciantes', 'marcas do grupo', 'subsidiarias',
    // Several controllers, each with its registered seat: "pela Sonae MC, S.A., com sede na Maia, e pela Worten, S.A., com sede em Lisboa"
    'com sede (em|na|no)\\b[^]{0,400}?\\bcom sede (em|na|no)\\b',
  ],
  channels: {
    email: ['e-?mail', 'correio elec?tronico', 'newsletter', 'boletim', 'informativo', 'mailing'],
    sms: ['sms', 'whatsapp', 'mensage(m|ns) de texto', 'mms'],
    phone: ['telefon', 'lig(ar|uem?)-me', 'chamadas?', 'ligac(ao|oes)', 'telemovel', 'celular'],
    post: ['correio\\b(?! ?eletr| ?electr)', 'via postal', 'correio postal', 'por carta', 'catalogo', 'folheto'],
    push: ['push', 'notificac(ao|oes) (push|no (navegador|browser|telemovel|celular))'],
    social: ['redes sociais', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(manter|mantenha|mantenham|ficar|fique|estar|esteja)[a-z\\- ]{0,12}(informad[oa]s?|a par|por dentro|atualizad[oa]s?)', 'receber (atualizacoes|novidades)'],
  context: {
    purchase: [
      'finalizar (a )?compra', 'finalizar (o )?pedido', 'finalizar (a )?encomenda', 'confirmar (a |o )?(compra|encomenda|pedido)', 'encomenda com obrigacao de pagamento', 'comprar agora', 'pagar', 'pagamento',
      'portes', 'frete', 'custos de envio', 'morada de (faturacao|envio|entrega)', 'endereco de (cobranca|entrega|faturamento|envio)', 'subtotal', 'total', 'carrinho', 'cesto', 'iva\\b', 'resumo d[oa] (pedido|encomenda)', '(a sua|sua|seu|o seu) (encomenda|pedido)', 'checkout',
    ],
    registration: ['criar (uma |a minha |minha |sua |a sua )?conta', 'regist(ar|o|e-se)', 'registr', 'cadastr', 'palavra-passe', 'senha', 'nome de utilizador', 'nome de usuario', 'novo cliente', 'minha conta', 'forum'],
    newsletter: ['newsletter', 'subscrev', 'subscreva', 'inscreva-se', 'assine', 'assinar', 'boletim', 'lista de (e-?mails?|correio)'],
    contact: ['(?<!(informacoes|dados) de )contac?to', 'contacte-nos', 'fale conosco', 'mensagem', 'enviar mensagem', 'pergunta', 'duvida', 'apoio ao cliente', 'atendimento', 'avise-me quando', 'de novo em (estoque|stock)', 'volt(e|ar) (ao|a estar em) (estoque|stock)', 'alerta de (estoque|stock|preco)'],
    survey: ['inquerito', 'pesquisa', 'questionario', 'sorteio', 'concurso', 'passatempo', 'ganhar', 'ganhe', 'participar', 'premio', 'opiniao', 'avaliacao'],
    // GiveWP pt-BR: "Doe agora", "Valor da doação", "Faça uma doação"
    donation: ['doar\\b', 'doe agora', 'doac(ao|oes)\\b'],
  },
};
