import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

// Spanish. Wording from Magento 2 es_ES, PrestaShop es-ES, WooCommerce/MailPoet es_ES and
// Shopify es checkout strings, and the consent boxes of Spanish shops ("No deseo recibir
// comunicaciones comerciales…", "Acepto la política de privacidad y deseo recibir…").
export const es: Lexicon = {
  lang: 'es',
  // Distinctive function words only: "en", "a", "o", "no", "le", "que", "tu" are Dutch, English,
  // French or Portuguese words too and would pull those texts towards Spanish.
  // "de" is shared with Dutch and French and only cancels out against them.
  stopwords: [
    'el', 'los', 'las', 'la', 'del', 'al', 'y', 'por', 'para', 'con', 'mi', 'mis', 'sus', 'tus', 'nuestro', 'nuestra', 'nuestros', 'nuestras',
    'de', 'una', 'lo', 'esta', 'este', 'estos', 'es', 'usted', 'deseo', 'desea', 'quiero', 'quieres', 'recibir', 'acepto', 'gustaria', 'correo', 'boletin', 'direccion', 'datos', 'cuenta', 'leido', 'crear',
    // Spanish only (Portuguese has "até", "recebe", "descontos"): "Recibe descuentos de hasta un 20 % en tu email" is no French
    'hasta', 'recibe', 'descuentos', 'novedades',
  ],
  // "Suscribirse al boletín" (Magento 2 es_ES), "Recibir ofertas de nuestros socios" (PrestaShop es-ES),
  // "Enviarme novedades y ofertas por correo electrónico" (Shopify es)
  marketing: [
    // Leaving every mailing or sponsor: "darme de baja de todos los envios", "de todos los patrocinadores"
    '(de|a) todos los (envios|correos|emails|boletines|comunicados|mensajes|listados|listas|patrocinadores)\\b',
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Envienme una sorpresa el dia de mi cumpleanos"
    '(sorpresa|regalo|descuento|cupon|oferta|detalle)s?( [a-z]+){0,5} (el dia de |en |por |para )(mi|tu|su) cumpleanos\\b', '(descuento|regalo|sorpresa|cupon|oferta|detalle)s? de cumpleanos\\b',
    'newsletters?', 'boletin', 'ofertas?\\b', 'promocion(es\\b|al|\\b)', 'descuentos?', 'rebajas', 'chollos?\\b', 'gangas\\b', 'promos?\\b', 'cupon(es)?\\b', 'publicidad', 'publicitari',
    // Abandoned-cart reminders are marketing (corpus rule): "Acepto recibir recordatorios de carrito abandonado"
    '(carrito|cesta|compra)s? (abandonad|olvidad)[oa]s?\\b', 'avisos? (de|del|sobre) (mi |tu |su |el |la )?(carrito|cesta)\\b',
    // A reminder of what the basket holds, to the person: "Recordarme por email los productos de mi cesta", "un email para recordarme lo que dejé en el carrito"
    `(record|recuerd)[a-z]*(me|nos|torios?)\\b${CLAUSE}\\b(carrito|cesta)\\b`,
    // "Acepto recibir mercadotecnia por correo electrónico" (México), "mercadeo" (Colombia)
    'marketing', 'mercadotecnia', 'mercadeo', 'comerciales\\b',
    // The singular only where it is a message or its purpose: "información comercial", "perfilado comercial"; not "ubicación comercial", "Nombre comercial"
    '(informacion|comunicacion|perfilado|perfil|finalidad|fin|accion|propuesta|mensaje|correo|llamada|contacto|caracter|indole) comercial\\b', 'prospeccion', 'novedades',
    // News of an app's or shop's features: "Información sobre nuevas funciones"
    '(informacion|noticias|actualizaciones|avisos) (sobre|de|acerca de) (las )?(nuevas|ultimas|proximas) (funciones|funcionalidades|caracteristicas)\\b', 'nuevos (productos|articulos)', 'nuevas colecciones', 'listas? de (correos?|e-?mails?|envios?|distribucion|suscriptores|contactos)', 'mailing', 'ventas (privadas|flash)',
    // Ofrecer productos a la persona: "Acepto que me contacten por teléfono para ofrecerme productos"; no "para ofrecerle un mejor servicio"
    'ofrec(erme|erte|erle|erles|ernos)( otros| nuevos| nuestros| sus)? (productos|servicios|ofertas)\\b',
    'recomendaciones personalizadas', 'campanas (de )?(e-?mail|correo)\\b', 'estudios de mercado', 'suscripcion general', 'acceso anticipado',
    // "No llamar" (CRM opt-out flag): a tick means no calls.
    'no (llamar|llamarme|contactar|contactarme)\\b', 'no me (llamen|llameis|contacten|contacteis)(?= ?[.:!]* ?$)', 'no (enviar|enviarme|mandar|mandarme) (e-?mails?|correos?|sms)\\b',
    // "Acepto que mis datos se cedan a empresas colaboradoras para que me envíen ofertas"
    // A bare consent or list label naming partners: "Consentimiento terceros", "Cesión a terceros", "Comunicaciones de socios"
    '^(consentimiento|autorizacion|cesion|comunicaciones|mensajes|correos|publicidad|ofertas)( comerciales)?( (de|a|para|con)( los| las)?)? (terceros|terceras partes|socios|partners|empresas colaboradoras)\\s*[.:!]?$',
    'cesion de (mis |sus |tus |los )?datos', '(comunicacion|transferencia) de (mis |sus |tus |los )?datos( personales)? (a|con) (los |las |sus )?(terceros|socios|empresas|entidades|partners|marcas|companias|colaboradores|anunciantes|filiales)\\b', '(ced|compart|comunic|comuniqu|transfer|transfier|facilit|vend)(er|ir|ar|an|en|ais|amos|imos|emos|a|e) (mis |sus |tus |los )?datos (personales )?(a|con) (los |las |sus |nuestr[oa]s )?(terceros|socios|empresas|otras|entidades|partners|marcas|companias|colaboradores|anunciantes|filiales)', '(datos|correo electronico|e-?mail)[a-z ]{0,20} (sean |se |seran )?(cedid[oa]s|cedan|comunicad[oa]s|comuniquen|transferid[oa]s|transfieran|compartid[oa]s|compartan|facilitad[oa]s|faciliten) (a|con) (los |las |sus )?(terceros|socios|empresas|otras|entidades|partners|marcas|companias|colaboradores|anunciantes|filiales)',
    // "No, gracias, no quiero suscribirme.": subscribing with no object is the newsletter.
    // Also the voseo of Argentina and Uruguay: "Suscribite", "Anotate"; and the anglicised spelling: "Subscribirme", "Subscripción" (El Corte Inglés)
    '(sub?scrib(irme|eme|irse|ete|ase|irte|ite|as)|apunt(arme|ame|ate|arse)|anot(arme|ame|ate|arse))(?= ?[.:!?]* ?$)', '^(sub?scripcion(es)?|sub?scribir|(si,? )?me apunto)\\s*[.:!]?$',
    // El estado o la baja sola, en pares sí/no (osCommerce, Zen Cart): "Suscrito" / "No suscrito", "Suscribir" / "Dar de baja", "Cancelar suscripción"
    '^(no,? )?(sub?scrit[oa]s?|dad[oa]s? de baja)\\s*[.:!]?$', '^((me )?(quiero|deseo|me gustaria) )?(dar(se|me)? de baja|(cancelar|anular|eliminar|borrar) (la |mi )?suscripcion|suscripcion (borrada|eliminada|cancelada|anulada)|desuscribir(se|me)?)\\s*[.:!]?$',
    // Not wanting to be contacted at all: "Prefiero no ser contactado", "No deseo ser contactado por teléfono"
    '(no (quiero|quiere|quieres|deseo|desea|deseas)|prefier[oea]s? no) ser contactad[oa]s?\\b',
    // "Suscribirse a todo" (AcyMailing): todas las listas
    '(suscrib|subscrib|inscrib)[a-z]* a (todo|todas|todos)(?= ?[.:!]* ?$)', '(suscrib|subscrib|inscrib)[a-z]* a todas (las|mis|nuestras) listas\\b',
    // Una marca de oposición por canal (CRM): "Correo electrónico dado de baja", "Teléfono dado de baja"
    '(correo electronico|e-?mail|telefono|movil) (esta )?(dad[oa] de baja|opt-?out)',
    // Entradas de un blog: "Suscribirse a las entradas" (Jetpack), "Suscríbete a nuestro blog"
    '(suscrib|subscrib|inscrib)[a-z]* (a|al) (las |los |nuestras |nuestros |mis |mi |nuestro |este |el )?(nuevas |ultimas |nuevos |ultimos )?(entradas|publicaciones|articulos|posts|blog|podcast|sitio|canal)\\b', 'seguir (el |este |nuestro |mi )?blog\\b',
    // Avisos de productos de la tienda (osCommerce/Zen Cart "Product notifications"): "Notificaciones de productos"
    '(notificaciones|actualizaciones|avisos|novedades)( [a-z]+){0,2} (de|sobre|del|de los|acerca de) (todos los |los |nuestros |estos |este |nuevos )?(productos?|articulos?)\\b',
    // Suscribirse por un canal, sin objeto: "Suscríbete por correo electrónico" (Jetpack)
    '(suscrib|subscrib)[a-z]* (por|via|mediante) (correo|e-?mail|sms|whatsapp)',
    // El nombre solo de una lista en un centro de preferencias: "Las noticias de la asociación", "Las comunicaciones de la Fundación";
    // no "Las informaciones de envío", "Las noticias de mi cuenta"
    '^(las|nuestras) (noticias|informaciones|comunicaciones)( [a-z]+)? (de la |de los |de las |del |de |dirigidas a (los |las )?)(?!(el |la |los |las )?(envios?|direccion(es)?|entrega|facturacion|pagos?|pedidos?|compras?|cuentas?|contactos?|acceso|tarjetas?|clientes?|usuarios?|perfil|seguridad|productos?|articulos?|formularios?|esta|este|estos|estas|mi|mis|tu|tus|su|sus)\\b)[a-z\'\u00b7-]+( [a-z\'\u00b7-]+){0,3}\\s*[.!]?$',
    // Bare list names of a preference centre: "Consejos y trucos", "Invitaciones a eventos", "Noticias del blog"
    '^(consejos|trucos|noticias|eventos|invitaciones|inspiracion|tendencias|novedades)((,| y| e) (consejos|trucos|noticias|eventos|invitaciones|inspiracion|tendencias|novedades)){1,3}\\s*[.!]?$', '^invitaciones (a|para) (nuestros )?(eventos|actos)\\s*[.!]?$', '^(noticias|novedades|entradas) del blog\\s*[.!]?$',
    // Hearing from the shop: "Me gustaría saber de vosotros de vez en cuando"
    '(saber|oir) (mas )?de (vosotros|ustedes)\\b',
    // Seguir en la lista: "Sí, ¡mantenme suscrito!" (MailPoet)
    '(permitir|activar|recibir|aceptar) (las )?notificaciones( push)?\\s*[.!]?$',
    '(mantenme|mantengame|mantenerme|seguir|continuar|permanecer|quedarme|estar) (suscrit|inscrit|apuntad)[oa]s?\\b',
  ],
  // "Me gustaría recibir actualizaciones"; "Acepto recibir información por correo"; "Deseo que me informen sobre productos o servicios de mi interés"
  weakMarketing: [
    'comunicaciones', 'exclusiv(?!amente)', '(ningun[ao]?|cualquier|toda) (tipo de )?comunicacion\\b', 'informacion', 'noticias', 'actualizaciones', 'correos? electronicos?', 'e-?mails?\\b', 'mensajes', 'alertas', 'catalogo', 'folletos?',
    '(nuestros|nuevos) productos', '(nuevas|ultimas|proximas) (funciones|funcionalidades|caracteristicas)\\b', 'productos (y|o|e) servicios', 'productos de (mi |su |tu )?interes', 'consejos', 'inspiracion', '(sugerencias|recomendaciones)( personalizadas)? (de|sobre) (productos|articulos|compras?|lectura|libros|regalos|recetas|viajes|destinos)\\b', 'sugerencias personalizadas', 'al dia', 'al tanto', 'al corriente', 'informad[oa]s?\\b',
    // "Avísenme cuando haya cambios en los siguientes productos" (osCommerce product notifications)
    'cambios en (los |las |estos |estas )?(siguientes )?(productos|articulos)',
    // "Únete a mi lista", "Avísame de nuevas entradas por correo electrónico" (Jetpack), "Notifícame cuando la tienda esté lista" (página en construcción)
    'listas?\\b', 'blog\\b', 'correos\\b', 'trucos', 'campanas\\b', 'invitaciones', 'eventos\\b', 'ventajas\\b', 'informacion de interes', 'revistas?\\b', 'tendencias',
    // "Autorizo a El Corte Inglés a enviarme SMS", "Quiero mantenerme en contacto", "Recibir nuestras propuestas"; no "Recibir el código por SMS"
    '(enviar(me|nos)?|recibir|envio de) (los |unos )?sms\\b', '(nuestras|mejores) propuestas\\b', 'propuestas (personalizadas|exclusivas|especiales|a medida)', '(mantente|mantenerme|mantenernos|mantengamonos|seguir|sigamos|permanecer|permanezcamos) en contacto',
    '(el|la|los|las) primer[oa]s? en (enterar|saber|conocer|descubrir|recibir)', 'antes que nadie\\b', 'en primicia\\b', '(nuevas|ultimas|proximas) (entradas|publicaciones)\\b', '(nuevos|ultimos) (posts|articulos del blog)\\b',
    '(cuando|cuanto|en cuanto) (este|estemos|el sitio( web)? este|la (web|tienda|pagina) este) list[oa]s?\\b', '(cuando|cuanto|en cuanto) (el sitio|la web|la tienda|la pagina)( web)? (este|estara|abra|se lance|este en linea)', 'lanzamientos?\\b',
    // What an association or school announces: "Quiero recibir avisos de nuevas convocatorias y cursos"
    '(avisos?|alertas?|noticias) (de|sobre|acerca de) (las |los )?(nuev[oa]s|proxim[oa]s|futur[oa]s) (cursos|talleres|actividades|convocatorias|ediciones|eventos)\\b',
    // "Quiero que me informéis de vuestras actividades"; not "mis actividades"
    '(nuestras|vuestras|sus|proximas|futuras) actividades\\b', '(proximas|futuras|nuevas) (acciones|movilizaciones)\\b',
    // A campaign's progress: "cómo avanza esta campaña", "los avances de la petición"
    '(avanza|avances|progresos?|evolucion)( de| sobre)? (la |esta |nuestra |cada )?(campana|peticion|recogida de firmas|iniciativa)\\b',
  ],
  // Receiving verbs with their clitics: "recibirlas", "enviarme", "suscríbete", "apúntate", "avísenme", "Súmate a nuestra lista" (voseo)
  receiving: [
    // with two clitics: "enviármelas", "mandárnoslo"; "que me hagan llegar información comercial", "remitirme comunicaciones"
    'recib', 'de baja\\b', '(borr|quit|elimin)(ar|arme|ame|eme|enme|adme|en)( (mis?|sus?) (datos|correo|e-?mail|direccion))? de', 'elimin(eme|enme|adme)\\b', 'envi(ar|arme|arnos|arte|arle|en|eis|es|e|adme|ame|enme)(l[oa]s?)?\\b',
    // The noun only where it sends messages ("Acepto el envío de comunicaciones"), not shipping: "Eventos de envío", "Cupón de envío gratis"
    '(?<!\\bde )(?<!\\bdel )envios?\\b(?! (gratis|gratuito|urgente|express|estandar)\\b)', 'recepcion de\\b', 'mand(ar|arme|arnos|en|eis|e|adme|ame|enme)(l[oa]s?)?\\b',
    '(hacer(me|nos)|(me|nos) (hagan|haga|hacen|hace|hagais)) llegar\\b', 'remit(ir|irme|irnos|irle|irles|an|a|ame|anme|idme)\\b', '(me|nos) (lleguen|llegue|llegan|llega)\\b', 'suscri', 'subscri', 'inscri', 'apunta', 'apuntar',
    'mantener(me|te|le|nos)? (informad|al dia|al tanto|al corriente)', 'mantente', 'manten(me|nos|ganme|gannos|ete|gais|gan|ga|ed)(me|nos)?\\b', 'anot(arme|ame|ate|arse)\\b', 'ser (informad|notificad|avisad)[oa]s?\\b', 'enterate\\b', 'inclu(yeme|irme|idme|yanme)\\b', 'enterar(me|te|se)\\b', '(tener|tengo|tenga|tengamos) (sus |tus |vuestras |nuestras )?noticias\\b', 'un(ete|irme|irse|irte)\\b', 'sum(ate|arme|arse|arte)\\b', 'anad(eme|irme|enos|idme|ieras|a)\\b', 'agreg(ame|arme|uenme|adme)\\b', 'estar (informad|al dia|al tanto|al corriente)', 'inform(arme|eme|enme|adme|ame)\\b',
    'avis(ame|enme|adme|arme|eme)\\b', '(me|nos) (informen|informeis|informe|avisen|aviseis|avise|notifiquen|notifique|escriban|escribais|cuenten|cuente|conteis)\\b', 'cuent(ame|enme|eme)\\b', '(mantente|mantenerme|mantenernos|mantengamonos|seguir|sigamos|permanecer|permanezcamos) en contacto', 'notifi(queme|quenme|came|carme|cadme)\\b', 'contact(ar|arme|en|en conmigo|ad[oa]s?)\\b', 'llam(ar|arme|en)\\b',
  ],
  // "Avisadme por correo electrónico cuando mi pedido salga del almacén", "¿Tienes un cupón?",
  // "Entiendo que los cupones de regalo caducan…", "Quiero hacer una oferta por este artículo"
  neverMatch: [
    // A discount code or gift card the customer enters is a shop feature, not an offer sent: "Tengo un codigo de descuento", "Anadir cheque regalo o codigo promocional"
    '(tengo|tienes|tiene|anadir|introducir|usar|utilizar|aplicar|canjear) (un |una |mi |tu |su |el |la )?(codigo (de descuento|promocional|de promocion|regalo)|cupon( de descuento)?|cheque regalo|tarjeta regalo|vale( de descuento)?)( o (un |una |el |la )?(codigo (de descuento|promocional|de promocion|regalo)|cupon( de descuento)?|cheque regalo|tarjeta regalo|vale( de descuento)?))?',
    // A cookie sentence: "Las cookies publicitarias nos permiten mostrarle anuncios"
    '(?<=^|[.!?] )(las |estas |nuestras )?cookies\\b[^.!?]*', '^[a-z&/\' -]{0,40}cookies?\\b[^:]{0,30}:.*',
    // A receipt for the person's own donation or purchase: "Enviarme por email el certificado de mi donacion"
    '[^.;:!?(),\\u2013\\u2014]*\\b(certificado|justificante|recibo|comprobante)s? (fiscal(es)? )?(de|del|por) (mi |tu |su |la |el )?(donacion|donativo|aportacion|contribucion|pago|compra|pedido)\\b[^.;:!?(),\\u2013\\u2014]*',
    // A review request after delivery: "Recibir un email tras la entrega para opinar sobre los productos"
    '(email|e-mail|correo|mensaje)( [a-z]+){0,4} para (opinar|valorar|dejar (mi |una |tu )?(opinion|resena|valoracion)|evaluar)\\b[^.;:!?]*',
    // Notices by a channel, with no marketing object: "Deseo recibir notificaciones por email", "correos de notificación"
    'notificacion(es)? (por|via|al?|mediante|en) (mi |tu |su |el )?(correo( electronico)?|e-?mail|sms)\\b', '(correos?( electronicos?)?|e-?mails?) de notificacion',
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?mails?|correos?( electronicos?)?|mensajes)( [a-z]+)? (en|como) (formato )?(html|texto)\\b',
    // Mail about the person's own order, account or bookings ("información sobre mis pedidos"), not about products: "información sobre productos relacionados con mi compra" stays marketing
    '(actualizaciones|notificaciones|comunicaciones|alertas|avisos?|avis[a-z]+|correos?|e-?mails?|mensajes?|sms|informacion|informad[oa])((?!productos|servicios)[a-z\' ]){0,40} (del?|sobre|acerca de|cuando|en cuanto|relativ[oa]s? a|relacionad[oa]s? con) (el estado de |el seguimiento de |la entrega de |el envio de )?(mis? |tus? |sus? |el |la |los |las )?(pedidos?|envios?|entrega|paquete|saldo|puntos|compra|cuenta|reservas?|citas?|prestamos?|solicitud(es)?)\\b',
    // Messages about the person's own trip, ticket or event: "Recibir SMS con mi billete", "avisos de cambios de horario en mi viaje"; not "SMS con ofertas para tu viaje"
    '(sms|mensajes?|avisos?|alertas?|notificaciones|actualizaciones|informacion|correos?|e-?mails?)((?!ofert|promo|descuent|novedad|publicidad|ventaj|recomend)[a-z\' ]){0,40} (de|del|sobre|con|para|en) (mis?|tus?|su) (viajes?|vuelos?|billetes?|entradas?|evento|estancias?|trayectos?|tarjetas? de embarque)\\b',
    // Activity digests and site reports: "Enviar correos electrónicos de resumen" (Mastodon es), "Consiento en recibir correos de informes y notificaciones de este sitio web"
    '(correos?( electronicos?)?|e-?mails?|mensajes?) (de |del )?(resumen|informes?|notificacion(es)?|seguridad|sistema|actividad|servicio|invitacion|inscripcion|registro|bienvenida|activacion)\\b',
    // Mensajes de servicio, formato de los correos: "Recibir E-mails del sistema" (VirtueMart), "Prefiero recibir los correos en formato texto" (preferencia de formato, phpList)
    '(correos?( electronicos?)?|e-?mails?|mensajes?) (transaccional|administrativ)[a-z]*', '(los |mis )?(correos?( electronicos?)?|e-?mails?|mensajes?)( [a-z]+)? (en|con) formato\\b[a-z ]{0,12}', 'resumen (semanal|diario|de actividad|por correo)',
    // Mail the service needs, information about one item asked for: "comunicaciones necesarias para la gestión del servicio", "sobre el servicio contratado",
    // "Quiero recibir más información sobre este curso"; a price or date of an offer: "Precio de oferta", "Fecha de fin de la oferta"
    '(comunicaciones|notificaciones|avisos|correos|mensajes|informacion) ((necesari|imprescindibl|esencial|operativ)[a-z]*\\b|[a-z ]{0,30}(servicio|producto|plan|contrato)s? contratad[oa]s?\\b)', 'informacion (sobre|acerca de) (este|esta|estos|estas|dicho|dicha) (?!(tienda|marca|empresa|web|sitio|asociacion|entidad|organizacion|fundacion|campana|iniciativa|club|comunidad)\\b)[a-z]+', '(precio|fecha|periodo|duracion|etiqueta)s? (de )?[a-z ]{0,12}(oferta|promocion|rebaja)\\b',
    '(estado|seguimiento|confirmacion) (de|del) (mi |tu |su |el |la )?(pedido|envio|paquete|compra|reserva|cita|inscripcion|solicitud)', 'expiracion de (los )?puntos',
    '(cupon(es)?|certificados?|tarjetas?|vales?|tickets?|recibos?)( de)? regalo', '(tienes|tiene|tengo) un (cupon|codigo|vale)', '(introducir|introduce|aplicar|aplica|usar|utilizar|canjear)( un| el| tu| su| mi)? (cupon|codigo|vale)( de descuento| promocional| regalo)?',
    // One offer on the page, or the customer's bid, not offers sent: "recibir esta oferta por correo electrónico y añadir el producto a la cesta",
    // "he aquí nuestra oferta final" (FroggyPriceNegociator), "Guardar esta oferta" (django-oscar es)
    '((recib|envi|mand)[a-z]* )?(esta|dicha|la presente) oferta( (por|via|mediante) (correo( electronico)?|e-?mail|sms))?\\b', '(tu|su|mi|nuestra|la) (oferta|contraoferta) (final|de negociacion|ha sido)\\b',
    '(hacer|haz|haga|hacerle|enviar|envia|proponer|propon|presentar) (una |tu |mi |su )?(oferta|contraoferta|propuesta)\\b', 'contraofertas?', '(mostrar|ver|muestra|buscar|filtrar|insertar|inserta)[a-z ]{0,25}(ofertas?|promociones|descuentos?|cupon(es)?|rebajas|novedades|publicidad|anuncios|nuevas funcion)',
    // A catalog filter: "Solo ofertas", "Solo productos en oferta"
    '^(solo|solamente|unicamente) (las |los )?(ofertas|rebajas|descuentos|promociones|productos (en|con) (oferta|rebajas?|descuento|promocion))\\s*[.!]?$',
    // Contest or promotion rules alone: "Acepto las bases de la promoción"
    '(bases|condiciones|reglamento|terminos)( legales)? (de la|del|de esta|de este|de las|para las|para la) (promocion|oferta|sorteo|concurso)', 'presupuesto', `(recordarme|recuerdame)(?!${CLAUSE}\\b(carrito|cesta)\\b)`, 'mantener (la )?sesion', 'crear (una |mi )?cuenta',
    '(e-?mail|correo( electronico)?)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', '(responder|respuesta) a (mi|su|tu) (consulta|pregunta|solicitud|peticion|mensaje)', 'factura\\b', `(envi|mand|recib)[a-z]* (la |las |el |los |un |una |mi |mis )?(factura|recibo|ticket|comprobante|resguardo|justificante|entrada|billete)s?${CLAUSE}`,
    '(datos|credenciales) de acceso',
    // Guardar datos para responder: "Doy mi consentimiento para que esta web almacene la información que envío para que puedan responder a mi petición" (WPForms)
    // Preferencias del área de cliente (WHMCS): "Correos electrónicos de soporte - Recibir una copia de todas las notificaciones de Tickets de soporte", "Correos electrónicos de afiliados"
    '(correos?( electronicos?)?|e-?mails?|comunicaciones|notificaciones|mensajes?) (de |del |de los |relacionad[oa]s con (los |el )?)?(tickets?|soporte|asistencia|afiliad[oa]s)\\b',
    '(almacen|guard|conserv|recoj|recog|registr|recopil)[a-z]* (la |mi |mis |los |sus |tus |esta |estos )?(informacion|datos)( personales)?( que (envio|he enviado|proporciono|facilito|introduzco))?',
    // Un solo mensaje sobre un evento: "Envíame un correo electrónico cuando corra la recolección de basura" (WP Super Cache)
    // "Envíame un correo electrónico cada vez", "Recibe una notificación por correo electrónico cada vez que se realice un nuevo pedido" (MailPoet, WooCommerce)
    '(un|una) (correo( electronico)?|e-?mail|mensaje|notificacion|aviso|sms) (cuando|si|en cuanto|al|cada vez)\\b', `(un|una) (correo( electronico)?|e-?mail|mensaje|notificacion|aviso|sms)${CLAUSE}\\bcada vez\\b${CLAUSE}`, 'lista de espera',
    // La cuenta, no publicidad: "El cliente recibirá un correo electrónico con un enlace para restablecer contraseña"
    `${CLAUSE}\\b(restablec|recuper|cambi|olvid)[a-z]*( de)?( la| tu| su| una| nueva)? contrasenas?\\b${CLAUSE}`,
    // and to choose one, only that phrase: "Enviar correo electrónico para la selección de contraseña" (Shopware B2B)
    '(correo( electronico)?|e-?mail|enlace) para (la |el )?(seleccion|establecer|definir|elegir|crear)( de)?( la| tu| su| una)? contrasena',
    // La tienda como función o precio, no como mensaje: "Activar el uso de cupones", "Utilizar para condiciones de reglas de promoción",
    // "Compra 3 con 10 % de descuento", "Descuento total", "Impuestos, descuentos y envío calculados en la pantalla de pago", "Valor exclusivo"
    '(activar|activa|habilitar|habilita|desactivar|permitir|permite)( el uso de| el uso del| la aplicacion de)? (los |las |el |un )?(cupon(es)?|codigos? (de descuento|promocional(es)?)|vales?( de descuento)?|descuentos?)(( ?[/,] ?| y | o )(los |las )?(cupon(es)?|codigos? (de descuento|promocional(es)?)|vales?( de descuento)?|descuentos?))?\\b',
    '(reglas?|condiciones de (las |la )?reglas?) (de |del )?(precios?|promocion(es)?|descuentos?|carrito|catalogo)\\b', 'con [0-9%$.,]+ ?%?( de)? descuento\\b',
    '(total|importe|valor|porcentaje|tipo|cantidad|monto|limite|usos?|caducidad)( total| de uso| de usos)? (de |del |por )?(los |el )?(descuentos?|cupon(es)?)( de descuento)?\\b',
    // A coupon or code as a field, a message or a setting, not an offer sent: "El cupón", "Código de cupón aplicado con éxito", "Eliminar el cupón" (WooCommerce, PrestaShop es)
    '^((el|tu|su|mi) )?(cupon|codigo|vale)( de descuento| promocional| de promocion)?\\s*:?$', 'codigos? (de|del) cupon(es)?\\b', 'cupon(es)? (aplicad|utilizad|canjead|eliminad|caducad|valid|no valid|cread|actualizad|guardad)[oa]s?\\b', 'cupon(es)? (de |para )?(el )?envio (gratis|gratuito)\\b', '\\bsin (aplicar )?(cupon(es)?|descuentos?|codigos?( de descuento| promocional)?)\\b',
    '(eliminar|elimina|quitar|quita|borrar|borra|retirar|retira|cancelar) (el |este |tu |su |un )?(cupon|codigo (de descuento|promocional)|vale( de descuento)?)\\b',
    // Coupons, discounts and sales the shop manages: "Crear cupón", "Añadir descuento", "Programar oferta", "El cupón se aplica a todos los países" (WooCommerce Android, Saleor es)
    '(crear|crea|editar|edita|guardar|guardando|compartir|selecciona|seleccionar|anadir|anade|agregar|agrega|actualizar|eliminar|elimina|quitar|quita|aplicar|aplica)( un| una| el| la| los| este| esta| estos| tu| su)? (cupon(es)?|descuentos?)\\b',
    // A coupon's own fields and rules: "Descripción del cupón", "si el cupón no se puede utilizar en combinación con otros cupones"
    '(datos|descripcion|nombre|resumen|informacion( especifica)?|tipo|importe|valor|fecha|estado|traduccion) (de|del) (este |el |tu )?cupon\\b', 'en combinacion con (otr[oa]s )?(cupon(es)?|descuentos?|ofertas?|promociones)\\b',
    '(crear|crea|editar|edita|programar|programa|iniciar|finalizar)( y (iniciar|finalizar))?( un| una| el| la| este| esta| nuev[oa])? (cupon(es)?|descuentos?|ofertas?|promocion(es)?)\\b',
    '(el|este|ese|del|al|un) (cupon|codigo promocional|codigo de descuento|vale( de descuento)?)( [a-z]+)? (se|no|es|sera|puede|aplica|ofrece|incluye|permite|esta|solo)\\b',
    // The merchant's side: selling, promoting, adding products, payouts: "Promociona tus productos con Blaze", "Mantente al día de los nuevos pedidos de tus clientes",
    // "Aumentar las ventas con ofertas especiales", "Edita y añade nuevos productos", "cuándo recibirás tus fondos" (WooCommerce Android es)
    `${CLAUSE}\\b(?<!\\b(en|para) (tus |sus |los |las )?)(nuevos pedidos|nuevas ventas(?! (privadas|flash))|nuevas reservas|cada (nueva venta|nuevo pedido|nueva reserva))\\b${CLAUSE}`, `(aument|impuls|increment|dispar)[a-z]* (tus |sus |las )?ventas${CLAUSE}`,
    '(crea|crear|creacion de|anade|anadir|agrega|agregar|edita|editar|sube|subir|publica|publicar|importa|importar)( y (anade|anadir|agrega|agregar|edita|editar|crea|crear))? (los |tus |sus )?nuevos (productos|articulos)\\b', '(recib|cobr)[a-z]* (tus|sus|los|mis) (fondos|pagos|ingresos|reembolsos?)\\b',
    // A setting that lets customers subscribe, not a subscription: "Permiten a los clientes recibir sus boletines de noticias" (PrestaShop es)
    `(permit|habilit|autoriz)[a-z]* (a )?(los |sus |tus )?(clientes|usuarios|visitantes|compradores) (recibir|suscribirse|inscribirse|apuntarse)${CLAUSE}`,
    // Paying by transfer, one's own calendar: "recibirás un correo electrónico con los datos bancarios", "notificarme de los eventos del calendario el día antes"
    `${CLAUSE}\\b(datos bancarios|instrucciones (de|para el) pago)\\b${CLAUSE}`, 'eventos? (del|de mi|de tu|de su|en mi|en tu|en su) calendario\\b',
    // Job offers on a job board, not sales offers: "Recibir alertas de nuevas ofertas de empleo"
    '((alertas?|avisos?|notificaciones) (de |sobre )?)?(nuevas |ultimas )?ofertas? (de (empleo|trabajo)|laborales?)\\b',
    // A sign-in link: "Te hemos enviado por correo electrónico un enlace de registro", "Enviar el enlace por correo electrónico"
    `${CLAUSE}\\benlaces? (magicos?|de (acceso|registro|inicio de sesion|verificacion|activacion))\\b${CLAUSE}`, `(enviar|enviame|enviarme|reenviar)( el| un| tu)? enlace\\b${CLAUSE}`, '(correo( electronico)?|e-?mail|mensaje) con (un|el) enlace de (confirmacion|verificacion|activacion)\\b',
    // Club members, not business partners: "Ofertas exclusivas para socios", "la revista del club de socios"
    '((exclusiv[oa]s )?para (los |nuestros |nuestras )?|(?<=(club|programa|revista|tarjeta|area) )de (los )?)socios\\b',
    // A price badge alone: "-20% de descuento", "Hasta un 50% de descuento"; a signup incentive keeps its verb ("Regístrate y obtén un 10% de descuento")
    '^(-|hasta (un |el )?|ahorra (un |el )?)?[0-9.,]* ?% (de )?(descuento|dto)\\b[ ,.!]*$',
    // Things that are on promotion, not messages: "Artículos promocionales", "Precio promocional", "Imagen promocional"
    '(articulos|productos|precios?|imagen(es)?|etiquetas?|banners?|tarifas?) promocional(es)?\\b',
    // Appointments and check-ups (clinics, workshops): "Acepto recibir comunicaciones relativas a mis citas y revisiones periódicas"
    '(comunicaciones|avisos|notificaciones|mensajes|correos?( electronicos?)?|e-?mails?|sms|informacion)( [a-z]+){0,2} (de|sobre|relativ[oa]s a|relacionad[oa]s con|para) (mis |tus |sus |las |los |la |el )?(citas?|revisiones|vencimientos?)\\b', 'descuentos? (total(es)?|aplicad[oa]s?|fij[oa]s?|porcentual(es)?|manual(es)?|personalizad[oa]s?)\\b', 'precio (despues|antes) (del|de) descuento\\b',
    // A discount type in a setting: "Vale descuento con un porcentaje", "Descuento por importe fijo"
    '(descuentos?|vales?( de)?( descuento)?|cupon(es)?) (con|de|en|por) (un |una |el )?(porcentaje|importe fijo|cantidad fija|valor fijo)\\b', `(impuestos|gastos de envio|envio|descuentos)[a-z, ]{0,40} (calculad|se calculan)[a-z]*${CLAUSE}`, '(valor|uso|derecho|distribuidor) exclusivo\\b',
    // La persona escribe a la tienda: "Nos alegrará recibir sus noticias", "consultas comerciales"
    `nos (alegrara|encantara|encanta|gustara|gustaria) recibir\\b${CLAUSE}`, '(consultas?|preguntas?|dudas?) (de (caracter|tipo|indole) )?comercial(es)?\\b',
    // Alertas de precio o de existencias: "Avísame cuando vuelva a estar disponible", "Recibir alertas de precio"
    'alertas? (de )?(precios?|stock|existencias|disponibilidad)',
    // Recordatorios y mensajes de servicio: "Recibir recordatorios de mis citas", "correos de confirmación"
    `(recib|envi|mand)[a-z]* (un |unos |los |mis )?recordatorios?\\b(?!${CLAUSE}\\b(carrito|cesta|compra (abandonada|sin (terminar|finalizar|completar))))${CLAUSE}`, '(correos?( electronicos?)?|e-?mails?|mensajes?|sms|avisos?) (de )?(recordatorio|confirmacion|verificacion)\\b', '(vuelva a estar|vuelve a estar|este de nuevo|vuelva a haber)[a-z ]{0,10}(disponible|en stock|existencias)', '(baje|bajada|baja|rebaje) (de |del |el )?precio',
    // Contact about one's own request only: "Pueden contactarme por teléfono o email sobre mi consulta", "llamarme únicamente para atender mi solicitud"
    '(contact(ar|arme|arnos|en conmigo|en|ad[oa]s?)|llam(ar|arme|en))( (por|via|telefono|telefonicamente|e-?mail|correo|electronico|o|y|sms|whatsapp|unicamente|exclusivamente|solo|solamente)){0,8} (para|sobre|acerca de|en relacion con|respecto a)( (atender|gestionar|tramitar|resolver))? (cualquier |mis? |sus? |tus? |las? |el |posibles )?(preguntas?|dudas?|consultas?|solicitud|seguimiento|pedido|reserva|peticion|reclamacion|incidencia|presupuesto)\\b', '(informacion|datos) anonim', '(solicitud|invitacion) (de|para) (opinion|valoracion|resena)',
    // The person sending feedback, not mail sent to them: "Enviar comentarios sobre nuevas funciones"
    `envi(ar|a|e) (mis |sus |tus |los |las )?(comentarios|sugerencias|opiniones|valoraciones|feedback|informes)\\b${CLAUSE}`,
    // Follow-up comments, copies of one's own message: "Recibir un email con los siguientes comentarios a esta entrada" (WordPress es)
    // Votes, comments or answers one by one (polls, forums): "Recibir un correo electrónico para cada nuevo voto"
    `[^.;:!?()]*\\b((nuev[oa]s|siguientes|cada nuev[oa]) (comentario|mensaje|voto|respuesta|participante)s?|cuando (me (mencion|sig|respond|escrib|etiquet|agreg|invit)|reciba (un|una) )|(responda|respondan|respuestas?|conteste)[a-z ]{0,15} (a |en )?(mi|mis|tu|tus|su|sus|un|una|este|esta) (comentarios?|temas?|hilos?|mensajes?|publicacion(es)?|preguntas?|anuncios?|resenas?)\\b|cuando alguien)${CLAUSE}`,
    // Other members writing to the person, private messages: "Permitir que otros usuarios me envíen mensajes", "Notificarme de nuevos mensajes privados"
    `(que|a) (los |las )?(otr[oa]s|demas) (usuarios|miembros|personas|vendedores|compradores|participantes)\\b${CLAUSE}`, 'mensajes (privados|directos|personales)\\b',
    `[^.;:!?()]*\\b(una )?copia (de|del|a)\\b${CLAUSE}`,
    // Following a forum or a thread: "Suscribirse a este foro por correo electrónico", "Notificarme de nuevas publicaciones en el foro"
    `[^.;:!?()]*\\b(publicaciones|mensajes|temas|respuestas|comentarios) (en|del|de este|de mi) (el |este )?(foro|hilo|tema)\\b${CLAUSE}`,
    `(suscrib|subscrib|inscrib)[a-z]* (a|al|en) (este |esta |el |la |los |las )?(foros?|temas?|hilos?|debates?|discusion(es)?|conversacion(es)?|comentarios|calendarios?)\\b${CLAUSE}`,
    // Cookie categories and "do not sell" switches are not messages: "Segmentación y Publicidad"
    // Casillas del pedido o del catálogo: "Enviar correo electrónico al cliente", "Producto en oferta"
    '(enviar|envia|envie|reenviar|notificar|notifica|notifique|avisar|informar)\\b[a-z ]{0,50}? (a|al) (los |las |estos |estas |todos los |todas las |cada |el |la )?(clientes?|inscrit[oa]s?|participantes?|asistentes?|usuarios?|miembros|solicitantes?|revisores?|evaluadores?|invitados?|destinatarios?|roles|equipo|direcciones|huespedes|compradores?|suscriptores|ponentes?|gestores?|organizadores?)\\b',
    // The shopper writes to the shop: "Envíanos un e-mail a", "Enviar email a"
    '^((envianos|enviarnos|escribenos|escribirnos)( un)? (e-?mail|correo( electronico)?|mensaje)( a| al)?|enviar (un )?(e-?mail|correo( electronico)?|mensaje) (a|al))\\s*:?$',
    // The person sends invitations, or others get the mail: "¿Enviar correos electrónicos de invitación?" (Indico es), "Cada destinatario recibirá un correo personalizado"
    '^[\\u00bf ]*(enviar|envia|envie|reenviar|mandar)( las| los| unas| la| una)? invitacion(es)?\\b', '^[\\u00bf ]*((habilitar|activar|desactivar|permitir) )?(el )?(enviar|envio|reenviar|mandar)\\b[a-z ]{0,40}\\?$', `(cada|los|las|el|la) (destinatarios?|inscrit[oa]s?|administradores?|gestores?|revisores?|organizadores?)( [a-z]+){0,3} (recibira|recibiran|reciben|recibe)\\b${CLAUSE}`,
    // Event registration as admin objects: "Lista de inscritos", "Configuración de la lista de inscripción", "Información general de la inscripción"
    'lista de (usuarios|inscrit[oa]s|inscripcion(es)?|participantes|asistentes|formularios|invitados|pedidos)\\b', '(formularios?|configuracion|informacion general|plazo|periodo|cuota|tasa|precio) de (la |las )?inscripcion(es)?\\b',
    '(productos?|articulos?|precios?|pedidos|tarifas)( [a-z]+){0,2} (en|con) (oferta|promocion|rebajas?|descuento)\\b',
    // Offers, discounts and coupons as the shop's own pages, prices or fields: "Comparar ofertas de diferentes vendedores", "Descuento de miembro", "Código de descuento inválido"
    '(gestionar|administrar|comparar|compara|editar|crear) (las |tus |mis |todas las |miles de )?(ofertas|cupones|descuentos|promociones)\\b', '(descuento (de |por )?(miembro|socio|volumen|nivel|empleado)|(descuento|cupon|codigo)(e?s)?( de descuento| promocional)? (activ|aplicad|invalid|no valid|caducad|expirad)[oa]s?)\\b',
    // Tracking of a parcel, updates of software bought: "Recibirás información de seguimiento una vez enviado", "Recibir actualizaciones del software"
    '(informacion|numero|codigo|enlace) de seguimiento\\b', 'actualizaciones (del |de )?(software|firmware|sistema|plugin)\\b',
    '(segmentacion|targeting) y publicidad', 'publicidad y (segmentacion|targeting)', 'cookies? (de |para )?(publicidad|publicitarias|marketing|segmentacion)', 'publicidad (conductual|comportamental|basada en intereses)',
  ],
  // "Sin spam", "Mi dirección de correo electrónico no se transmitirá a otras empresas"
  reassurance: [
    'sin spam', 'nada de spam', 'no (hacemos|enviamos) spam', 'odiamos el spam',
    `(nunca|no|jamas)${CLAUSE}(ceder|compartir|vender|transmitir|facilitar|comunicar|revender|divulgar|alquilar)(a|an|emos)\\b${CLAUSE}`,
    `(nunca|no|jamas)${CLAUSE}(sera|seran|es|son) (cedid|compartid|vendid|transmitid|facilitad|comunicad|divulgad)[a-z]*${CLAUSE}`,
    // "No vendemos tus datos a terceros"
    `(nunca|no|jamas)${CLAUSE}(cedemos|compartimos|vendemos|transmitimos|facilitamos|comunicamos|revendemos|divulgamos|alquilamos)\\b${CLAUSE}`,
    'respetamos (tu|su) privacidad',
    // A later sentence that names what will not happen: "Sin spam. Ninguna cesión a terceros."
    `(?<=[.!?] )(ningun[ao]?|nada de|cero)\\b${CLAUSE}\\b(cesion|venta|comparti|transferencia)[a-z]*${CLAUSE}`,
  ],
  // "Podrá darse de baja en todo momento", "Puedo revocar este consentimiento … en cualquier momento"
  unsubscribeNotice: [
    `(dar(se|te|me)? de baja|cancelar (la |tu |su )?suscripcion|anular (la |tu |su )?suscripcion|desuscribir|desactivar|revocar|retirar (su |tu |el )?consentimiento|oponer)${CLAUSE}(cualquier momento|todo momento|cuando (quieras|quiera|lo desees|lo desee)|gratuit|enlace|con un clic|cada)${CLAUSE}`,
    `(en (cualquier|todo) momento)${CLAUSE}(baja|revocar|cancelar|retirar|desuscrib|desactiv|oponer)${CLAUSE}`,
  ],
  // "Recibirás también nuestro boletín con ofertas"
  priorNotice: [
    'recibira(s|n)? (tambien |regularmente |periodicamente )*(nuestro |nuestra |nuestros |nuestras |el |la |las )?(newsletter|boletin|ofertas|promociones|novedades|comunicaciones comerciales)',
    '(te|le|les) (enviaremos|mandaremos|informaremos|contactaremos)[^.]{0,40}(ofertas|novedades|newsletter|boletin|promociones|comerciales|publicidad)',
    '(tu|su) (direccion de )?(correo electronico|e-?mail) (se utilizara|sera utilizad[oa]|podra ser utilizad[oa])[^.]{0,40}(ofertas|newsletter|boletin|promociones|comerciales|publicidad|marketing)',
  ],
  // "No quiero recibir la newsletter ni ofertas": "no … ni … ni" is one negation, so it comes first.
  // "Puedes darte de baja en cualquier momento de forma gratuita"
  freeOfCharge: ['gratis', 'gratuit(o|a|amente)\\b', 'sin (ningun )?(coste|costo|cargo)'],
  // "Solicita tu presupuesto sin compromiso"
  quoteRequest: ['(solicitar|solicita|pedir|pide|obtener) (un |tu |su )?presupuesto', 'solicitud de presupuesto', 'presupuesto (gratis|sin compromiso)'],
  negators: [
    'no\\b[^.;:!?()]{0,80}?\\b(ni|ningun[oa]?|nada|nunca|jamas)\\b(?:[^.;:!?()]{0,80}?\\b(ni|ningun[oa]?|nada|nunca|jamas)\\b){0,3}', 'ni\\b[^.;:!?()]{0,80}?\\b(ni|ningun[oa]?|nada|nunca|jamas)\\b(?:[^.;:!?()]{0,80}?\\b(ni|ningun[oa]?|nada|nunca|jamas)\\b){0,3}',
    'no\\b', 'nunca\\b', 'jamas\\b', 'ningun[oa]?\\b', 'nada\\b', 'ni\\b',
    // An option that opens with "without": "Sin publicidad, gracias", "Sin boletín"; not "sin coste", "sin compromiso"
    '^sin\\b(?! (ningun )?(spam|coste|costo|cargo|compromiso|gastos)\\b)',
  ],
  // "Me gustaría darme de baja del boletín de noticias"
  // "No tengo cuenta, pero quiero recibir la newsletter"
  contrasts: ['pero\\b', 'sin embargo\\b'],
  conditions: ['(?<!-)si\\b', 'cuando\\b', 'en caso de que\\b'],
  negativeVerbs: [
    // Restricting processing for marketing (GDPR art. 18), a heading and its description once: "Restringir el procesamiento… Restringe el procesamiento de tus datos para fines de marketing"
    `(restring|limit)(ir|ar|e|a|o) (el |la )?(procesamiento|tratamiento|uso)\\b(${CLAUSE}(restring|limit)[a-z]* (el |la )?(procesamiento|tratamiento|uso)\\b)?`,
    // "Oponerse al envío de comunicaciones comerciales", "El titular se opone a…"
    // "Oposición al envío de comunicaciones comerciales", "Manifiesto mi oposición al envío…", "Revoco mi consentimiento para recibir publicidad"
    // A switch that turns mail off: "Desactivar las comunicaciones comerciales", "Deshabilitar newsletter"
    '(desactiv|deshabilit)(ar|a|e|o)\\b', 'da(r(me|se|te|nos)?|d[oa]s?) de baja', 'opon(erse|erte|erme|e|en)\\b', '^oposicion (a|al)\\b', '(manifiesto|expreso|ejerzo|formulo|muestro) (mi |el )?(derecho de )?oposicion\\b', 'revoco\\b', 'retiro (mi|el) consentimiento',
    // "Renuncio a recibir ofertas", "Retirar mi consentimiento para recibir publicidad", "Detener el envío de la newsletter"
    'renunci(o|ar|a) a\\b', '(retirar|revocar) (mi|el|su|tu) consentimiento', '(cancelar|anular|detener|parar|interrumpir|suspender) (el envio|la recepcion)\\b',
    // "Me niego a recibir publicidad", "Evitar el envío de publicidad", "Excluir de campañas de marketing"
    '(me niego|negarme|nos negamos) a\\b', 'evit(ar|e|en)( el| que| recibir)\\b', 'exclu(ir|ya|yan)( (mi|mis|su|sus) (datos|correo|e-?mail|direccion|numero))? (de|del)\\b', 'exclu(ir|ya|yan) mis datos\\b',
    // "Baja Newsletter" (WHMCS), "Baja del boletín"
    'baja (de |del |de la |de las |de los |en (el |la |las )?)?((mis |sus |tus )?datos|newsletter|boletin|lista|suscripcion|comunicaciones|correos|e-?mails|mailing|publicidad)', 'dej(ar|e|o) de recibir', '(borr|quit)ar(me)?( (mis?|sus?) (datos|correo|e-?mail|direccion))? de', 'eliminar(me)? de (la|las|todas)', 'elimin(eme|enme|adme)\\b', '(borr|elimin|quit)(eis|en|ad|adme|enme|eme|ame)( (mis?|sus?) (datos|correo|e-?mail|direccion))? del?\\b', 'deniego', '(cancelar|anular|eliminar|borrar) (la |mi |tu |su )?suscripcion', 'suscripcion (borrada|eliminada|cancelada|anulada)', 'desuscrib', 'desapunt', 'me opongo', 'rechaz', '(ser|quedar|estar) excluid[oa]s?\\b', 'exclu(yeme|yanme|idme|irme)\\b', 'opt-?out', '(?<!con )exclusion\\b',
  ],
  // "No te pierdas nuestras ofertas"
  missVerbs: ['perder(te|me|se|nos)?\\b', 'pierd[a-z]*'],
  // "Desmarca la casilla si no quieres recibirlas"
  untickInstructions: ['desmarc', 'desmarqu', 'deselecciona', 'quit(a|e|ar) (la )?(marca|seleccion|casilla)', 'desactiva(r)? (esta|la) (casilla|opcion)', 'destild'],
  // "Marque esta casilla si no desea recibir información sobre nuestras ofertas"
  tickInstructions: [
    '(marque|marca|marcar|marcando|seleccione|selecciona|seleccionar|seleccionando|active|activa|activando|tilde|tildar|tildando) (esta|la|el) (casilla|opcion|recuadro|check)',
    '(marque|marca) aqui', 'al marcar',
  ],
  yes: ['si\\b', 'si,? (quiero|deseo|acepto|por favor)', 'claro\\b'],
  // Not the "no" of a missed offer: "No te pierdas nuestras ofertas" is one idiom, not an answer before it
  no: ['no\\b(?! (quiero |queremos |deseo |vas a |te vas a )?(te |me |se |nos |os )?(pierd|perder))', 'no,? gracias'],
  answerValues: [['si', 'no']],
  // Magento/PrestaShop es: `boletin`, `suscripcion`; Spanish shops: `acepta_publicidad`, `cesion_terceros`
  fieldNames: {
    marketing: ['boletin', 'suscripcion', 'publicidad', 'comunicaciones_?comerciales'],
    thirdParty: ['terceros', 'socios', 'cesion_?terceros'],
    negative: ['baja', 'no_?publicidad', 'no_?boletin'],
    payment: ['pago', 'metodo_?de_?pago', 'forma_?de_?pago', 'numero_?(de_?)?tarjeta'],
    bookkeeping: [],
    listNames: [],
  },
  signupBlocks: ['boletin', 'suscripcion'],
  filterBlocks: ['filtro'],
  // "He leído y acepto los términos y condiciones", "Acepto las bases del sorteo y recibir la newsletter"
  termsAcceptance: [
    '(he leido|leido y acepto|he tomado nota|tomado conocimiento)[a-z\' ,]{0,40}(condiciones|terminos|politica de privacidad|privacidad|aviso legal|bases)',
    '(acepto|aceptar|aceptas|acepta|aceptado|consiento|estoy de acuerdo con|conforme con)( (las|los|la|el|sus|tus|nuestras|nuestros))? ([a-z]+ ){0,2}(condiciones|terminos|politica de privacidad|privacidad|aviso legal|bases|reglamento|normas)',
    '(condiciones|terminos|politica de privacidad)[a-z\' ,]{0,30}(leid[oa]s?|aceptad[oa]s?)',
  ],
  // "Recibir ofertas de nuestros socios", "empresas del grupo El Corte Inglés", "cesión a terceros"
  thirdParty: [
    // Sponsors of a contest: "las marcas patrocinadoras me envien sus ofertas"
    'patrocinador(as|es)\\b',
    'socios\\b', 'terceros', 'grupo\\b', '(empresas|marcas|entidades|companias|sociedades|tiendas|comercios) (colaboradoras|asociadas|seleccionadas|participadas|afiliadas|vinculadas|participantes|aliadas|amigas|de confianza)\\b',
    // "Quiero recibir ofertas de nuestros aliados comerciales", "entidades terceras", "proveedores seleccionados"
    'aliados\\b', 'terceras\\b', 'proveedores (seleccionados|asociados)\\b', 'colaboradores',
    'partners?\\b', 'anunciantes', 'otras (empresas|marcas|entidades)',
    // "Autorizo la comunicación de mis datos a empresas del sector"
    '(empresas|entidades|companias) (del|de los|de otros) sector(es)?\\b', 'filiales',
  ],
  channels: {
    email: ['e-?mail', 'correo electronico', 'correos? electronicos?', 'correo(?! postal| ordinario)', 'newsletter', 'boletin', 'mailing'],
    sms: ['sms', 'whatsapp', 'mensajes? de texto'],
    phone: ['telefon', 'llamad', 'llamar'],
    post: ['correo postal', 'correo ordinario', 'por carta', 'catalogo', 'folleto', 'postal\\b'],
    push: ['push', 'notificaciones (push|en el navegador)'],
    social: ['redes sociales', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(mantener|mantente|mantenerte|mantenerme|mantengase|mantengan|estar|estate)[a-z ]{0,12}(informad[oa]s?|al dia|al tanto|al corriente)', 'recibir (actualizaciones|novedades)', '(mantente|mantenerme|mantenernos|seguir|permanecer) en contacto'],
  context: {
    purchase: [
      'finalizar (la )?compra', 'realizar (el )?pedido', 'tramitar (el )?pedido', 'confirmar (el )?pedido', 'pedido con obligacion de pago', 'comprar ahora', 'pagar', 'pago\\b', '(metodo|forma) de pago',
      'gastos de envio', 'metodo de envio', 'continuar con (el |los )?envios?\\b', 'direccion de (facturacion|envio|entrega)', 'subtotal', 'total', 'carrito', 'cesta', 'iva\\b', 'resumen del pedido', '(tu|su) pedido', 'caja\\b',
    ],
    registration: ['crear (una |mi |tu |su )?cuenta', 'registr', 'contrasena', 'nombre de usuario', 'darse de alta', 'nuevo cliente', 'mi cuenta', 'foro'],
    newsletter: ['suscri', 'boletin', 'newsletter', 'apuntate', 'lista de correo'],
    contact: ['(?<!(informacion|datos) de )contacto', 'contactar', 'mensaje', 'enviar mensaje', 'consulta', 'atencion al cliente', 'pregunta', 'vuelva a estar disponible', 'avisame cuando', 'aviso de (stock|disponibilidad)', 'alerta de (stock|precio)'],
    survey: ['encuesta', 'cuestionario', 'sorteo', 'concurso', 'participa', 'gana\\b', 'ganar', 'premio', 'opinion'],
    // GiveWP es: "Donar ahora", "Importe de la donación", "Haz un donativo"
    donation: ['donar\\b', 'dona ahora', 'donacion(es)?\\b', 'donativos?\\b'],
  },
};
