# ruff: noqa: E501
"""blind14: 50 hand-written mails from the inbox of Rafael Costa <rafael.costa@example.com>, a data
engineer in São Paulo (America/Sao_Paulo, UTC-3 all year), job-hunting across Brazil, LatAm,
Portugal/Spain and US/Canada-remote roles in 2026.

Written blind (without reading the detector, its tests or fixtures, or any other held-out set's
mails). Keys 1-50 are the writing order (23 positives first, then 27 negatives); the file number
is a fixed shuffle of the key. Built by ``python3 bench/heldout/make_blind.py blind14``.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    Part,
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    multipart,
    received,
    t,
    text,
)

SET = "blind14"
ORDER = random.Random(14014).sample(range(1, 51), 50)

ME = "rafael.costa@example.com"
RAFAEL = addr("Rafael Costa", ME)
SP = "America/Sao_Paulo"

make.WINDOWS_ZONES.setdefault("E. South America Standard Time", "America/Sao_Paulo")

_key = [0]


def reg(**kw):
    """Register the next mail in writing order; its file number comes from ORDER."""
    _key[0] += 1
    return mail(f"{SET}_{ORDER[_key[0] - 1]:03d}", **kw)


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *,
         to: str = RAFAEL, cc: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received (our MX), From, To, [Cc], Subject, Date, Message-ID, extras."""
    hs = [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx1.example.com (Postfix) with ESMTPS id {_h(msgid, 10).upper()}", ME)),
        ("From", frm),
        ("To", to),
    ]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", msgid)]
    hs += [(k, enc(v, charset)) for k, v in extra]
    return hs


def ics_att(ics: str, filename: str = "invite.ics") -> Part:
    return calendar(ics, method=None, ctype="application/ics", filename=filename,
                    disposition="attachment", cte="base64", name_param=True)


# --------------------------------------------------------------------------- VTIMEZONE blocks

VTZ_SP_GOOGLE = """BEGIN:VTIMEZONE
TZID:America/Sao_Paulo
X-LIC-LOCATION:America/Sao_Paulo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_SP_APPLE = """BEGIN:VTIMEZONE
TZID:America/Sao_Paulo
BEGIN:STANDARD
TZOFFSETFROM:-0200
DTSTART:20190217T000000
TZNAME:GMT-3
TZOFFSETTO:-0300
RDATE:20190217T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_SP_EXCHANGE = """BEGIN:VTIMEZONE
TZID:E. South America Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE"""

VTZ_SANTIAGO = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives
# ---------------------------------------------------------------- 1: Gupy, scheduled


@reg(family="gupy", lang="pt", interview=True, kind="scheduled",
     start="2026-03-03T13:00:00Z", end="2026-03-03T13:45:00Z",
     contact="talita.moura@cajuinavarejo.com.br", company="Cajuína Varejo",
     local="Tue 2026-03-03 10:00", local_end="2026-03-03 10:45", zone=SP,
     note="Gupy 'entrevista agendada' (sent by Gupy's no-reply on behalf of the company): terça 03/03/2026 10:00 às 10:45 horário de Brasília (UTC-3, no DST) = 13:00-13:45Z. Range stated -> end. No Reply-To; contact = the interviewer's address written in the body. Same thread as the Gupy receipt and the later Gupy rejection.")
def cajuina_gupy_agendada():
    when = "2026-02-25 16:42:09"
    body = t("""
        Olá, Rafael!

        Temos uma ótima notícia: você avançou no processo seletivo para a vaga
        Pessoa Engenheira de Dados Sênior da Cajuína Varejo e a sua entrevista
        já está agendada.

        Etapa: Entrevista com a liderança de Dados
        Data: terça-feira, 03/03/2026
        Horário: 10:00 às 10:45 (horário de Brasília)
        Formato: online, pelo Google Meet
        Link da sala: https://meet.google.com/ujd-qwpe-kto
        Quem vai conversar com você: Talita Moura, Gerente de Engenharia de Dados
        (talita.moura@cajuinavarejo.com.br)

        Algumas dicas:
        - teste câmera e microfone alguns minutos antes;
        - escolha um lugar silencioso e com boa conexão;
        - tenha à mão exemplos de pipelines e projetos em que você trabalhou.

        Não vai conseguir participar? Avise a empresa pelo seu painel de
        candidatura: https://cajuinavarejo.gupy.io/candidates/applications

        Boa sorte!
        Time de Gente & Gestão | Cajuína Varejo

        --
        Este é um e-mail automático enviado pela Gupy em nome da Cajuína Varejo.
        Por favor, não responda.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="pt-BR"><head><meta charset="utf-8"><title>Entrevista agendada</title></head>
        <body style="margin:0;background:#f4f5f9;font-family:Arial,Helvetica,sans-serif;color:#1f2430">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td style="padding:24px 32px;border-bottom:4px solid #e8590c"><img src="https://assets.gupy.io/companies/41877/logo.png" alt="Cajuína Varejo" height="36"></td></tr>
        <tr><td style="padding:24px 32px;font-size:15px;line-height:22px">
        <p>Olá, Rafael!</p>
        <p>Temos uma ótima notícia: você avançou no processo seletivo para a vaga <b>Pessoa Engenheira de Dados Sênior</b> da Cajuína Varejo e a sua entrevista já está agendada.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #e3e6ef;border-radius:6px;font-size:14px">
        <tr><td style="color:#6b7080">Etapa</td><td><b>Entrevista com a liderança de Dados</b></td></tr>
        <tr><td style="color:#6b7080">Data</td><td>terça-feira, 03/03/2026</td></tr>
        <tr><td style="color:#6b7080">Horário</td><td>10:00 às 10:45 (horário de Brasília)</td></tr>
        <tr><td style="color:#6b7080">Formato</td><td>online, pelo Google Meet &mdash; <a href="https://meet.google.com/ujd-qwpe-kto">entrar na sala</a></td></tr>
        <tr><td style="color:#6b7080">Com</td><td>Talita Moura, Gerente de Engenharia de Dados<br><a href="mailto:talita.moura@cajuinavarejo.com.br">talita.moura@cajuinavarejo.com.br</a></td></tr>
        </table>
        <p>Algumas dicas: teste câmera e microfone alguns minutos antes, escolha um lugar silencioso e tenha à mão exemplos de pipelines e projetos em que você trabalhou.</p>
        <p>Não vai conseguir participar? Avise a empresa pelo seu <a href="https://cajuinavarejo.gupy.io/candidates/applications">painel de candidatura</a>.</p>
        <p>Boa sorte!<br>Time de Gente &amp; Gestão | Cajuína Varejo</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#9aa0ad">Este é um e-mail automático enviado pela Gupy em nome da Cajuína Varejo. Por favor, não responda.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    msgid = "<0103019c96d1a7e2-5b1f0c44-8a31-4c7e-9d02-6e0f3a9b1c55-000000@sa-east-1.amazonses.com>"
    hs = head(addr("Cajuína Varejo", "naoresponda@gupy.io"),
              "Entrevista agendada - Pessoa Engenheira de Dados Sênior | Cajuína Varejo",
              when, SP, msgid, "from a14-22.smtp-out.sa-east-1.amazonses.com (a14-22.smtp-out.sa-east-1.amazonses.com [54.240.14.22])",
              extra=(("Feedback-ID", "::1.sa-east-1.gupyTransactional:AmazonSES"),))
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 2: Brazilian recruiter, relative day


@reg(family="human_prose", lang="pt", interview=True, kind="scheduled",
     start="2026-03-19T17:00:00Z", end=None,
     contact="juliana.prado@pitangaseguros.com.br", company="Pitanga Seguros",
     local="Thu 2026-03-19 14:00", zone=SP,
     days=(("Mon", "2026-03-16"),),
     note="Brazilian recruiter, plain 8bit text: 'fica combinado nosso bate-papo ... na quinta-feira, às 14h (horário de Brasília)'. Date is Mon 16 Mar 2026 (-0300), so quinta-feira = Thu 19 Mar; 14:00 UTC-3 = 17:00Z. 'uns 40 minutos' is approximate -> end null. Contact = human sender.")
def pitanga_bate_papo():
    when = "2026-03-16 11:20:41"
    body = t("""
        Olá Rafael, tudo bem?

        Foi ótimo falar com você hoje cedo! Como combinamos por telefone, fica
        combinado nosso bate-papo com o Diego Amaral (gestor da squad de Dados)
        na quinta-feira, às 14h (horário de Brasília).

        A conversa deve levar uns 40 minutos. É um papo mais tranquilo: ele vai
        contar como o time está organizado e quer entender melhor a sua
        experiência com Airflow, dbt e a migração para o lakehouse que você
        comentou.

        Ainda hoje te mando o link do Teams. Se acontecer qualquer imprevisto, é
        só me chamar por aqui ou no WhatsApp (21) 98812-4470.

        Abraços,

        Juliana Prado
        Tech Recruiter | Pitanga Seguros
        Rio de Janeiro - RJ
        """)
    msgid = "<CP6PR80MB4720B1E95D3C0A7F8B2E1D54C3A92@CP6PR80MB4720.lamprd80.prod.outlook.com>"
    hs = head(addr("Juliana Prado", "juliana.prado@pitangaseguros.com.br"),
              "Bate-papo com o time de Dados - Pitanga Seguros", when, SP, msgid,
              "from BRAPR80CU002.outbound.protection.outlook.com (mail-gruapr80cu00201.outbound.protection.outlook.com [40.93.73.11])",
              extra=(("Thread-Topic", "Bate-papo com o time de Dados - Pitanga Seguros"),
                     ("Thread-Index", "AdqXc4pN7mQ2bW1nRqKc8f2YtJ0aVw=="),
                     ("Accept-Language", "pt-BR, en-US"), ("Content-Language", "pt-BR"),
                     ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[177.92.14.201]")))
    return message(hs, text(body, cte="8bit"))


# ---------------------------------------------------------------- 3: reply on top of a quoted thread (Mandacaru)


@reg(family="human_reply_thread", lang="pt", interview=True, kind="scheduled",
     start="2026-05-12T13:00:00Z", end="2026-05-12T14:00:00Z",
     contact="camila.albuquerque@mandacaruenergia.com.br", company="Mandacaru Energia",
     local="Tue 2026-05-12 10:00", local_end="2026-05-12 11:00", zone="America/Recife",
     days=(("Mon", "2026-05-04"), ("Wed", "2026-05-13"), ("Thu", "2026-05-14")),
     note="Outlook reply on top of the quoted slot proposal and Rafael's choice: 'Fica confirmado: terça-feira, 12/05, às 10h (horário de Brasília) ... duração de 1 hora'. Recife = Brasília = UTC-3 -> 13:00-14:00Z. The quote still lists the two slots not taken (13/05 15h, 14/05 9h30). Contact = the recruiter who sent the reply.")
def mandacaru_confirma():
    when = "2026-05-05 08:47:12"
    body = t("""
        Perfeito, Rafael!

        Fica confirmado: terça-feira, 12/05, às 10h (horário de Brasília), entrevista
        técnica com o Bruno Cavalcanti (Coordenador de Dados) e a Lívia Menezes
        (Engenheira de Dados Sr.). A conversa tem duração de 1 hora e vai ser pelo
        Teams; o convite segue em separado ainda hoje.

        Qualquer coisa, estou à disposição.

        Att.,
        Camila Albuquerque
        Analista de Atração de Talentos
        Mandacaru Energia | Recife - PE
        (81) 3204-7719

        ________________________________
        De: Rafael Costa <rafael.costa@example.com>
        Enviado: segunda-feira, 4 de maio de 2026 12:10
        Para: Camila Albuquerque <camila.albuquerque@mandacaruenergia.com.br>
        Assunto: Re: Entrevista técnica - Mandacaru Energia

        Oi Camila, tudo bem?

        Que notícia boa, obrigado! Terça, 12/05, às 10h fica ótimo para mim.

        Abraço,
        Rafael

        Em seg., 4 de mai. de 2026 às 09:30, Camila Albuquerque <camila.albuquerque@mandacaruenergia.com.br> escreveu:

        > Olá, Rafael! Tudo bem?
        >
        > O time técnico gostou bastante do seu perfil e gostaria de seguir com você
        > para a entrevista técnica. Qual horário fica melhor para você?
        >
        > - terça, 12/05, às 10h
        > - quarta, 13/05, às 15h
        > - quinta, 14/05, às 9h30
        >
        > (todos no horário de Brasília; a conversa dura 1 hora, pelo Teams)
        >
        > Att.,
        > Camila Albuquerque
        """)
    msgid = "<CP4PR80MB61937E0D2A55C41B9F0A3E27D8E15@CP4PR80MB6193.lamprd80.prod.outlook.com>"
    parent = "<CAH7pQz4mWc0rX=Yt2u1kdVv9fBq8n5sJ0aLhE3bR6ZpNq0w@mail.gmail.com>"
    hs = head(addr("Camila Albuquerque", "camila.albuquerque@mandacaruenergia.com.br"),
              "RE: Entrevista técnica - Mandacaru Energia", when, "America/Recife", msgid,
              "from BRAPR80CU001.outbound.protection.outlook.com (mail-cpqbra01on2101.outbound.protection.outlook.com [40.107.227.101])",
              extra=(("In-Reply-To", parent),
                     ("References", "<CP4PR80MB6193C2F1A08E7D35@CP4PR80MB6193.lamprd80.prod.outlook.com> " + parent),
                     ("Thread-Topic", "Entrevista técnica - Mandacaru Energia"),
                     ("Thread-Index", "AQHa3m1xVv9cB4yZcEaLq8fN0r2pTbYw5cVx"),
                     ("Accept-Language", "pt-BR"), ("Content-Language", "pt-BR")))
    return message(hs, text(body))


# ---------------------------------------------------------------- 4: Exchange meeting request (E. South America Standard Time)


@reg(family="exchange", lang="pt", interview=True, kind="scheduled",
     start="2026-04-22T18:00:00Z", end="2026-04-22T19:00:00Z",
     contact="marcelo.tavares@bancosabia.com.br", company="Banco Sabiá",
     local="Wed 2026-04-22 15:00", local_end="2026-04-22 16:00", zone=SP,
     note="Outlook/Exchange meeting request in Portuguese; the time is only in the ICS (DTSTART;TZID=E. South America Standard Time:20260422T150000, VTIMEZONE with a single -0300 STANDARD) = 18:00Z, DTEND 19:00Z. Contact = human organizer (also the sender); the recruiter is only cc'd.")
def sabia_exchange():
    when = "2026-04-16 10:12:37"
    body = t("""
        Olá, Rafael.

        Conforme alinhado com a Renata, segue o convite para a entrevista técnica
        da vaga de Engenheiro(a) de Dados Sênior. Vamos conversar eu e a Aline
        Sato (Arquiteta de Dados). Vou pedir para você desenhar a arquitetura de
        um pipeline de ingestão que você já construiu, então deixe um quadro
        (Miro, Excalidraw ou similar) à mão.

        Abraço,
        Marcelo Tavares
        Coordenador de Engenharia de Dados | Banco Sabiá

        ________________________________________________________________________________
        Reunião do Microsoft Teams
        Ingressar no computador, aplicativo móvel ou dispositivo de sala
        Clique aqui para ingressar na reunião<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1MWE3NzQtYjE4Ni00OTVjLWE0ZDMtNzE2ODQ4ZTg2NjU1%40thread.v2/0?context=%7b%22Tid%22%3a%22b7d1c2a4-3f0e-4f5a-9c1b-2d7e8a6f0c13%22%7d>
        ID da Reunião: 283 114 902 556
        Senha: Xq7bN2
        Baixar o Teams<https://www.microsoft.com/pt-br/microsoft-teams/download-app> | Ingressar na Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Saiba mais<https://aka.ms/JoinTeamsMeeting> | Opções de reunião<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Olá, Rafael.</p>
        <p>Conforme alinhado com a Renata, segue o convite para a entrevista técnica da vaga de Engenheiro(a) de Dados Sênior. Vamos conversar eu e a Aline Sato (Arquiteta de Dados). Vou pedir para você desenhar a arquitetura de um pipeline de ingestão que você já construiu, então deixe um quadro (Miro, Excalidraw ou similar) à mão.</p>
        <p>Abraço,<br>Marcelo Tavares<br>Coordenador de Engenharia de Dados | Banco Sabiá</p>
        </div>
        <div style="width:100%">
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">Reunião do Microsoft Teams</span></div>
        <div style="margin-bottom:6px"><span style="font-size:14px">Ingressar no computador, aplicativo móvel ou dispositivo de sala</span></div>
        <div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1MWE3NzQtYjE4Ni00OTVjLWE0ZDMtNzE2ODQ4ZTg2NjU1%40thread.v2/0" style="font-size:14px;color:#5B5FC7">Clique aqui para ingressar na reunião</a></div>
        <div style="margin-bottom:6px"><span style="font-size:14px">ID da Reunião: 283 114 902 556<br>Senha: Xq7bN2</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_SP_EXCHANGE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Marcelo Tavares:mailto:marcelo.tavares@bancosabia.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Costa:mailto:rafael.costa@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aline Sato:mailto:aline.sato@bancosabia.com.br
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renata Figueiredo:mailto:renata.figueiredo@bancosabia.com.br
        DESCRIPTION;LANGUAGE=pt-BR:Olá\\, Rafael.\\n\\nConforme alinhado com a Renata\\, segue o convite para a entrevista técnica da vaga de Engenheiro(a) de Dados Sênior.\\n\\nAbraço\\,\\nMarcelo Tavares\\n
        UID:040000008200E00074C5B7101A82E00800000000A05C3E1B6ECDDC010000000000000000100000004F7B2C19D6A3E84BB1C0E7F2A9D45C61
        SUMMARY;LANGUAGE=pt-BR:Entrevista técnica - Engenheiro(a) de Dados Sênior | Rafael Costa
        DTSTART;TZID=E. South America Standard Time:20260422T150000
        DTEND;TZID=E. South America Standard Time:20260422T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260416T131237Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118423755
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<CP4PR80MB5521D0F3B7A1E96C2D4F58A0E7C31@CP4PR80MB5521.lamprd80.prod.outlook.com>"
    hs = head(addr("Marcelo Tavares", "marcelo.tavares@bancosabia.com.br"),
              "Entrevista técnica - Engenheiro(a) de Dados Sênior | Rafael Costa", when, SP, msgid,
              "from BRAPR80CU001.outbound.protection.outlook.com (mail-cpqbra01on2090.outbound.protection.outlook.com [40.107.227.90])",
              cc=addr("Renata Figueiredo", "renata.figueiredo@bancosabia.com.br") + ", " + addr("Aline Sato", "aline.sato@bancosabia.com.br"),
              extra=(("Thread-Topic", "Entrevista técnica - Engenheiro(a) de Dados Sênior | Rafael Costa"),
                     ("Thread-Index", "AdqvT1C9eJ2mRk3lQuyV0b8cXw4pLg=="),
                     ("Accept-Language", "pt-BR, en-US"), ("Content-Language", "pt-BR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACgXD4bbs3cAQAAAAAAAAAAEAAAAE97LBnWo+hLscDn8qnUXGE="),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 5: Google Calendar, Portuguese UI


@reg(family="google_calendar", lang="pt", interview=True, kind="scheduled",
     start="2026-05-20T18:00:00Z", end="2026-05-20T19:00:00Z",
     contact="gustavo.reinert@jambutech.com.br", company="Jambu Tech",
     local="Wed 2026-05-20 15:00", local_end="2026-05-20 16:00", zone=SP,
     note="Google Calendar invitation in the Portuguese UI ('Convite: ... @ qua. 20 de mai. de 2026 15:00 - 16:00 (BRT)'); ICS TZID=America/Sao_Paulo 15:00-16:00 = 18:00-19:00Z. Contact = organizer (From/Reply-To). Follows the take-home test mail from the same company.")
def jambu_gcal():
    when = "2026-05-13 14:22:51"
    title = "Entrevista técnica: apresentação do desafio | Jambu Tech <> Rafael Costa"
    body = t(f"""
        Você recebeu um convite para o seguinte evento.

        {title}
        Oi Rafael! Nessa conversa você apresenta a sua solução do desafio (uns 20
        min) e depois batemos um papo com o time de Plataforma de Dados. Pode
        compartilhar a tela direto do repositório.

        Quando
        quarta-feira, 20 de maio de 2026⋅15:00 – 16:00 (Horário Padrão de Brasília)

        Informações de participação
        Participar com o Google Meet
        https://meet.google.com/bxe-nqaf-hru

        Participar por telefone
        (BR) +55 11 4935-2110 PIN: 812 334 905#

        Agenda
        rafael.costa@example.com

        Convidados
        • Gustavo Reinert - organizador
        • Heloísa Bittencourt
        • Otávio Kruger
        • rafael.costa@example.com
        Ver todas as informações do convidado https://calendar.google.com/calendar/event?action=VIEW&eid=N2RvcWx0a3NtZjBmM3B1&tok=MjcjZ3VzdGF2by5yZWluZXJ0&ctz=America%2FSao_Paulo&hl=pt_BR&es=0

        Responder a rafael.costa@example.com
        Sim
        Não
        Talvez
        Mais opções https://calendar.google.com/calendar/event?action=VIEW&eid=N2RvcWx0a3NtZjBmM3B1&ctz=America%2FSao_Paulo&hl=pt_BR&es=0

        Convite do Google Agenda: https://calendar.google.com/calendar/

        Você está recebendo este e-mail porque é um convidado do evento. Para não
        receber mais atualizações sobre este evento, recuse-o.

        Encaminhar este convite pode permitir que qualquer destinatário envie uma
        resposta ao organizador, seja adicionado à lista de convidados, convide
        outras pessoas independentemente do próprio status do convite ou edite a
        sua resposta. Saiba mais https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:20px;font-weight:400">{title.replace('<>', '&lt;&gt;')}</h2>
        <p>Oi Rafael! Nessa conversa você apresenta a sua solução do desafio (uns 20 min) e depois batemos um papo com o time de Plataforma de Dados. Pode compartilhar a tela direto do repositório.</p>
        <table cellpadding="0" cellspacing="0"><tr><td style="color:#70757a;width:120px;vertical-align:top">Quando</td>
        <td>quarta-feira, 20 de maio de 2026⋅15:00 – 16:00 (Horário Padrão de Brasília)</td></tr>
        <tr><td style="color:#70757a;vertical-align:top">Participar</td><td><a href="https://meet.google.com/bxe-nqaf-hru">meet.google.com/bxe-nqaf-hru</a></td></tr>
        <tr><td style="color:#70757a;vertical-align:top">Convidados</td><td>Gustavo Reinert - organizador<br>Heloísa Bittencourt<br>Otávio Kruger<br>rafael.costa@example.com</td></tr></table>
        <p style="font-size:12px;color:#70757a">Convite do Google Agenda. Você está recebendo este e-mail porque é um convidado do evento.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_SP_GOOGLE + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Sao_Paulo:20260520T150000
        DTEND;TZID=America/Sao_Paulo:20260520T160000
        DTSTAMP:20260513T172251Z
        ORGANIZER;CN=Gustavo Reinert:mailto:gustavo.reinert@jambutech.com.br
        UID:7doqltksmf0f3pu9c2a6hbe41g@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gustavo Reinert;X-NUM-GUESTS=0:mailto:gustavo.reinert@jambutech.com.br
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Heloísa Bittencourt;X-NUM-GUESTS=0:mailto:heloisa.bittencourt@jambutech.com.br
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Otávio Kruger;X-NUM-GUESTS=0:mailto:otavio.kruger@jambutech.com.br
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafael.costa@example.com;X-NUM-GUESTS=0:mailto:rafael.costa@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/bxe-nqaf-hru
        CREATED:20260513T172047Z
        DESCRIPTION:Oi Rafael! Nessa conversa você apresenta a sua solução do desafio (uns 20 min) e depois batemos um papo com o time de Plataforma de Dados.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticipar com o Google Meet: https://meet.google.com/bxe-nqaf-hru\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260513T172251Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:{title}
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H10M0S
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<000000000000c8a41b0651e2f7d3@google.com>"
    gustavo = addr("Gustavo Reinert", "gustavo.reinert@jambutech.com.br")
    hs = head(gustavo,
              f"Convite: {title} @ qua. 20 de mai. de 2026 15:00 - 16:00 (BRT) ({ME})", when, SP, msgid,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", gustavo), ("Sender", "Google Agenda <calendar-notification@google.com>")))
    inner = alt(text(body), html(page), calendar(ics, cte="base64"))
    return message(hs, mixed(inner, ics_att(ics)))


# ---------------------------------------------------------------- 6: Google Calendar, Spanish UI, Chile (DST ends 5 April)


@reg(family="google_calendar", lang="es", interview=True, kind="scheduled",
     start="2026-04-09T15:00:00Z", end="2026-04-09T16:00:00Z",
     contact="francisca.riquelme@copihue.cl", company="Copihue Analytics",
     local="Thu 2026-04-09 11:00", local_end="2026-04-09 12:00", zone="America/Santiago",
     days=(("Sat", "2026-04-04"),),
     note="Google Calendar invitation, Spanish UI, from Santiago de Chile. Sent Tue 31 Mar while Chile is still on -03; Chile goes back to -04 on Sun 5 Apr, so jue 9 abr 11:00-12:00 hora de Chile = 15:00-16:00Z (12:00 in São Paulo, as the description says). ICS TZID=America/Santiago agrees. Contact = organizer. The same slot is cancelled later by a plain mail.")
def copihue_gcal():
    when = "2026-03-31 17:05:33"
    title = "Entrevista técnica - Data Engineer (Rafael Costa)"
    desc_txt = ("Hola Rafael: entrevista con el equipo de Datos (Ignacio y yo). Ojo: el sábado 4 de abril Chile "
                "atrasa la hora, así que desde el domingo quedamos una hora detrás de Brasil: para ti serían las 12:00.")
    body = t(f"""
        Has recibido una invitación para el siguiente evento.

        {title}
        {desc_txt}

        Cuándo
        jueves, 9 de abril de 2026⋅11:00 – 12:00 (Hora estándar de Chile)

        Información para unirse
        Unirse con Google Meet
        https://meet.google.com/pzr-hwdk-uxa

        Calendario
        rafael.costa@example.com

        Invitados
        • Francisca Riquelme - organizador
        • Ignacio Soto
        • rafael.costa@example.com
        Ver toda la información de los invitados https://calendar.google.com/calendar/event?action=VIEW&eid=M2xwYnRrZTh2aTR0Zm1v&ctz=America%2FSantiago&hl=es_419&es=0

        Responder para rafael.costa@example.com
        Sí
        No
        Quizás
        Más opciones https://calendar.google.com/calendar/event?action=VIEW&eid=M2xwYnRrZTh2aTR0Zm1v&ctz=America%2FSantiago&hl=es_419&es=0

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento. Para
        dejar de recibir actualizaciones sobre este evento, rechaza la invitación.
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:20px;font-weight:400">{title}</h2>
        <p>{desc_txt}</p>
        <table cellpadding="0" cellspacing="0"><tr><td style="color:#70757a;width:120px">Cuándo</td>
        <td>jueves, 9 de abril de 2026⋅11:00 – 12:00 (Hora estándar de Chile)</td></tr>
        <tr><td style="color:#70757a">Unirse</td><td><a href="https://meet.google.com/pzr-hwdk-uxa">meet.google.com/pzr-hwdk-uxa</a></td></tr>
        <tr><td style="color:#70757a;vertical-align:top">Invitados</td><td>Francisca Riquelme - organizador<br>Ignacio Soto<br>rafael.costa@example.com</td></tr></table>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_SANTIAGO + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Santiago:20260409T110000
        DTEND;TZID=America/Santiago:20260409T120000
        DTSTAMP:20260331T200533Z
        ORGANIZER;CN=Francisca Riquelme:mailto:francisca.riquelme@copihue.cl
        UID:3lpbtke8vi4tfmo0q7d2sa61rn@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Francisca Riquelme;X-NUM-GUESTS=0:mailto:francisca.riquelme@copihue.cl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Soto;X-NUM-GUESTS=0:mailto:ignacio.soto@copihue.cl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafael.costa@example.com;X-NUM-GUESTS=0:mailto:rafael.costa@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/pzr-hwdk-uxa
        CREATED:20260331T200311Z
        DESCRIPTION:{desc_txt.replace(',', chr(92) + ',')}
        LAST-MODIFIED:20260331T200533Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:{title}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<0000000000004f2e9a064e71c0b8@google.com>"
    fran = addr("Francisca Riquelme", "francisca.riquelme@copihue.cl")
    hs = head(fran, f"Invitación: {title} @ jue 9 abr 2026 11:00 - 12:00 (CLT) ({ME})",
              when, "America/Santiago", msgid,
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", fran), ("Sender", "Google Calendar <calendar-notification@google.com>")))
    inner = alt(text(body), html(page), calendar(ics, cte="base64"))
    return message(hs, mixed(inner, ics_att(ics)))


# ---------------------------------------------------------------- 7: Argentinian recruiter, voseo, "mañana", iso-8859-1


@reg(family="human_prose", lang="es", interview=True, kind="scheduled",
     start="2026-06-18T18:00:00Z", end="2026-06-18T19:00:00Z",
     contact="lucia.benitez@quebracholabs.com.ar", company="Quebracho Labs",
     local="Thu 2026-06-18 15:00", local_end="2026-06-18 16:00", zone="America/Argentina/Buenos_Aires",
     note="Buenos Aires recruiter, voseo, iso-8859-1 quoted-printable: 'para mañana jueves a las 15 hs (hora de Buenos Aires) ... de 15 a 16'. Date is Wed 17 Jun 2026 -0300, so mañana = Thu 18 Jun; 15:00-16:00 UTC-3 = 18:00-19:00Z. Contact = sender.")
def quebracho_manana():
    when = "2026-06-17 10:05:48"
    body = t("""
        Hola Rafa, ¿cómo andás?

        Gracias por mandarme tu disponibilidad tan rápido. Te confirmo la
        entrevista técnica con Nicolás Ferrari (Tech Lead) y Pilar Godoy (Data
        Engineer) para mañana jueves a las 15 hs, hora de Buenos Aires, que es la
        misma que en San Pablo, así que no hay lío con la diferencia horaria.

        Va a durar una hora, de 15 a 16. La primera parte es charla sobre tu
        experiencia y la segunda un ejercicio de SQL en vivo, nada del otro mundo.

        En un rato te llega la invitación de Meet. Si necesitás cualquier cosa,
        escribime por acá.

        Abrazo,
        Lucía

        --
        Lucía Benítez
        Talent Acquisition | Quebracho Labs
        Palermo, CABA
        """)
    msgid = "<CAJm8xQ1bT0s9rVhYpU4cZ2nK7eW3fDqLg6aRoN5yXi1mPvE_wA@mail.gmail.com>"
    lucia = addr("Lucía Benítez", "lucia.benitez@quebracholabs.com.ar", "iso-8859-1")
    hs = head(lucia, "Entrevista técnica - Quebracho Labs", when, "America/Argentina/Buenos_Aires", msgid,
              "from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])",
              extra=(("In-Reply-To", "<CAEr4tY7hQ2mLw9kPz0bN3vXc6sJ1uDf8gRa5oKeT2yWqHn0i_g@mail.gmail.com>"),),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# ---------------------------------------------------------------- 8: Hireline (Mexico), HTML only, base64


@reg(family="hireline", lang="es", interview=True, kind="scheduled",
     start="2026-07-27T16:00:00Z", end="2026-07-27T17:00:00Z",
     contact="karla.ibarra@nopalcloud.mx", company="Nopal Cloud",
     local="Mon 2026-07-27 10:00", local_end="2026-07-27 11:00", zone="America/Mexico_City",
     note="Hireline notification, HTML only (table), base64: lunes 27 de julio de 2026, 10:00 a.m. hora del centro de México (GMT-6; no DST since 2022), duración 60 minutos -> 16:00-17:00Z; the mail also says 13:00 en Brasil. Sender is a notifications mailbox and the Reply-To is Hireline's support mailbox (soporte@, not a person); contact = recruiter address in the body.")
def nopal_hireline():
    when = "2026-07-21 13:15:02"
    page = t("""
        <!DOCTYPE html>
        <html lang="es-MX"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Entrevista confirmada</title></head>
        <body style="margin:0;padding:0;background-color:#f2f4f8">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f8"><tr><td align="center">
        <table width="580" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222b45">
        <tr><td style="padding:28px 36px 8px 36px"><img src="https://static.hireline.io/email/logo-hireline.png" width="110" alt="Hireline"></td></tr>
        <tr><td style="padding:8px 36px;font-size:22px;font-weight:bold">¡Tu entrevista está confirmada!</td></tr>
        <tr><td style="padding:8px 36px;font-size:15px;line-height:23px">
        Hola Rafael,<br><br>
        <b>Nopal Cloud</b> confirmó tu entrevista para la vacante <b>Data Engineer Sr. (Remoto LATAM)</b>. Aquí tienes los detalles:
        </td></tr>
        <tr><td style="padding:12px 36px">
        <table width="100%" cellpadding="10" cellspacing="0" border="0" style="border:1px solid #e4e9f2;font-size:14px">
        <tr bgcolor="#f7f9fc"><td width="150"><b>Fecha</b></td><td>lunes 27 de julio de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>10:00 a.m. (hora del centro de México, GMT-6)<br><span style="color:#8f9bb3">13:00 en Brasil (São Paulo)</span></td></tr>
        <tr bgcolor="#f7f9fc"><td><b>Duración</b></td><td>60 minutos</td></tr>
        <tr><td><b>Modalidad</b></td><td>Videollamada &middot; <a href="https://nopalcloud.zoom.us/j/86120447315">Zoom</a></td></tr>
        <tr bgcolor="#f7f9fc"><td><b>Entrevistadores</b></td><td>Karla Ibarra (Talent Partner)<br>Jorge Villaseñor (Head of Data)</td></tr>
        </table>
        </td></tr>
        <tr><td style="padding:8px 36px;font-size:14px;line-height:21px">
        Si tienes dudas sobre la entrevista, escríbele a Karla a <a href="mailto:karla.ibarra@nopalcloud.mx">karla.ibarra@nopalcloud.mx</a>.<br><br>
        Te recomendamos conectarte 5 minutos antes y revisar tu perfil de Hireline para que la información esté actualizada.
        </td></tr>
        <tr><td style="padding:8px 36px 28px 36px"><a href="https://hireline.io/mx/candidato/postulaciones/58231" style="background:#3366ff;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-size:14px">Ver mi postulación</a></td></tr>
        <tr><td style="padding:16px 36px;font-size:11px;color:#8f9bb3;border-top:1px solid #e4e9f2">Recibes este correo porque te postulaste a una vacante en Hireline.io. Hireline, Av. Insurgentes Sur 1602, Ciudad de México.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    msgid = "<20260721191502.3f9c1e7ab2d04f58@mail.hireline.io>"
    hs = head(addr("Hireline", "notificaciones@hireline.io"),
              "Nopal Cloud confirmó tu entrevista - Data Engineer Sr. (Remoto LATAM)",
              when, "America/Mexico_City", msgid,
              "from o7.email.hireline.io (o7.email.hireline.io [167.89.61.24])",
              extra=(("Reply-To", addr("Hireline", "soporte@hireline.io")),
                     ("X-SG-EID", "u7Zp1Nq4bXc9rT2eWm0yLh3kDs8fVa6JoPiQ5gR1tYz=")))
    return message(hs, html(page, cte="base64"))


# ---------------------------------------------------------------- 9: Greenhouse, US (after 8 March)


@reg(family="greenhouse", lang="en", interview=True, kind="scheduled",
     start="2026-03-10T15:00:00Z", end="2026-03-10T16:00:00Z",
     contact="hannah.kowalski@tidewateranalytics.com", company="Tidewater Analytics",
     local="Tue 2026-03-10 11:00", local_end="2026-03-10 12:00", zone="America/New_York",
     note="Greenhouse confirmation sent Wed 4 Mar (EST, -0500) for Tue 10 Mar 11:00 AM-12:00 PM Eastern; US daylight time starts Sun 8 Mar, so EDT -0400 -> 15:00-16:00Z (12:00 in São Paulo). ICS TZID=America/New_York agrees. Contact = Reply-To recruiter.")
def tidewater_greenhouse():
    when = "2026-03-04 14:30:18"
    body = t("""
        Hi Rafael,

        Thanks again for your interest in the Senior Data Engineer (Remote - LATAM)
        role at Tidewater Analytics! Your interview has been scheduled. Please find
        the details below.

        Interview: Technical Interview - Data Pipelines
        Date: Tuesday, March 10, 2026
        Time: 11:00 AM - 12:00 PM Eastern Time (US & Canada)
        Interviewer: Marcus Bell, Staff Data Engineer
        Location: Zoom - https://tidewateranalytics.zoom.us/j/93318047266?pwd=bEtYWm5Hc0ZqTnVZcGlVd3Nz

        Marcus will ask you to walk through a pipeline you've built end to end and
        will dig into data modeling trade-offs. No live coding in this round.

        A calendar invitation is attached. If you need to reschedule, just reply to
        this email.

        Best,
        Hannah Kowalski
        Recruiting Coordinator, Tidewater Analytics
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Rafael,</p>
        <p>Thanks again for your interest in the Senior Data Engineer (Remote - LATAM) role at Tidewater Analytics! Your interview has been scheduled. Please find the details below.</p>
        <p><strong>Interview:</strong> Technical Interview - Data Pipelines<br>
        <strong>Date:</strong> Tuesday, March 10, 2026<br>
        <strong>Time:</strong> 11:00 AM - 12:00 PM Eastern Time (US &amp; Canada)<br>
        <strong>Interviewer:</strong> Marcus Bell, Staff Data Engineer<br>
        <strong>Location:</strong> <a href="https://tidewateranalytics.zoom.us/j/93318047266?pwd=bEtYWm5Hc0ZqTnVZcGlVd3Nz">Zoom</a></p>
        <p>Marcus will ask you to walk through a pipeline you've built end to end and will dig into data modeling trade-offs. No live coding in this round.</p>
        <p>A calendar invitation is attached. If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Hannah Kowalski<br>Recruiting Coordinator, Tidewater Analytics</p>
        <img src="https://app.greenhouse.io/email_tracking/open/6b1d2e7c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:interview-71830452-rafael-costa@greenhouse.io
        DTSTAMP:20260304T193018Z
        DTSTART;TZID=America/New_York:20260310T110000
        DTEND;TZID=America/New_York:20260310T120000
        SUMMARY:Rafael Costa <> Tidewater Analytics: Technical Interview
        ORGANIZER;CN=Hannah Kowalski:mailto:hannah.kowalski@tidewateranalytics.com
        ATTENDEE;CN=Rafael Costa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rafael.costa@example.com
        ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT:mailto:marcus.bell@tidewateranalytics.com
        LOCATION:https://tidewateranalytics.zoom.us/j/93318047266
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<65e8a1f3b2c7d.4a91e0c3@us.greenhouse-mail.io>"
    hs = head(addr("Tidewater Analytics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Data Engineer (Remote - LATAM) at Tidewater Analytics",
              when, "America/New_York", msgid,
              "from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [168.245.35.11])",
              extra=(("Reply-To", addr("Hannah Kowalski", "hannah.kowalski@tidewateranalytics.com")),))
    return message(hs, mixed(alt(text(body), html(page)), ics_att(ics, "interview.ics")))


# ---------------------------------------------------------------- 10: Ashby, Toronto (after 1 November)


@reg(family="ashby", lang="en", interview=True, kind="scheduled",
     start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
     contact="owen.fraser@northbeamlogistics.ca", company="Northbeam Logistics",
     local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/Toronto",
     note="Ashby confirmation sent Tue 27 Oct (EDT -0400) for Tue 3 Nov 10:00-10:45 AM Eastern; Toronto falls back to EST on 1 Nov -> 15:00-15:45Z (12:00 in São Paulo, as the mail says). ICS in UTC agrees. Contact = Reply-To recruiter (also ICS organizer).")
def northbeam_ashby():
    when = "2026-10-27 15:10:44"
    body = t("""
        Hi Rafael,

        Your interview with Northbeam Logistics is confirmed!

        Senior Data Engineer - Hiring Manager Interview
        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM EST (America/Toronto)
        That's 12:00 PM - 12:45 PM in your time zone (America/Sao_Paulo).

        Interviewer: Farah Siddiqui, Director of Data Platform
        Google Meet: https://meet.google.com/kvt-ragm-zpo

        Heads up: clocks in Toronto go back one hour on November 1, so the
        difference to São Paulo will be two hours, not one.

        Need to make a change? Reply to this email and I'll sort it out.

        Owen Fraser
        Talent Partner, Northbeam Logistics

        Powered by Ashby
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Rafael,</p>
        <p>Your interview with <b>Northbeam Logistics</b> is confirmed!</p>
        <div style="border:1px solid #e5e5ea;border-radius:8px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Senior Data Engineer - Hiring Manager Interview</div>
        <div>Tuesday, November 3, 2026</div>
        <div>10:00 AM - 10:45 AM EST (America/Toronto)</div>
        <div style="color:#6e6e73">That's 12:00 PM - 12:45 PM in your time zone (America/Sao_Paulo).</div>
        <div style="margin-top:8px">Interviewer: Farah Siddiqui, Director of Data Platform</div>
        <div><a href="https://meet.google.com/kvt-ragm-zpo">Join Google Meet</a></div>
        </div>
        <p>Heads up: clocks in Toronto go back one hour on November 1, so the difference to São Paulo will be two hours, not one.</p>
        <p>Need to make a change? Reply to this email and I'll sort it out.</p>
        <p>Owen Fraser<br>Talent Partner, Northbeam Logistics</p>
        <p style="color:#a1a1a6;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ashby//Ashby Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-int-5c0e93d1-7b2a-4f61-b8e4-0a9d3c5f2e17@ashbyhq.com
        DTSTAMP:20261027T191044Z
        DTSTART:20261103T150000Z
        DTEND:20261103T154500Z
        SUMMARY:Northbeam Logistics - Hiring Manager Interview (Rafael Costa)
        DESCRIPTION:Google Meet: https://meet.google.com/kvt-ragm-zpo
        ORGANIZER;CN=Owen Fraser:mailto:owen.fraser@northbeamlogistics.ca
        ATTENDEE;CN=Rafael Costa;RSVP=TRUE:mailto:rafael.costa@example.com
        ATTENDEE;CN=Farah Siddiqui:mailto:farah.siddiqui@northbeamlogistics.ca
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<ashby.5c0e93d1.20261027191044@ashbyhq.com>"
    hs = head(addr("Northbeam Logistics", "no-reply@ashbyhq.com"),
              "Interview confirmed: Northbeam Logistics - Senior Data Engineer",
              when, "America/Toronto", msgid,
              "from mail-a.ashbyhq.com (mail-a.ashbyhq.com [198.2.180.77])",
              extra=(("Reply-To", addr("Owen Fraser", "owen.fraser@northbeamlogistics.ca")),))
    return message(hs, mixed(alt(text(body), html(page)), ics_att(ics)))


# ---------------------------------------------------------------- 11: Calendly (Spanish), Montevideo founder


@reg(family="calendly", lang="es", interview=True, kind="scheduled",
     start="2026-08-07T13:00:00Z", end="2026-08-07T13:30:00Z",
     contact="martin.ferreyra@ceibodata.uy", company="Ceibo Data",
     local="Fri 2026-08-07 10:00", local_end="2026-08-07 10:30", zone=SP,
     note="Calendly invitee confirmation in Spanish, Date header in UTC: '10:00 - 10:30, viernes, 7 de agosto de 2026 (hora de Brasil)' = 13:00-13:30Z (Montevideo is also UTC-3). ICS in UTC agrees. Contact = host via Reply-To/ORGANIZER.")
def ceibo_calendly():
    when = "2026-07-30 21:44:10"
    body = t("""
        Hola, Rafael Costa:

        Tu evento ha sido programado.

        Nombre del evento:
        Charla inicial - Data Engineer en Ceibo Data

        Fecha y hora del evento:
        10:00 - 10:30, viernes, 7 de agosto de 2026 (hora de Brasil)

        Ubicación:
        Google Meet (los detalles de la conferencia se añadirán al evento)
        https://meet.google.com/hfc-ztjw-mra

        Organizador:
        Martín Ferreyra

        Descripción:
        Una primera charla de media hora para conocernos: te cuento qué
        estamos construyendo en Ceibo y vos me contás qué estás buscando.

        Reprogramar: https://calendly.com/reschedulings/4a7f0e1c-bd29-4b3e-9a51-7d6c2f80e3a4
        Cancelar: https://calendly.com/cancellations/4a7f0e1c-bd29-4b3e-9a51-7d6c2f80e3a4

        Desarrollado por Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hola, Rafael Costa:</p>
        <p>Tu evento ha sido programado.</p>
        <p><b>Nombre del evento:</b><br>Charla inicial - Data Engineer en Ceibo Data</p>
        <p><b>Fecha y hora del evento:</b><br>10:00 - 10:30, viernes, 7 de agosto de 2026 (hora de Brasil)</p>
        <p><b>Ubicación:</b><br>Google Meet: <a href="https://meet.google.com/hfc-ztjw-mra">https://meet.google.com/hfc-ztjw-mra</a></p>
        <p><b>Organizador:</b><br>Martín Ferreyra</p>
        <p><b>Descripción:</b><br>Una primera charla de media hora para conocernos: te cuento qué estamos construyendo en Ceibo y vos me contás qué estás buscando.</p>
        <p><a href="https://calendly.com/reschedulings/4a7f0e1c-bd29-4b3e-9a51-7d6c2f80e3a4">Reprogramar</a> &nbsp; <a href="https://calendly.com/cancellations/4a7f0e1c-bd29-4b3e-9a51-7d6c2f80e3a4">Cancelar</a></p>
        <p style="font-size:12px;color:#666">Desarrollado por Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4a7f0e1c-bd29-4b3e-9a51-7d6c2f80e3a4@calendly.com
        DTSTAMP:20260730T214410Z
        DTSTART:20260807T130000Z
        DTEND:20260807T133000Z
        SUMMARY:Charla inicial - Data Engineer en Ceibo Data (Rafael Costa)
        ORGANIZER;CN=Martín Ferreyra:mailto:martin.ferreyra@ceibodata.uy
        ATTENDEE;CN=Rafael Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rafael.costa@example.com
        LOCATION:https://meet.google.com/hfc-ztjw-mra
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<ev.4a7f0e1c.invitee.confirm@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Charla inicial - Data Engineer en Ceibo Data con Martín Ferreyra el viernes, 7 de agosto de 2026",
              when, "UTC", msgid,
              "from o3.sg.calendly.com (o3.sg.calendly.com [149.72.134.208])",
              extra=(("Reply-To", addr("Martín Ferreyra", "martin.ferreyra@ceibodata.uy")),))
    return message(hs, mixed(alt(text(body), html(page)), ics_att(ics)))


# ---------------------------------------------------------------- 12: GoodTime itinerary, San Francisco


@reg(family="goodtime", lang="en", interview=True, kind="scheduled",
     start="2026-09-17T15:00:00Z", end="2026-09-17T18:00:00Z",
     contact="jess.morales@redwoodledger.com", company="Redwood Ledger",
     local="Thu 2026-09-17 08:00", local_end="2026-09-17 11:00", zone="America/Los_Angeles",
     note="GoodTime virtual onsite itinerary, three sessions on Thu 17 Sep: 8:00-8:45, 9:00-9:45, 10:00-11:00 AM PDT (-0700), also shown as 12:00-15:00 BRT. First start to last end = 15:00-18:00Z. No ICS. Contact = Reply-To coordinator.")
def redwood_goodtime():
    when = "2026-09-10 11:02:29"
    body = t("""
        Hi Rafael,

        We're excited to have you join us for your virtual onsite with Redwood
        Ledger! Here is your itinerary for Thursday, September 17, 2026.

        Times are shown in Pacific Time (PDT) and in your time zone (BRT).

        8:00 AM - 8:45 AM PDT  |  12:00 - 12:45 BRT
        Data Modeling - Grace Liu, Senior Analytics Engineer

        9:00 AM - 9:45 AM PDT  |  13:00 - 13:45 BRT
        Pipeline & System Design - Tomás Herrera, Staff Data Engineer

        10:00 AM - 11:00 AM PDT  |  14:00 - 15:00 BRT
        Hiring Manager - Nadia Okafor, Engineering Manager, Data Platform

        All sessions use the same Zoom room:
        https://redwoodledger.zoom.us/j/81144920573

        You'll receive a separate calendar invitation for each session. If
        anything comes up, reply to this message and I'll help.

        Good luck!
        Jess Morales
        Recruiting Coordinator | Redwood Ledger

        Sent via GoodTime
        """)
    rows = [
        ("8:00 AM - 8:45 AM PDT", "12:00 - 12:45 BRT", "Data Modeling", "Grace Liu, Senior Analytics Engineer"),
        ("9:00 AM - 9:45 AM PDT", "13:00 - 13:45 BRT", "Pipeline &amp; System Design", "Tomás Herrera, Staff Data Engineer"),
        ("10:00 AM - 11:00 AM PDT", "14:00 - 15:00 BRT", "Hiring Manager", "Nadia Okafor, Engineering Manager, Data Platform"),
    ]
    trs = "\n".join(f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{a}<br><span style="color:#888">{b}</span></td>'
                    f'<td style="padding:8px;border-bottom:1px solid #eee"><b>{c}</b><br>{d}</td></tr>' for a, b, c, d in rows)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Rafael,</p>
        <p>We're excited to have you join us for your virtual onsite with Redwood Ledger! Here is your itinerary for <b>Thursday, September 17, 2026</b>.</p>
        <p style="color:#666">Times are shown in Pacific Time (PDT) and in your time zone (BRT).</p>
        <table cellspacing="0" cellpadding="0" style="border:1px solid #eee;width:100%">
        """) + trs + "\n" + t("""
        </table>
        <p>All sessions use the same Zoom room: <a href="https://redwoodledger.zoom.us/j/81144920573">https://redwoodledger.zoom.us/j/81144920573</a></p>
        <p>You'll receive a separate calendar invitation for each session. If anything comes up, reply to this message and I'll help.</p>
        <p>Good luck!<br>Jess Morales<br>Recruiting Coordinator | Redwood Ledger</p>
        <p style="font-size:11px;color:#999">Sent via GoodTime</p>
        </body></html>
        """)
    msgid = "<0100019231f7c0d2-8e14b3a9-5c2f-4d71-a6e0-93b8d1f4c2e7-000000@email.amazonses.com>"
    hs = head(addr("Redwood Ledger Recruiting", "scheduling@goodtime.io"),
              "Your virtual onsite itinerary - Redwood Ledger (Thu, Sep 17)",
              when, "America/Los_Angeles", msgid,
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Jess Morales", "jess.morales@redwoodledger.com")),))
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 13: Microsoft Bookings, Lisbon (Europe DST 29 March)


@reg(family="ms_bookings", lang="pt-PT", interview=True, kind="scheduled",
     start="2026-03-31T13:00:00Z", end="2026-03-31T13:45:00Z",
     contact=None, company="Alfama Seguros",
     local="Tue 2026-03-31 14:00", local_end="2026-03-31 14:45", zone="Europe/Lisbon",
     note="Microsoft Bookings confirmation (pt-PT) sent Tue 24 Mar (WET, +0000) for terça-feira 31/03/2026 14:00, 45 minutos; the body's zone label shows the standard offset '(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres', but Portugal is on WEST (+0100) from 29 Mar -> 13:00-13:45Z (10:00 in São Paulo). ICS TZID=GMT Standard Time agrees. Only a Bookings mailbox and a staff name, no personal address -> contact null.")
def alfama_bookings():
    when = "2026-03-24 11:37:05"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9">
        <tr><td style="background:#0f6cbd;color:#ffffff;padding:16px 24px;font-size:20px">Alfama Seguros - Recrutamento</td></tr>
        <tr><td style="padding:24px">
        <p>Olá Rafael Costa,</p>
        <p>A sua marcação foi confirmada.</p>
        <table cellpadding="6" cellspacing="0" style="font-size:14px">
        <tr><td style="color:#605e5c;width:140px">Serviço</td><td>Entrevista - Engenheiro de Dados (remoto)</td></tr>
        <tr><td style="color:#605e5c">Data e hora</td><td>terça-feira, 31 de março de 2026 14:00 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres</td></tr>
        <tr><td style="color:#605e5c">Duração</td><td>45 minutos</td></tr>
        <tr><td style="color:#605e5c">Pessoal</td><td>Sofia Antunes</td></tr>
        <tr><td style="color:#605e5c">Localização</td><td>Reunião do Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzIwYjE4ZmQtOWU1Yi00ZDg4LWIzNmMtYjY0NjM1Y2Q4ZTQ0%40thread.v2/0" style="color:#0f6cbd">Participar na reunião do Teams</a></p>
        <p>Pode adicionar esta marcação ao seu calendário a partir do anexo.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutamentoAlfama@alfamaseguros.pt/bookings/s/manage/4d1f0a9e" style="color:#0f6cbd">Gerir marcação</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#a19f9d;border-top:1px solid #edebe9">Fornecido por Microsoft Bookings</td></tr>
        </table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Alfama Seguros - Recrutamento:mailto:RecrutamentoAlfama@alfamaseguros.pt
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Rafael Costa:mailto:rafael.costa@example.com
        DESCRIPTION;LANGUAGE=pt-PT:Entrevista - Engenheiro de Dados (remoto) com Sofia Antunes\\n
        UID:040000008200E00074C5B7101A82E008000000003B9E7F2C74BBDC0100000000000000001000000091C24E7A0D5F6B42A83E1C9F7D20B6E4
        SUMMARY;LANGUAGE=pt-PT:Entrevista - Engenheiro de Dados (remoto)
        DTSTART;TZID=GMT Standard Time:20260331T140000
        DTEND;TZID=GMT Standard Time:20260331T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260324T113705Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=pt-PT:Reunião do Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<DB9PR08MB7352A1C0E4F6B29D85E3C7F0A41B2@DB9PR08MB7352.eurprd08.prod.outlook.com>"
    hs = head(addr("Alfama Seguros - Recrutamento", "RecrutamentoAlfama@alfamaseguros.pt"),
              "Marcação confirmada: Entrevista - Engenheiro de Dados (remoto)",
              when, "Europe/Lisbon", msgid,
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])",
              extra=(("Content-Language", "pt-PT"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(html(page), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 14: Workday, Madrid (Europe back to CET 25 October)


@reg(family="workday", lang="es", interview=True, kind="scheduled",
     start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
     contact="elena.vidal@grupoazahar.es", company="Grupo Azahar",
     local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone="Europe/Madrid",
     note="Workday notification in Spanish sent Tue 20 Oct (CEST +0200) for 27/10/2026 16:00 - 17:00 (GMT+01:00) hora de Madrid; Spain returns to CET on 25 Oct -> 15:00-16:00Z (12:00 in São Paulo). System mailbox; contact = recruiter address in the body.")
def azahar_workday():
    when = "2026-10-20 09:15:27"
    body = t("""
        Estimado/a Rafael Costa:

        Gracias por tu interés en la posición Senior Data Engineer (R-26-01184)
        en Grupo Azahar. Nos complace confirmarte la siguiente entrevista:

        Tipo de entrevista: Entrevista técnica (videollamada, Microsoft Teams)
        Fecha de la entrevista: 27/10/2026
        Hora de la entrevista: 16:00 - 17:00 (GMT+01:00) Hora de Europa Central (Madrid)
        Entrevistadores: Javier Ortega Ruiz, Laura Peña Gil

        Recibirás el enlace de Teams en una invitación aparte. Si tienes cualquier
        pregunta, ponte en contacto con tu recruiter, Elena Vidal Soler, en
        elena.vidal@grupoazahar.es.

        Por favor, no respondas a este mensaje: este buzón no se supervisa.

        Atentamente,
        Talent Acquisition - Grupo Azahar
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Estimado/a Rafael Costa:</p>
        <p>Gracias por tu interés en la posición <b>Senior Data Engineer</b> (R-26-01184) en Grupo Azahar. Nos complace confirmarte la siguiente entrevista:</p>
        <table border="0" cellpadding="4">
        <tr><td>Tipo de entrevista:</td><td>Entrevista técnica (videollamada, Microsoft Teams)</td></tr>
        <tr><td>Fecha de la entrevista:</td><td>27/10/2026</td></tr>
        <tr><td>Hora de la entrevista:</td><td>16:00 - 17:00 (GMT+01:00) Hora de Europa Central (Madrid)</td></tr>
        <tr><td>Entrevistadores:</td><td>Javier Ortega Ruiz, Laura Peña Gil</td></tr>
        </table>
        <p>Recibirás el enlace de Teams en una invitación aparte. Si tienes cualquier pregunta, ponte en contacto con tu recruiter, Elena Vidal Soler, en <a href="mailto:elena.vidal@grupoazahar.es">elena.vidal@grupoazahar.es</a>.</p>
        <p><i>Por favor, no respondas a este mensaje: este buzón no se supervisa.</i></p>
        <p>Atentamente,<br>Talent Acquisition - Grupo Azahar</p>
        </body></html>
        """)
    msgid = "<1187330542.52817.1792480527391@wd5-prod.myworkday.com>"
    hs = head(addr("Grupo Azahar", "grupoazahar@myworkday.com"),
              "Confirmación de entrevista - Senior Data Engineer (R-26-01184)",
              when, "Europe/Madrid", msgid,
              "from smtp-out.myworkday.com (smtp-out.myworkday.com [146.32.81.183])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 15: forward-to-self, Portuguese recruiter (Porto)


@reg(family="forward_to_self", lang="pt-PT", interview=True, kind="scheduled",
     start="2026-07-09T14:00:00Z", end=None,
     contact="ines.carvalho@sardinhadigital.pt", company="Sardinha Digital",
     local="Thu 2026-07-09 15:00", zone="Europe/Lisbon",
     note="Rafael forwards to himself (From and To are the candidate) a Porto recruiter's mail: 'quinta-feira, dia 9 de julho, às 15h00 (hora de Lisboa) - ou seja, às 11h00 no Brasil'. Lisbon in July is WEST +0100 -> 14:00Z. 'cerca de uma hora' is approximate -> end null. The candidate is never the contact; contact = the recruiter in the forwarded header block.")
def sardinha_fwd():
    when = "2026-07-06 19:40:12"
    body = t("""
        lembrete: entrevista Sardinha quinta 11h (horário daqui). Separar o case do
        Kafka pra mostrar.

        ---------- Mensagem encaminhada ---------
        De: Inês Carvalho <ines.carvalho@sardinhadigital.pt>
        Date: seg., 6 de jul. de 2026 às 12:20
        Subject: Entrevista - Data Engineer (remoto)
        To: Rafael Costa <rafael.costa@example.com>


        Olá Rafael,

        Obrigada pela disponibilidade. Fica então marcada a entrevista com a nossa
        equipa de dados para quinta-feira, dia 9 de julho, às 15h00 (hora de
        Lisboa) - ou seja, às 11h00 no Brasil.

        Estarão presentes o Duarte Pinto (Head of Data) e eu. Terá a duração de
        cerca de uma hora: começamos por uma apresentação da equipa e do projecto
        e depois falamos da sua experiência com streaming.

        Enviarei o link do Teams na véspera. Se precisar de alterar alguma coisa,
        diga-me, por favor.

        Com os melhores cumprimentos,
        Inês Carvalho
        People & Talent | Sardinha Digital
        Rua de Santa Catarina 112, 4000-442 Porto
        """)
    msgid = "<CAF9k2Lp0wR7xTq3nVe8mZb1cY5sHd4uJ6gAo2iWfK0tNr8E_pQ@mail.gmail.com>"
    hs = head(RAFAEL, "Fwd: Entrevista - Data Engineer (remoto)", when, SP, msgid,
              "from mail-pj1-f45.google.com (mail-pj1-f45.google.com [209.85.216.45])",
              extra=(("References", "<AM9PR02MB7714E2C0F31A@AM9PR02MB7714.eurprd02.prod.outlook.com>"),
                     ("In-Reply-To", "<AM9PR02MB7714E2C0F31A@AM9PR02MB7714.eurprd02.prod.outlook.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 16: agency recruiter for a client, Apple .ics attachment


@reg(family="agency_apple_ics", lang="pt", interview=True, kind="scheduled",
     start="2026-08-24T12:30:00Z", end="2026-08-24T13:30:00Z",
     contact="vanessa.rocha@pontetalentos.com.br", company="Ipê Saúde",
     local="Mon 2026-08-24 09:30", local_end="2026-08-24 10:30", zone=SP,
     note="Agency recruiter (Ponte Talentos) confirms the client's interview: 'segunda-feira, 24/08, das 9h30 às 10h30 (horário de Brasília)' = 12:30-13:30Z; Apple Calendar .ics attached (TZID=America/Sao_Paulo). Company = the hiring client (Ipê Saúde), not the agency. Contact = the agency recruiter (sender and ICS organizer).")
def ipe_agencia():
    when = "2026-08-18 15:03:40"
    body = t("""
        Oi Rafael! Tudo certo?

        Conforme alinhamos por telefone, a Ipê Saúde confirmou a sua entrevista
        para a vaga de Engenheiro de Dados Sênior (BH, híbrido):

        segunda-feira, 24/08, das 9h30 às 10h30 (horário de Brasília)
        com Rodrigo Lacerda (Head de Dados) e Paula Siqueira (Business Partner de RH)
        online, pelo Google Meet: https://meet.google.com/oqs-bnvy-tfe

        Deixei o convite em anexo para você salvar na sua agenda. O Rodrigo é bem
        técnico e gosta de ir fundo em modelagem e custo de cloud, então vale
        revisar aquele projeto de otimização do BigQuery que você me contou.

        Depois da conversa me liga para contar como foi!

        Um abraço,
        Vanessa Rocha
        Consultora Sênior de Tech Recruiting
        Ponte Talentos - Belo Horizonte
        (31) 99640-2218

        Enviado do meu iPhone
        """)
    ics = t("""
        BEGIN:VCALENDAR
        CALSCALE:GREGORIAN
        PRODID:-//Apple Inc.//macOS 15.5//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_SP_APPLE + "\n" + t("""
        BEGIN:VEVENT
        CREATED:20260818T180116Z
        DTEND;TZID=America/Sao_Paulo:20260824T103000
        DTSTAMP:20260818T180338Z
        DTSTART;TZID=America/Sao_Paulo:20260824T093000
        LAST-MODIFIED:20260818T180338Z
        LOCATION:Google Meet - https://meet.google.com/oqs-bnvy-tfe
        ORGANIZER;CN="Vanessa Rocha";EMAIL="vanessa.rocha@pontetalentos.com.br":mailto:vanessa.rocha@pontetalentos.com.br
        ATTENDEE;CN="Rafael Costa";CUTYPE=INDIVIDUAL;EMAIL="rafael.costa@example.com";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rafael.costa@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Ipê Saúde - Eng. de Dados Sênior (Rafael Costa)
        TRANSP:OPAQUE
        UID:6B0E2A71-93C4-4F1D-A8B5-2E7D9C3F0A64
        X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<5E1C7A9B-0F42-4D3E-9B61-A2C8D7E4F015@pontetalentos.com.br>"
    hs = head(addr("Vanessa Rocha", "vanessa.rocha@pontetalentos.com.br"),
              "Entrevista Ipê Saúde - segunda 24/08 às 9h30", when, SP, msgid,
              "from smtp-out.pontetalentos.com.br (smtp-out.pontetalentos.com.br [191.252.55.40])",
              extra=(("X-Mailer", "iPhone Mail (22F76)"),))
    att = calendar(ics, method=None, cte="quoted-printable", filename="Entrevista Ipe Saude.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(text(body, params="format=flowed"), att))


# ---------------------------------------------------------------- 17: rescheduled, Brazilian recruiter, old and new time


@reg(family="human_prose", lang="pt", interview=True, kind="rescheduled",
     start="2026-05-14T19:00:00Z", end="2026-05-14T20:00:00Z",
     contact="camila.albuquerque@mandacaruenergia.com.br", company="Mandacaru Energia",
     local="Thu 2026-05-14 16:00", local_end="2026-05-14 17:00", zone="America/Recife",
     days=(("Tue", "2026-05-12"),),
     note="Same Mandacaru thread: 'precisamos remarcar a entrevista técnica de terça (12/05, às 10h) para quinta-feira, 14/05, às 16h (horário de Brasília)', same 1-hour length. New time 16:00-17:00 UTC-3 = 19:00-20:00Z; the old slot is also in the text. Contact = sender.")
def mandacaru_remarca():
    when = "2026-05-08 17:05:30"
    body = t("""
        Rafael, boa tarde!

        Tive um imprevisto com a agenda do Bruno (ele vai estar em uma visita
        técnica no parque eólico na terça) e precisamos remarcar a entrevista
        técnica de terça (12/05, às 10h) para quinta-feira, 14/05, às 16h
        (horário de Brasília).

        Mantemos a mesma duração de 1 hora e os mesmos participantes. Já atualizei
        o convite do Teams, o link continua o mesmo.

        Peço desculpas pela mudança em cima da hora! Se quinta às 16h for
        complicado para você, me avise que a gente encontra outra opção.

        Att.,
        Camila Albuquerque
        Analista de Atração de Talentos
        Mandacaru Energia | Recife - PE
        """)
    msgid = "<CP4PR80MB6193A9E12C07F5B38D61E4C2B0F77@CP4PR80MB6193.lamprd80.prod.outlook.com>"
    hs = head(addr("Camila Albuquerque", "camila.albuquerque@mandacaruenergia.com.br"),
              "Remarcação - Entrevista técnica Mandacaru Energia", when, "America/Recife", msgid,
              "from BRAPR80CU001.outbound.protection.outlook.com (mail-cpqbra01on2117.outbound.protection.outlook.com [40.107.227.117])",
              extra=(("Thread-Topic", "Remarcação - Entrevista técnica Mandacaru Energia"),
                     ("Thread-Index", "AdrfB9xK4vQe7nU0S2mYc1p8aWz3Hg=="),
                     ("Importance", "high"), ("X-Priority", "1"),
                     ("Accept-Language", "pt-BR"), ("Content-Language", "pt-BR")))
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
        <p>Rafael, boa tarde!</p>
        <p>Tive um imprevisto com a agenda do Bruno (ele vai estar em uma visita técnica no parque eólico na terça) e precisamos remarcar a entrevista técnica de <s>terça (12/05, às 10h)</s> para <b>quinta-feira, 14/05, às 16h (horário de Brasília)</b>.</p>
        <p>Mantemos a mesma duração de 1 hora e os mesmos participantes. Já atualizei o convite do Teams, o link continua o mesmo.</p>
        <p>Peço desculpas pela mudança em cima da hora! Se quinta às 16h for complicado para você, me avise que a gente encontra outra opção.</p>
        <p>Att.,<br>Camila Albuquerque<br>Analista de Atração de Talentos<br>Mandacaru Energia | Recife - PE</p>
        </div></body></html>
        """)
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 18: rescheduled, Workable, Vancouver


@reg(family="workable", lang="en", interview=True, kind="rescheduled",
     start="2026-09-18T16:30:00Z", end="2026-09-18T17:15:00Z",
     contact="priya.nair@salalsystems.ca", company="Salal Systems",
     local="Fri 2026-09-18 09:30", local_end="2026-09-18 10:15", zone="America/Vancouver",
     note="Workable reschedule: new time Friday, September 18, 2026, 9:30-10:15 AM PDT (-0700) = 16:30-17:15Z; the previous Wednesday 16 Sep 9:00 AM slot is also shown. ICS SEQUENCE:1 in UTC agrees. Reply-To and ORGANIZER are Workable relay addresses (not human); contact = interviewer address in the body.")
def salal_workable():
    when = "2026-09-14 10:20:16"
    body = t("""
        Hi Rafael,

        Your interview for the Senior Data Engineer (Remote, Americas) position at
        Salal Systems has been rescheduled.

        NEW TIME
        Friday, September 18, 2026
        9:30 AM - 10:15 AM (PDT, America/Vancouver)

        PREVIOUS TIME
        Wednesday, September 16, 2026
        9:00 AM - 9:45 AM (PDT, America/Vancouver)

        Interview: Technical screen with Priya Nair
        Video call: https://meet.google.com/wyd-cnhe-qsa

        An updated calendar invitation is attached.

        If you have any questions about the interview, you can reach Priya at
        priya.nair@salalsystems.ca.

        Best regards,
        The Salal Systems hiring team

        --
        Sent with Workable. Replies to this email go to the hiring team.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Rafael,</p>
        <p>Your interview for the <b>Senior Data Engineer (Remote, Americas)</b> position at Salal Systems has been rescheduled.</p>
        <table cellpadding="8" cellspacing="0" style="border:1px solid #e1e4e8">
        <tr><td style="color:#00756a;font-weight:bold">NEW TIME</td><td>Friday, September 18, 2026<br>9:30 AM - 10:15 AM (PDT, America/Vancouver)</td></tr>
        <tr><td style="color:#8a8a8a">PREVIOUS TIME</td><td style="color:#8a8a8a"><s>Wednesday, September 16, 2026<br>9:00 AM - 9:45 AM (PDT, America/Vancouver)</s></td></tr>
        </table>
        <p>Interview: Technical screen with Priya Nair<br>Video call: <a href="https://meet.google.com/wyd-cnhe-qsa">https://meet.google.com/wyd-cnhe-qsa</a></p>
        <p>An updated calendar invitation is attached.</p>
        <p>If you have any questions about the interview, you can reach Priya at <a href="mailto:priya.nair@salalsystems.ca">priya.nair@salalsystems.ca</a>.</p>
        <p>Best regards,<br>The Salal Systems hiring team</p>
        <p style="font-size:11px;color:#999">Sent with Workable. Replies to this email go to the hiring team.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-3f61c0a8e2@workable.com
        DTSTAMP:20260914T172016Z
        DTSTART:20260918T163000Z
        DTEND:20260918T171500Z
        SUMMARY:Salal Systems: Technical screen - Rafael Costa
        LOCATION:https://meet.google.com/wyd-cnhe-qsa
        ORGANIZER;CN=Salal Systems:mailto:salal-systems+e3f61c0a8e2@candidates.workablemail.com
        ATTENDEE;CN=Rafael Costa;RSVP=TRUE:mailto:rafael.costa@example.com
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<5f2e0c7d1a9b4e63.20260914172016@workablemail.com>"
    hs = head(addr("Salal Systems", "noreply@candidates.workablemail.com"),
              "Interview rescheduled: Senior Data Engineer (Remote, Americas) at Salal Systems",
              when, "America/Vancouver", msgid,
              "from mail-out3.workablemail.com (mail-out3.workablemail.com [52.31.188.204])",
              extra=(("Reply-To", addr("Salal Systems", "salal-systems+c8b20d4e91@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(page)), ics_att(ics, "interview.ics")))


# ---------------------------------------------------------------- 19: rescheduled, Pandapé, Bogotá, HTML only


@reg(family="pandape", lang="es", interview=True, kind="rescheduled",
     start="2026-10-15T14:00:00Z", end="2026-10-15T14:45:00Z",
     contact="laura.quintero@guaduafintech.co", company="Guadua Fintech",
     local="Thu 2026-10-15 09:00", local_end="2026-10-15 09:45", zone="America/Bogota",
     days=(("Tue", "2026-10-13"),),
     note="Pandapé HTML-only reprogramming notice (table): old 'martes 13/10/2026 15:00', new 'jueves 15/10/2026 09:00 (hora de Colombia, GMT-5)', duración 45 minutos -> 14:00-14:45Z (11:00 in São Paulo). Notifications sender; contact = recruiter address in the body.")
def guadua_pandape():
    when = "2026-10-09 16:40:55"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Entrevista reprogramada</title></head>
        <body style="margin:0;background:#eef1f6">
        <table width="100%" cellspacing="0" cellpadding="0" bgcolor="#eef1f6"><tr><td align="center" style="padding:20px 0">
        <table width="600" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:20px 30px;background:#1d3c78;color:#ffffff;font-size:18px">Guadua Fintech</td></tr>
        <tr><td style="padding:24px 30px 8px 30px">
        <p>Hola Rafael,</p>
        <p>Te informamos que tu entrevista para la vacante <b>Ingeniero(a) de Datos Senior</b> ha sido <b>reprogramada</b>. Estos son los nuevos datos:</p>
        </td></tr>
        <tr><td style="padding:0 30px">
        <table width="100%" cellspacing="0" cellpadding="8" style="border-collapse:collapse;font-size:14px">
        <tr><td style="border:1px solid #dde3ec;background:#f6f8fb;width:35%">Fecha anterior</td><td style="border:1px solid #dde3ec;color:#999999"><s>martes 13/10/2026 15:00</s></td></tr>
        <tr><td style="border:1px solid #dde3ec;background:#f6f8fb">Nueva fecha</td><td style="border:1px solid #dde3ec"><b>jueves 15/10/2026</b></td></tr>
        <tr><td style="border:1px solid #dde3ec;background:#f6f8fb">Hora</td><td style="border:1px solid #dde3ec"><b>09:00 (hora de Colombia, GMT-5)</b></td></tr>
        <tr><td style="border:1px solid #dde3ec;background:#f6f8fb">Duración</td><td style="border:1px solid #dde3ec">45 minutos</td></tr>
        <tr><td style="border:1px solid #dde3ec;background:#f6f8fb">Tipo</td><td style="border:1px solid #dde3ec">Entrevista por videollamada (Google Meet)</td></tr>
        <tr><td style="border:1px solid #dde3ec;background:#f6f8fb">Enlace</td><td style="border:1px solid #dde3ec"><a href="https://meet.google.com/fmq-ypxa-kdw">https://meet.google.com/fmq-ypxa-kdw</a></td></tr>
        </table>
        </td></tr>
        <tr><td style="padding:16px 30px">
        <p>Si tienes alguna duda, puedes escribir a Laura Quintero, Líder de Talento, a <a href="mailto:laura.quintero@guaduafintech.co">laura.quintero@guaduafintech.co</a>.</p>
        <p>¡Mucho éxito!</p>
        </td></tr>
        <tr><td style="padding:14px 30px;font-size:11px;color:#8a94a6;border-top:1px solid #e6eaf0">Este mensaje fue enviado a través de Pandapé. Por favor no respondas a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    msgid = "<20261009214055.7c3e9f01b6a2@notificaciones.pandape.com>"
    hs = head(addr("Guadua Fintech", "notificaciones@pandape.com"),
              "Tu entrevista ha sido reprogramada - Ingeniero(a) de Datos Senior",
              when, "America/Bogota", msgid,
              "from mta-08.pandape.com (mta-08.pandape.com [185.53.130.8])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


# ---------------------------------------------------------------- 20: rescheduled, US founder, relative day


@reg(family="human_prose", lang="en", interview=True, kind="rescheduled",
     start="2026-06-12T16:00:00Z", end="2026-06-12T16:45:00Z",
     contact="caleb@loamwise.com", company="Loamwise",
     local="Fri 2026-06-12 11:00", local_end="2026-06-12 11:45", zone="America/Chicago",
     note="Founder in Austin moves Thursday 2pm CT to 'Friday at 11am Central (1pm your time)', 'same 45 minutes', invite already moved. Date is Tue 9 Jun 2026 (-0500 CDT), so Friday = 12 Jun; 11:00 CDT = 16:00Z, +45 min = 16:45Z. Contact = sender.")
def loamwise_move():
    when = "2026-06-09 19:12:03"
    body = t("""
        Hey Rafael,

        Sorry to do this - an investor meeting landed on Thursday afternoon and I
        can't move it. Instead of Thursday at 2pm CT, can we do Friday at 11am
        Central (1pm your time)? I've already moved the calendar invite, same Meet
        link, same 45 minutes.

        If Friday doesn't work just hit reply and we'll find something early next
        week.

        Looking forward to it,
        Caleb

        --
        Caleb Whitfield
        Co-founder & CTO, Loamwise
        Austin, TX
        """)
    msgid = "<CAN3xPq7Ld0wTz8yKe1bVf4mRu6sHc9oJa2gWn5iQtE0kYr1Z_w@mail.gmail.com>"
    hs = head(addr("Caleb Whitfield", "caleb@loamwise.com"),
              "Re: Loamwise <> Rafael - chat this week", when, "America/Chicago", msgid,
              "from mail-oi1-f171.google.com (mail-oi1-f171.google.com [209.85.167.171])",
              extra=(("In-Reply-To", "<CAEr4tY2vLm8sQ0kBz7nW3pXd5hJ9uGf1aRc6oNeT4yVqKm2i_A@mail.gmail.com>"),
                     ("References", "<CAN3xPq2Hf7rBz0sWe4cVd1mLu8tKa5oJq3gYn6iRtE9kXr0Z_q@mail.gmail.com> <CAEr4tY2vLm8sQ0kBz7nW3pXd5hJ9uGf1aRc6oNeT4yVqKm2i_A@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


# ---------------------------------------------------------------- 21: cancelled, Exchange METHOD:CANCEL


@reg(family="exchange", lang="pt", interview=True, kind="cancelled",
     start="2026-12-04T13:00:00Z", end="2026-12-04T14:00:00Z",
     contact="patricia.menezes@aroeiratelecom.com.br", company="Aroeira Telecom",
     local="Fri 2026-12-04 10:00", local_end="2026-12-04 11:00", zone=SP,
     note="Outlook cancellation 'Cancelado: Entrevista - ...' with METHOD:CANCEL / STATUS:CANCELLED; DTSTART;TZID=E. South America Standard Time:20261204T100000 (-0300) = 13:00Z, DTEND 14:00Z; body: sexta-feira, 04/12, das 10h às 11h. Start = the cancelled slot. Contact = human organizer/sender.")
def aroeira_cancel():
    when = "2026-11-30 09:05:18"
    body = t("""
        Bom dia, Rafael.

        Infelizmente preciso cancelar a nossa entrevista de sexta-feira, 04/12,
        das 10h às 11h. A diretoria decidiu congelar a abertura desta vaga até o
        orçamento de 2027 ser aprovado.

        Seu perfil ficou registrado no nosso banco de talentos e, se a posição for
        reaberta no início do ano, eu entro em contato com você.

        Obrigada pela compreensão.

        Patrícia Menezes
        Gerente de Engenharia de Dados | Aroeira Telecom
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_SP_EXCHANGE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Patrícia Menezes:mailto:patricia.menezes@aroeiratelecom.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Costa:mailto:rafael.costa@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felipe Araújo:mailto:felipe.araujo@aroeiratelecom.com.br
        DESCRIPTION;LANGUAGE=pt-BR:Bom dia\\, Rafael.\\n\\nInfelizmente preciso cancelar a nossa entrevista de sexta-feira\\, 04/12\\, das 10h às 11h.\\n
        UID:040000008200E00074C5B7101A82E00800000000D1A4E7C3815EDC01000000000000000010000000A7C93F2E51B04D4C9E6B2D18F03A7C95
        SUMMARY;LANGUAGE=pt-BR:Cancelado: Entrevista - Engenheiro de Dados Pleno | Rafael Costa
        DTSTART;TZID=E. South America Standard Time:20261204T100000
        DTEND;TZID=E. South America Standard Time:20261204T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261130T120518Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1730558212
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<CP6PR80MB3390F41E7B2C05D9A6E83B1C4D05A@CP6PR80MB3390.lamprd80.prod.outlook.com>"
    subject = "Cancelado: Entrevista - Engenheiro de Dados Pleno | Rafael Costa"
    hs = head(addr("Patrícia Menezes", "patricia.menezes@aroeiratelecom.com.br"), subject, when, SP, msgid,
              "from BRAPR80CU002.outbound.protection.outlook.com (mail-gruapr80cu00202.outbound.protection.outlook.com [40.93.73.12])",
              cc=addr("Felipe Araújo", "felipe.araujo@aroeiratelecom.com.br"),
              extra=(("Thread-Topic", subject), ("Thread-Index", "AdtgO5fC1bN8aXkPQS2r7vYd0mWe4A=="),
                     ("Importance", "high"), ("Accept-Language", "pt-BR, en-US"), ("Content-Language", "pt-BR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# ---------------------------------------------------------------- 22: cancelled, Chilean recruiter, no ICS


@reg(family="human_prose", lang="es", interview=True, kind="cancelled",
     start="2026-04-09T15:00:00Z", end=None,
     contact="francisca.riquelme@copihue.cl", company="Copihue Analytics",
     local="Thu 2026-04-09 11:00", zone="America/Santiago",
     note="Plain cancellation without ICS (same thread as the Google Calendar invite): 'tenemos que cancelar la entrevista del jueves 9 de abril a las 11:00 (hora de Chile; 12:00 en Brasil)'. Chile is on -04 after 5 Apr -> cancelled slot 15:00Z. No new time. Contact = sender.")
def copihue_cancela():
    when = "2026-04-06 09:40:02"
    body = t("""
        Hola Rafael, ¿cómo estás?

        Te escribo con una mala noticia: tenemos que cancelar la entrevista del
        jueves 9 de abril a las 11:00 (hora de Chile; 12:00 en Brasil). La gerencia
        congeló la contratación para esta posición hasta el segundo semestre por
        un ajuste de presupuesto, así que no tiene sentido avanzar por ahora.

        Lo lamento mucho, de verdad, porque tu perfil nos gustaba harto. Si la
        posición se reabre, te escribo yo directamente.

        Un abrazo,
        Francisca

        Francisca Riquelme
        People Partner | Copihue Analytics
        Providencia, Santiago
        """)
    msgid = "<CAGp3vR8wN1tYx6zKm0cLq4bHs7eUd2fJo9aPi5gTr3nWk1E_yA@mail.gmail.com>"
    hs = head(addr("Francisca Riquelme", "francisca.riquelme@copihue.cl"),
              "Entrevista del jueves - Copihue Analytics", when, "America/Santiago", msgid,
              "from mail-qk1-f169.google.com (mail-qk1-f169.google.com [209.85.222.169])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 23: cancelled, InHire, no ICS


@reg(family="inhire", lang="pt", interview=True, kind="cancelled",
     start="2026-10-22T17:00:00Z", end=None,
     contact="mariana.lopes@aratulog.com.br", company="Aratu Logística",
     local="Thu 2026-10-22 14:00", zone=SP,
     note="InHire notification: 'cancelou a entrevista agendada para quinta-feira, 22/10/2026, às 14h00 (horário de Brasília)' = 17:00Z (cancelled slot); vaga encerrada, no new time, no ICS. System sender; contact = recruiter address in the body.")
def aratu_inhire():
    when = "2026-10-19 11:30:47"
    body = t("""
        Olá, Rafael Costa!

        A Aratu Logística cancelou a entrevista agendada para quinta-feira,
        22/10/2026, às 14h00 (horário de Brasília), da vaga Engenheiro(a) de Dados
        Pleno.

        Motivo informado pela empresa: a vaga foi encerrada.

        Você continua no banco de talentos da Aratu Logística e pode acompanhar as
        suas candidaturas na página da vaga. Em caso de dúvidas, fale com Mariana
        Lopes, recrutadora responsável: mariana.lopes@aratulog.com.br

        Equipe InHire

        Esta é uma mensagem automática, não é necessário respondê-la.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1b29;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:28px;border-radius:10px">
        <p>Olá, Rafael Costa!</p>
        <p>A <b>Aratu Logística</b> cancelou a entrevista agendada para <b>quinta-feira, 22/10/2026, às 14h00 (horário de Brasília)</b>, da vaga Engenheiro(a) de Dados Pleno.</p>
        <p style="background:#fff4e5;padding:10px;border-radius:6px">Motivo informado pela empresa: a vaga foi encerrada.</p>
        <p>Você continua no banco de talentos da Aratu Logística e pode acompanhar as suas candidaturas na página da vaga. Em caso de dúvidas, fale com Mariana Lopes, recrutadora responsável: <a href="mailto:mariana.lopes@aratulog.com.br">mariana.lopes@aratulog.com.br</a></p>
        <p>Equipe InHire</p>
        <p style="font-size:11px;color:#8c8ca1">Esta é uma mensagem automática, não é necessário respondê-la.</p>
        </div></body></html>
        """)
    msgid = "<01000192a4c1e7f0-2d9b6c31-4e85-4a0f-b7d2-c15e8f3a90b4-000000@email.amazonses.com>"
    hs = head(addr("Aratu Logística via InHire", "nao-responda@inhire.app"),
              "Entrevista cancelada - Engenheiro(a) de Dados Pleno | Aratu Logística",
              when, SP, msgid,
              "from a9-58.smtp-out.amazonses.com (a9-58.smtp-out.amazonses.com [54.240.9.58])")
    return message(hs, alt(text(body), html(page)))


# =========================================================================== negatives
# ---------------------------------------------------------------- 24: Gupy application receipt


@reg(family="application_ack", lang="pt", interview=False, company="Cajuína Varejo",
     note="Gupy 'recebemos sua candidatura' receipt; the next steps ('etapa de entrevistas') are hypothetical, no time. Company = the employer the receipt is from. Start of the Cajuína thread (interview and rejection follow).")
def cajuina_gupy_recebida():
    when = "2026-02-10 08:14:55"
    body = t("""
        Olá, Rafael!

        Recebemos sua candidatura para a vaga Pessoa Engenheira de Dados Sênior
        na Cajuína Varejo. Que bom ter você por aqui!

        E agora, o que acontece?
        1. Nosso time vai analisar o seu currículo e as respostas do formulário.
        2. Se o seu perfil estiver alinhado, você será convidado(a) para as
           próximas etapas do processo, que podem incluir testes online e
           entrevistas.
        3. Você recebe todas as atualizações por e-mail e pelo painel da Gupy.

        Acompanhe o andamento em:
        https://cajuinavarejo.gupy.io/candidates/applications

        Obrigado pelo interesse em fazer parte da Cajuína!
        Time de Gente & Gestão

        --
        E-mail automático enviado pela Gupy. Não responda esta mensagem.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:15px\">" + "".join(
        f"<p>{p}</p>" for p in [
            "Olá, Rafael!",
            "Recebemos sua candidatura para a vaga <b>Pessoa Engenheira de Dados Sênior</b> na Cajuína Varejo. Que bom ter você por aqui!",
            "<b>E agora, o que acontece?</b><br>1. Nosso time vai analisar o seu currículo e as respostas do formulário.<br>2. Se o seu perfil estiver alinhado, você será convidado(a) para as próximas etapas do processo, que podem incluir testes online e entrevistas.<br>3. Você recebe todas as atualizações por e-mail e pelo painel da Gupy.",
            '<a href="https://cajuinavarejo.gupy.io/candidates/applications">Acompanhar minha candidatura</a>',
            "Obrigado pelo interesse em fazer parte da Cajuína!<br>Time de Gente &amp; Gestão",
            '<span style="font-size:11px;color:#999">E-mail automático enviado pela Gupy. Não responda esta mensagem.</span>',
        ]) + "</body></html>\n"
    msgid = "<0103019c4b2e91a0-f1c3d8e2-7a04-4b6f-93e1-28c5d0b7a1e9-000000@sa-east-1.amazonses.com>"
    hs = head(addr("Cajuína Varejo", "naoresponda@gupy.io"),
              "Recebemos sua candidatura! Pessoa Engenheira de Dados Sênior | Cajuína Varejo",
              when, SP, msgid, "from a14-19.smtp-out.sa-east-1.amazonses.com (a14-19.smtp-out.sa-east-1.amazonses.com [54.240.14.19])",
              extra=(("Feedback-ID", "::1.sa-east-1.gupyTransactional:AmazonSES"),))
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 25: Gupy rejection after the interview


@reg(family="rejection", lang="pt", interview=False, company="Cajuína Varejo",
     note="Gupy rejection after the 03/03 interview: 'não seguiremos com sua candidatura'. Mentions the past interview, confirms nothing. Company = sender's employer.")
def cajuina_gupy_reprovado():
    when = "2026-03-19 18:03:12"
    body = t("""
        Olá, Rafael, tudo bem?

        Queremos agradecer muito pelo seu tempo e pela conversa com a nossa
        liderança de Dados no começo do mês. Foi um processo bem concorrido e,
        depois de uma análise cuidadosa, decidimos que neste momento não
        seguiremos com sua candidatura para a vaga Pessoa Engenheira de Dados
        Sênior.

        Essa decisão não diminui em nada a sua trajetória: o seu currículo
        continua no nosso banco de talentos e pode ser considerado para
        oportunidades futuras.

        Desejamos muito sucesso na sua jornada!
        Time de Gente & Gestão | Cajuína Varejo

        --
        E-mail automático enviado pela Gupy. Não responda esta mensagem.
        """)
    msgid = "<0103019d07a3c512-8b2e4f90-1c6d-4e7a-a3b5-6d90e2f1c847-000000@sa-east-1.amazonses.com>"
    hs = head(addr("Cajuína Varejo", "naoresponda@gupy.io"),
              "Atualização sobre o processo seletivo | Cajuína Varejo",
              when, SP, msgid, "from a14-21.smtp-out.sa-east-1.amazonses.com (a14-21.smtp-out.sa-east-1.amazonses.com [54.240.14.21])",
              extra=(("Feedback-ID", "::1.sa-east-1.gupyTransactional:AmazonSES"),))
    return message(hs, text(body))


# ---------------------------------------------------------------- 26: LinkedIn job alert


@reg(family="job_alert", lang="pt", interview=False, company=None,
     note="LinkedIn job alert digest with List-Unsubscribe; 'Recrutando agora' and 'entrevistando candidatos' badges are not a confirmation. Platform -> company null.")
def linkedin_alerta():
    when = "2026-04-06 10:02:41"
    body = t("""
        Seu alerta de vaga para engenheiro de dados em São Paulo, SP
        14 novas vagas correspondem às suas preferências.

        Engenheiro de Dados Sênior
        Banco Sabiá
        São Paulo, SP (Híbrido)
        Recrutando agora · Candidatura simplificada
        https://www.linkedin.com/comm/jobs/view/4101928811/

        Data Engineer III (Remote - LATAM)
        Harborline Freight
        Brasil (Remoto)
        A empresa está entrevistando candidatos para esta vaga
        https://www.linkedin.com/comm/jobs/view/4101877302/

        Analytics Engineer
        Saracura Bank
        São Paulo, SP (Presencial)
        3 ex-colegas trabalham aqui
        https://www.linkedin.com/comm/jobs/view/4101760054/

        Engenheira(o) de Dados Pleno
        Vinhedo Foods
        Campinas, SP (Híbrido)
        Candidatura simplificada
        https://www.linkedin.com/comm/jobs/view/4101755916/

        Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?savedSearchId=188204431

        ----------------------------------------
        Este e-mail foi enviado para Rafael Costa (Engenheiro de Dados na Cambuci Logística)
        Saiba por que incluímos isso: https://www.linkedin.com/help/linkedin/answer/4788
        Você está recebendo e-mails de alertas de vagas.
        Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    msgid = "<1281390482.7720194.1775480561533@ltx1-app21452.prod.linkedin.com>"
    hs = head(addr("Alertas de vagas do LinkedIn", "jobalerts-noreply@linkedin.com"),
              "engenheiro de dados em São Paulo, SP: 14 novas vagas", when, SP, msgid,
              "from mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.0.214])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"), ("X-LinkedIn-Template", "email_jobs_saved_search_alert_01")))
    return message(hs, text(body))


# ---------------------------------------------------------------- 27: Catho job alert, windows-1252


@reg(family="job_alert", lang="pt", interview=False, company=None,
     note="Catho job alert, windows-1252 quoted-printable, List-Unsubscribe; one listing says 'entrevistas ainda esta semana' (hypothetical). Platform -> company null.")
def catho_alerta():
    when = "2026-05-14 06:31:09"
    body = t("""
        Olá, Rafael!

        Separamos 7 novas vagas de Engenheiro de Dados que combinam com você:

        > Engenheiro de Dados Sênior - Guará Investimentos
          São Paulo - SP | Híbrido | Salário a combinar
          "Processo ágil: entrevistas ainda esta semana!"

        > Engenheiro de Dados Pleno - Rede Jacarandá de Farmácias
          Barueri - SP | Presencial | R$ 11.000 a R$ 13.500

        > Cientista/Engenheiro de Dados - Tamarindo Seguros
          São Paulo - SP | Remoto

        > Engenheiro de Big Data - Consultoria Ipiranga TI
          Santo André - SP | Híbrido | PJ

        Veja as outras 3 vagas no app ou no site:
        https://www.catho.com.br/vagas/engenheiro-de-dados/sao-paulo-sp/?origem=alerta

        Dica Catho: perfis com currículo atualizado recebem até 3x mais contatos
        de recrutadores.

        Você recebe este e-mail porque criou um alerta de vagas na Catho.
        Para não receber mais: https://www.catho.com.br/alertas/descadastrar?c=8812034
        Catho Online Ltda. - Barueri/SP
        """)
    msgid = "<20260514093109.8812034.alerta@mail.catho.com.br>"
    hs = head(addr("Catho", "alertas@mail.catho.com.br"),
              "Rafael, 7 novas vagas de Engenheiro de Dados para você", when, SP, msgid,
              "from mta12.mail.catho.com.br (mta12.mail.catho.com.br [200.155.79.12])",
              extra=(("List-Unsubscribe", "<https://www.catho.com.br/alertas/descadastrar?c=8812034>, <mailto:descadastro@mail.catho.com.br>"),),
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# ---------------------------------------------------------------- 28: Indeed job alert, Spanish (Mexico)


@reg(family="job_alert", lang="es", interview=False, company=None,
     note="Indeed job alert (Spanish, Mexico) with List-Unsubscribe; 'Contratación urgente' badges only. Platform -> company null.")
def indeed_alerta_mx():
    when = "2026-08-03 14:05:51"
    body = t("""
        Nuevos empleos de data engineer en Ciudad de México, CDMX

        Data Engineer Sr. (remoto)
        Maguey Pagos - Ciudad de México, CDMX
        $70,000 - $90,000 al mes
        Contratación urgente
        https://mx.indeed.com/rc/clk?jk=7b1f3d0e2a94c615

        Ingeniero de Datos (GCP)
        Grupo Tepeyac Seguros - Ciudad de México, CDMX
        Postulación fácil
        https://mx.indeed.com/rc/clk?jk=0c8e2f71d5b3a946

        Analytics Engineer
        Chapulín Apps - Remoto
        https://mx.indeed.com/rc/clk?jk=e4a19d62c07f38b5

        Ver todos los empleos: https://mx.indeed.com/jobs?q=data+engineer&l=Ciudad+de+M%C3%A9xico

        Recibes este correo porque te suscribiste a las alertas de empleo de Indeed.
        Cancelar suscripción: https://mx.indeed.com/alert/unsubscribe?id=5f0d2b7e91c3
        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        """)
    msgid = "<alert.5f0d2b7e91c3.20260803140551@indeed.com>"
    hs = head(addr("Indeed", "alert@indeed.com"),
              "Data Engineer Sr. (remoto) en Maguey Pagos y 2 empleos más", when, "UTC", msgid,
              "from mail-ch1.indeed.com (mail-ch1.indeed.com [64.69.170.31])",
              extra=(("List-Unsubscribe", "<https://mx.indeed.com/alert/unsubscribe?id=5f0d2b7e91c3>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" for line in body.split("\n\n")).replace("\n", "<br>") + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 29: recruiter outreach, Madrid


@reg(family="recruiter_outreach", lang="es", interview=False, company="Almendro Pay",
     note="Cold outreach from a Madrid fintech recruiter; asks which days suit him for a first call, nothing fixed. Company = the recruiter's employer.")
def almendro_outreach():
    when = "2026-02-25 12:48:20"
    body = t("""
        Hola Rafael:

        Soy Irene, del equipo de Talento de Almendro Pay, una fintech de pagos B2B
        con sede en Madrid. He visto tu perfil y tu experiencia con Spark y
        Airflow en logística me ha parecido muy interesante para una posición de
        Senior Data Engineer que estamos abriendo (100 % remoto desde LATAM,
        contrato como contractor en USD).

        ¿Te apetecería tener una primera conversación de 20-30 minutos esta semana
        o la que viene? Si te encaja, dime qué días y franjas te vienen bien
        (tenemos cinco horas de diferencia contigo, así que lo ideal son tus
        mañanas) y te envío la invitación.

        Un saludo,
        Irene Castaño
        Talent Acquisition Lead · Almendro Pay
        Calle de Alcalá 144, Madrid
        """)
    msgid = "<AM0PR09MB4427B5D2E1F07A3C96B8D4E0F12C3@AM0PR09MB4427.eurprd09.prod.outlook.com>"
    hs = head(addr("Irene Castaño", "irene.castano@almendropay.es"),
              "Senior Data Engineer remoto - Almendro Pay", when, "Europe/Madrid", msgid,
              "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2109.outbound.protection.outlook.com [40.107.105.109])")
    return message(hs, text(body))


# ---------------------------------------------------------------- 30: slot proposal ("qual horário fica melhor?")


@reg(family="availability_request", lang="pt", interview=False, company="Mandacaru Energia",
     days=(("Tue", "2026-05-12"), ("Wed", "2026-05-13"), ("Thu", "2026-05-14")),
     note="Recruiter offers three slots and asks 'qual horário fica melhor para você?' - nothing is fixed yet (the confirmation is a separate mail). Company = sender's employer.")
def mandacaru_opcoes():
    when = "2026-05-04 09:30:26"
    body = t("""
        Olá, Rafael! Tudo bem?

        O time técnico gostou bastante do seu perfil e gostaria de seguir com você
        para a entrevista técnica. Qual horário fica melhor para você?

        - terça, 12/05, às 10h
        - quarta, 13/05, às 15h
        - quinta, 14/05, às 9h30

        (todos no horário de Brasília; a conversa dura 1 hora, pelo Teams)

        Se nenhum desses funcionar, me passe duas ou três opções que eu vejo com
        o Bruno.

        Att.,
        Camila Albuquerque
        Analista de Atração de Talentos
        Mandacaru Energia | Recife - PE
        """)
    msgid = "<CP4PR80MB6193C2F1A08E7D35@CP4PR80MB6193.lamprd80.prod.outlook.com>"
    hs = head(addr("Camila Albuquerque", "camila.albuquerque@mandacaruenergia.com.br"),
              "Entrevista técnica - Mandacaru Energia", when, "America/Recife", msgid,
              "from BRAPR80CU001.outbound.protection.outlook.com (mail-cpqbra01on2104.outbound.protection.outlook.com [40.107.227.104])",
              extra=(("Thread-Topic", "Entrevista técnica - Mandacaru Energia"),
                     ("Thread-Index", "AdrdX2f0Ck7pWm1tTgq8bN3vYz0eLQ=="),
                     ("Accept-Language", "pt-BR"), ("Content-Language", "pt-BR")))
    return message(hs, text(body))


# ---------------------------------------------------------------- 31: Lever self-schedule link


@reg(family="scheduling_link", lang="en", interview=False, company="Brightkelp",
     days=(("Fri", "2026-08-21"),),
     note="Lever self-scheduling request: pick a 30-minute slot through a link that expires Friday 21 Aug; no time chosen yet. Company = the employer.")
def brightkelp_lever_link():
    when = "2026-08-17 09:12:37"
    body = t("""
        Hi Rafael,

        Thanks for chatting with me last week! The next step is a 30-minute
        conversation with Owen Park, our Data Platform Manager.

        Please use the link below to pick a time that works for you. Available
        times are shown in your local time zone.

        Choose a time: https://hire.lever.co/interview-scheduling/brightkelp/7f3c0a92-61d4-4e8b-b2a5-0d9e1c7f4b36

        The link expires on Friday, August 21. If none of the times work, just
        reply and I'll find more options.

        Cheers,
        Dana Whitlock
        Technical Recruiter, Brightkelp
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Rafael,</p>
        <p>Thanks for chatting with me last week! The next step is a 30-minute conversation with Owen Park, our Data Platform Manager.</p>
        <p>Please use the link below to pick a time that works for you. Available times are shown in your local time zone.</p>
        <p><a href="https://hire.lever.co/interview-scheduling/brightkelp/7f3c0a92-61d4-4e8b-b2a5-0d9e1c7f4b36" style="background:#2b67f6;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Choose a time</a></p>
        <p>The link expires on Friday, August 21. If none of the times work, just reply and I'll find more options.</p>
        <p>Cheers,<br>Dana Whitlock<br>Technical Recruiter, Brightkelp</p>
        </body></html>
        """)
    msgid = "<lever.7f3c0a92.schedule.20260817161237@hire.lever.co>"
    hs = head(addr("Dana Whitlock (Brightkelp)", "no-reply@hire.lever.co"),
              "Schedule your interview with Brightkelp", when, "America/Los_Angeles", msgid,
              "from mail-b.hire.lever.co (mail-b.hire.lever.co [167.89.44.17])",
              extra=(("Reply-To", addr("Dana Whitlock", "dana.whitlock@brightkelp.com")),))
    return message(hs, alt(text(body), html(page)))


# ---------------------------------------------------------------- 32: availability request, voseo


@reg(family="availability_request", lang="es", interview=False, company="Quebracho Labs",
     days=(("Tue", "2026-06-16"), ("Thu", "2026-06-18")),
     note="Buenos Aires recruiter asks for two or three slots between martes 16 and jueves 18 ('¿qué disponibilidad tenés?'); nothing fixed. Company = sender's employer.")
def quebracho_disponibilidad():
    when = "2026-06-12 12:30:15"
    body = t("""
        Hola Rafa, ¿todo bien?

        ¡Buenas noticias! Nicolás quedó muy contento con la primera charla y
        quiere avanzar con la entrevista técnica. ¿Qué disponibilidad tenés la
        semana que viene? Pasame dos o tres horarios entre el martes 16 y el
        jueves 18, idealmente a la tarde, y lo cierro con el equipo.

        La técnica dura una hora y es por Meet.

        Abrazo,
        Lucía

        --
        Lucía Benítez
        Talent Acquisition | Quebracho Labs
        """)
    msgid = "<CAJm8xQ0aP7r2sWgXyT5bZ1mK9eV4fCqLh3aRnN8yUi6mOvD_pQ@mail.gmail.com>"
    hs = head(addr("Lucía Benítez", "lucia.benitez@quebracholabs.com.ar"),
              "Próximo paso - Quebracho Labs", when, "America/Argentina/Buenos_Aires", msgid,
              "from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 33: take-home test (Teamtailor)


@reg(family="take_home", lang="pt", interview=False, company="Jambu Tech",
     days=(("Mon", "2026-05-11"),),
     note="Teamtailor mail with a take-home 'desafio técnico' and a deadline (segunda-feira, 11/05, 23h59); a deadline is not an interview. Company = the employer.")
def jambu_desafio():
    when = "2026-05-04 10:00:33"
    body = t("""
        Oi Rafael, tudo bem?

        Obrigada pela conversa da semana passada! Como próximo passo, queremos te
        convidar para o nosso desafio técnico.

        O desafio: montar um pequeno pipeline que ingere os dados públicos de
        voos da ANAC, trata e disponibiliza uma tabela analítica (pode usar a
        stack que preferir; sugerimos Python + dbt + DuckDB). Todos os detalhes
        estão no repositório:
        https://github.com/jambutech-hiring/desafio-dados-2026

        Prazo: você tem até segunda-feira, 11/05, às 23h59 (horário de Brasília)
        para enviar o link do seu repositório respondendo a este e-mail.

        Estimamos umas 4 a 6 horas de trabalho; não precisa ser perfeito, queremos
        entender como você pensa. Se precisar de mais prazo, é só avisar.

        Depois da entrega, marcamos uma conversa para você apresentar a solução.

        Abraços,
        Heloísa Bittencourt
        People | Jambu Tech - Florianópolis

        --
        Enviado via Teamtailor
        """)
    msgid = "<6641f2c1a7e04.jambutech.20260504130033@teamtailor-mail.com>"
    hs = head(addr("Heloísa Bittencourt - Jambu Tech", "jambutech@teamtailor-mail.com"),
              "Desafio técnico - Engenheiro(a) de Dados | Jambu Tech", when, SP, msgid,
              "from mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [185.246.52.31])",
              extra=(("Reply-To", addr("Heloísa Bittencourt", "heloisa.bittencourt@jambutech.com.br")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 34: one-way video interview (Bizneo)


@reg(family="one_way_video", lang="es", interview=False, company="Naranjo Energía",
     days=(("Wed", "2026-09-23"),),
     note="Bizneo one-way ('diferida') video interview: record answers any time before 23/09/2026 23:59 hora peninsular; no live meeting, no scheduled time. Company = the employer.")
def naranjo_bizneo_video():
    when = "2026-09-16 10:44:08"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#f5f6f8">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:20px 30px;border-bottom:3px solid #f28c28"><b style="font-size:18px;color:#f28c28">Naranjo Energía</b></td></tr>
        <tr><td style="padding:24px 30px;line-height:21px">
        <p>Hola Rafael,</p>
        <p>¡Gracias por tu interés en la oferta <b>Data Engineer (remoto)</b>! Nos gustaría conocerte un poco mejor a través de una <b>videoentrevista diferida</b>.</p>
        <p>¿En qué consiste? Verás 4 preguntas en pantalla y grabarás tus respuestas (máximo 2 minutos por pregunta). Puedes hacerla cuando quieras, desde el ordenador o el móvil; no hay nadie al otro lado en directo.</p>
        <table cellpadding="6" style="border:1px solid #e5e7eb;font-size:14px">
        <tr><td style="color:#6b7280">Plazo</td><td>hasta el 23/09/2026 a las 23:59 (hora peninsular española)</td></tr>
        <tr><td style="color:#6b7280">Duración estimada</td><td>15 minutos</td></tr>
        </table>
        <p style="margin-top:20px"><a href="https://naranjoenergia.bizneohr.com/video-interviews/c/91f3a2d0" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Comenzar videoentrevista</a></p>
        <p>Un saludo,<br>Equipo de Selección · Naranjo Energía (Valencia)</p>
        </td></tr>
        <tr><td style="padding:12px 30px;font-size:11px;color:#9ca3af">Enviado con Bizneo HR. Si no deseas continuar en el proceso, puedes retirar tu candidatura desde el portal.</td></tr>
        </table></body></html>
        """)
    msgid = "<20260916084408.91f3a2d0@bizneohr.com>"
    hs = head(addr("Naranjo Energía", "noreply@bizneohr.com"),
              "Tu videoentrevista para Data Engineer (remoto) - Naranjo Energía", when, "Europe/Madrid", msgid,
              "from mail2.bizneohr.com (mail2.bizneohr.com [52.209.101.44])")
    return message(hs, html(page))


# ---------------------------------------------------------------- 35: offer ("proposta")


@reg(family="offer", lang="pt", interview=False, company="Mandacaru Energia",
     days=(("Fri", "2026-06-05"), ("Wed", "2026-07-01")),
     note="Offer ('proposta') after the interviews: salary, start date 01/07 and a reply deadline (sexta-feira, 05/06); mentions a call 'se quiser conversar' with no time. Company = sender's employer.")
def mandacaru_proposta():
    when = "2026-06-01 16:20:44"
    body = t("""
        Olá, Rafael!

        É com muita alegria que te envio a nossa proposta para a posição de
        Engenheiro de Dados Sênior na Mandacaru Energia. O time técnico saiu
        muito animado das entrevistas!

        Resumo da proposta:
        - Regime: CLT, 100% remoto (com encontros trimestrais em Recife)
        - Salário: R$ 21.500,00 mensais
        - Benefícios: plano de saúde e odontológico, VR/VA de R$ 1.800,00,
          PLR de até 2 salários, auxílio home office
        - Início previsto: quarta-feira, 01/07

        A carta-proposta completa está em anexo. Pedimos o seu retorno até
        sexta-feira, 05/06. Se quiser conversar sobre qualquer ponto, me chama
        que a gente marca uma ligação.

        Um abraço,
        Camila Albuquerque
        Analista de Atração de Talentos
        Mandacaru Energia | Recife - PE
        """)
    pdf = Part([("Content-Type", 'application/pdf; name="Proposta_Rafael_Costa.pdf"'),
                ("Content-Disposition", 'attachment; filename="Proposta_Rafael_Costa.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               b"JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")
    msgid = "<CP4PR80MB61930D7E3B92A14F5C8E6D01A3B29@CP4PR80MB6193.lamprd80.prod.outlook.com>"
    hs = head(addr("Camila Albuquerque", "camila.albuquerque@mandacaruenergia.com.br"),
              "Proposta - Engenheiro de Dados Sênior | Mandacaru Energia", when, "America/Recife", msgid,
              "from BRAPR80CU001.outbound.protection.outlook.com (mail-cpqbra01on2122.outbound.protection.outlook.com [40.107.227.122])",
              extra=(("Thread-Topic", "Proposta - Engenheiro de Dados Sênior | Mandacaru Energia"),
                     ("Accept-Language", "pt-BR"), ("Content-Language", "pt-BR"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(text(body), pdf))


# ---------------------------------------------------------------- 36: out-of-office auto-reply


@reg(family="auto_reply", lang="pt", interview=False, company="Banco Sabiá",
     days=(("Mon", "2026-04-27"),),
     note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Banco Sabiá recruiter after Rafael wrote about the 22/04 interview: 'Estou de férias até 27/04'. Nothing scheduled. Company = sender's employer, as the dev set labels auto-replies.")
def sabia_ferias():
    when = "2026-04-17 09:02:51"
    body = t("""
        Olá! Estou de férias até segunda-feira, 27/04, com acesso restrito ao
        e-mail.

        Para assuntos de processos seletivos em andamento, fale com o time de
        Atração pelo recrutamento@bancosabia.com.br. Para entrevistas já
        agendadas, os links e horários continuam valendo.

        Obrigada!
        Renata Figueiredo
        Tech Recruiter | Banco Sabiá
        """)
    msgid = "<CP4PR80MB4408E91B3A7C20F5D6E18B4C9F2A0@CP4PR80MB4408.lamprd80.prod.outlook.com>"
    hs = head(addr("Renata Figueiredo", "renata.figueiredo@bancosabia.com.br"),
              "Resposta automática: Re: Entrevista técnica - Engenheiro(a) de Dados Sênior | Rafael Costa",
              when, SP, msgid,
              "from BRAPR80CU001.outbound.protection.outlook.com (mail-cpqbra01on2095.outbound.protection.outlook.com [40.107.227.95])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF9k2Lp5tB3wRq8nXe1mZc7cY0sGd6uH2gAo4iVfK8tMr3E_bQ@mail.gmail.com>"),
                     ("Thread-Topic", "Entrevista técnica - Engenheiro(a) de Dados Sênior | Rafael Costa"),
                     ("Content-Language", "pt-BR")))
    return message(hs, text(body))


# ---------------------------------------------------------------- 37: bounce with the original message attached


@reg(family="bounce", lang="pt", interview=False, company=None,
     days=(("Thu", "2026-07-09"),),
     note="Gmail bounce (multipart/report, Auto-Submitted) for Rafael's reply to a mistyped domain; the attached original (message/rfc822) confirms the 9 July interview, but a delivery failure is not a confirmation from the employer. Company null.")
def bounce_sardinha():
    when = "2026-07-06 19:51:30"
    orig_body = t("""
        Olá Inês,

        Obrigado! Confirmo a entrevista de quinta-feira, 9 de julho, às 15h00
        (hora de Lisboa). Até lá!

        Abraço,
        Rafael
        """)
    orig = message([
        ("From", RAFAEL), ("To", "ines.carvalho@sardinhadigtal.pt"),
        ("Subject", "Re: Entrevista - Data Engineer (remoto)"),
        ("Date", date("2026-07-06 19:51:24", SP)),
        ("Message-ID", "<CAF9k2Lq8yD1mWt4nZe6bXc3cY9sJd2uK7gAo1iRfL5tPr6E_vA@mail.gmail.com>"),
        ("In-Reply-To", "<AM9PR02MB7714E2C0F31A@AM9PR02MB7714.eurprd02.prod.outlook.com>"),
    ], text(orig_body))
    notice = t("""
        Endereço não encontrado

        Sua mensagem não foi entregue a ines.carvalho@sardinhadigtal.pt porque o
        domínio sardinhadigtal.pt não foi encontrado. Verifique se há erros de
        digitação ou espaços desnecessários e tente novamente.

        A resposta do servidor remoto foi:

        DNS Error: DNS type 'mx' lookup of sardinhadigtal.pt responded with code NXDOMAIN
        Domain name not found: sardinhadigtal.pt
        Saiba mais em https://support.google.com/mail/?p=BadRcptDomain
        """)
    dsn = Part([("Content-Type", "message/delivery-status")], (
        "Reporting-MTA: dns; googlemail.com\r\n"
        "Received-From-MTA: dns; rafael.costa@example.com\r\n"
        "Arrival-Date: " + date("2026-07-06 19:51:24", SP) + "\r\n"
        "\r\n"
        "Final-Recipient: rfc822; ines.carvalho@sardinhadigtal.pt\r\n"
        "Action: failed\r\n"
        "Status: 5.1.2\r\n"
        "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of sardinhadigtal.pt responded with code NXDOMAIN\r\n"
        "Last-Attempt-Date: " + date("2026-07-06 19:51:30", SP) + "\r\n").encode())
    msgid = "<68c1a2f0.050a0220.3b7e9d.4c21.GMR@mx.google.com>"
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)", when, SP, msgid,
              "from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("In-Reply-To", "<CAF9k2Lq8yD1mWt4nZe6bXc3cY9sJd2uK7gAo1iRfL5tPr6E_vA@mail.gmail.com>"),
                     ("References", "<CAF9k2Lq8yD1mWt4nZe6bXc3cY9sJd2uK7gAo1iRfL5tPr6E_vA@mail.gmail.com>")))
    return message(hs, multipart("report", text(notice), dsn, attached_message(orig),
                                 params="report-type=delivery-status"))


# ---------------------------------------------------------------- 38: work meeting from the current employer (Exchange)


@reg(family="non_interview_calendar", lang="pt", interview=False, company=None,
     note="Exchange meeting request from Rafael's current employer (Cambuci Logística): sprint planning of his own squad, E. South America Standard Time. A fixed work meeting, not a job interview. Company null.")
def cambuci_sprint():
    when = "2026-03-05 17:48:02"
    body = t("""
        Pessoal,

        Planejamento da Sprint 31 da squad de Dados. Tragam os itens do backlog
        já refinados; a prioridade é fechar a ingestão do WMS novo e a migração
        dos jobs legados do Airflow 1.

        Sandra

        ________________________________________________________________________________
        Reunião do Microsoft Teams
        Ingressar no computador, aplicativo móvel ou dispositivo de sala
        Clique aqui para ingressar na reunião<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ3ZjE0YzMtMmI5ZS00YzQ1LWE3MGItZTkxZjAxNmQ0YjIy%40thread.v2/0>
        ID da Reunião: 241 907 335 118
        Senha: 7hRk2P
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_SP_EXCHANGE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandra Yamamoto:mailto:sandra.yamamoto@cambucilog.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Costa:mailto:rafael.costa@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thiago Moreira:mailto:thiago.moreira@cambucilog.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bianca Lima:mailto:bianca.lima@cambucilog.com.br
        DESCRIPTION;LANGUAGE=pt-BR:Planejamento da Sprint 31 da squad de Dados.\\n
        UID:040000008200E00074C5B7101A82E00800000000E5B8C1D27A9ADC01000000000000000010000000C3F1A09E7B624E4FA1D8E5C02B7F9A13
        SUMMARY;LANGUAGE=pt-BR:Planejamento Sprint 31 - Squad Dados
        DTSTART;TZID=E. South America Standard Time:20260309T100000
        DTEND;TZID=E. South America Standard Time:20260309T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260305T204802Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<CP5PR80MB2871B03E9F4A6D21C7E85F0B3A1D6@CP5PR80MB2871.lamprd80.prod.outlook.com>"
    hs = head(addr("Sandra Yamamoto", "sandra.yamamoto@cambucilog.com.br"),
              "Planejamento Sprint 31 - Squad Dados", when, SP, msgid,
              "from BRAPR80CU002.outbound.protection.outlook.com (mail-gruapr80cu00203.outbound.protection.outlook.com [40.93.73.13])",
              extra=(("Thread-Topic", "Planejamento Sprint 31 - Squad Dados"), ("Content-Language", "pt-BR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 39: doctor's appointment with ICS


@reg(family="non_interview_calendar", lang="pt", interview=False, company=None,
     days=(("Thu", "2026-04-23"),),
     note="Clinic booking confirmation (dermatologist) with an ICS attached: a confirmed time, but a medical appointment. Company null.")
def consulta_dermato():
    when = "2026-04-17 13:22:40"
    body = t("""
        Olá, Rafael!

        Sua consulta está confirmada.

        Especialidade: Dermatologia
        Profissional: Dra. Beatriz Nogueira - CRM-SP 148.392
        Data: quinta-feira, 23/04/2026
        Horário: 08:40
        Local: Clínica Vila Clementino - Rua Borges Lagoa, 1080, 4º andar, São Paulo - SP
        Convênio: SulAmérica Especial 100

        Chegue com 15 minutos de antecedência e traga documento com foto e a
        carteirinha do convênio.

        Para cancelar ou remarcar, responda SIM/NÃO pelo WhatsApp (11) 3571-2200
        ou acesse https://agenda.clinicavilaclementino.com.br/minhas-consultas

        Clínica Vila Clementino
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Clinica Vila Clementino//Agenda Online//PT
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:consulta-2026-0423-0840-88231@clinicavilaclementino.com.br
        DTSTAMP:20260417T162240Z
        DTSTART:20260423T114000Z
        DTEND:20260423T120000Z
        SUMMARY:Consulta - Dermatologia (Dra. Beatriz Nogueira)
        LOCATION:Rua Borges Lagoa\\, 1080\\, 4º andar\\, São Paulo - SP
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<20260417162240.88231@agenda.clinicavilaclementino.com.br>"
    hs = head(addr("Clínica Vila Clementino", "agendamento@clinicavilaclementino.com.br"),
              "Consulta confirmada - Dermatologia - 23/04 às 08:40", when, SP, msgid,
              "from smtp.clinicavilaclementino.com.br (smtp.clinicavilaclementino.com.br [187.45.193.20])")
    return message(hs, mixed(text(body), ics_att(ics, "consulta.ics")))


# ---------------------------------------------------------------- 40: notary office appointment


@reg(family="personal_appointment", lang="pt", interview=False, company=None,
     days=(("Tue", "2026-11-10"),),
     note="Cartório appointment confirmation (signing a deed at a notary office), fixed time, no ICS: a personal appointment. Company null.")
def cartorio_escritura():
    when = "2026-11-04 15:10:06"
    body = t("""
        Prezado(a) Sr(a). RAFAEL COSTA,

        Confirmamos o agendamento abaixo:

        Serviço: Assinatura de Escritura Pública de Compra e Venda
        Protocolo: 2026/118.447
        Data: 10/11/2026 (terça-feira)
        Horário: 11h00
        Escrevente: Marcos Antônio Pereira
        Endereço: Rua Cubatão, 517 - Vila Mariana - São Paulo/SP

        Comparecer com RG e CPF originais de todas as partes (compradores,
        vendedores e cônjuges). Em caso de atraso superior a 15 minutos o
        atendimento poderá ser reagendado.

        Atenciosamente,
        14º Tabelião de Notas de São Paulo
        Atendimento: (11) 5082-1400
        """)
    msgid = "<agendamento.2026118447@14tabeliaosp.com.br>"
    hs = head(addr("14º Tabelião de Notas de São Paulo", "agendamento@14tabeliaosp.com.br"),
              "Confirmação de agendamento - Protocolo 2026/118.447", when, SP, msgid,
              "from mail.14tabeliaosp.com.br (mail.14tabeliaosp.com.br [177.70.104.9])",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# ---------------------------------------------------------------- 41: social invite (Google Calendar)


@reg(family="non_interview_calendar", lang="pt", interview=False, company=None,
     note="Google Calendar invitation from his sister for a birthday barbecue (Portuguese UI, ICS): a confirmed time, social. Company null.")
def churrasco_bia():
    when = "2026-05-31 20:14:57"
    title = "Churrasco de aniversário da Bia 🎉"
    body = t(f"""
        Você recebeu um convite para o seguinte evento.

        {title}
        Vai ser lá em casa! Cada um traz uma bebida. Rafa, você fica responsável
        pela farofa 😅

        Quando
        sábado, 13 de junho de 2026⋅13:00 – 19:00 (Horário Padrão de Brasília)

        Local
        Rua Apinajés, 402 - Perdizes, São Paulo - SP
        https://www.google.com/maps/search/Rua+Apinaj%C3%A9s,+402?hl=pt-BR

        Agenda
        rafael.costa@example.com

        Convidados
        • Beatriz Costa - organizador
        • rafael.costa@example.com
        • lucas.costa@example.net
        • marina.tavares@example.org

        Responder a rafael.costa@example.com
        Sim
        Não
        Talvez

        Convite do Google Agenda: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_SP_GOOGLE + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Sao_Paulo:20260613T130000
        DTEND;TZID=America/Sao_Paulo:20260613T190000
        DTSTAMP:20260531T231457Z
        ORGANIZER;CN=Beatriz Costa:mailto:beatriz.costa@example.net
        UID:5e0k2r7vbq3l9m1h6t8c4ajd0s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafael.costa@example.com;X-NUM-GUESTS=0:mailto:rafael.costa@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucas.costa@example.net;X-NUM-GUESTS=0:mailto:lucas.costa@example.net
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marina.tavares@example.org;X-NUM-GUESTS=0:mailto:marina.tavares@example.org
        CREATED:20260531T231210Z
        DESCRIPTION:Vai ser lá em casa! Cada um traz uma bebida.
        LAST-MODIFIED:20260531T231457Z
        LOCATION:Rua Apinajés\\, 402 - Perdizes\\, São Paulo - SP
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:{title}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<000000000000a1b7e30652f0c9d4@google.com>"
    bia = addr("Beatriz Costa", "beatriz.costa@example.net")
    hs = head(bia, f"Convite: {title} @ sáb. 13 de jun. de 2026 13:00 - 19:00 (BRT) ({ME})", when, SP, msgid,
              "from mail-sor-f72.google.com (mail-sor-f72.google.com [209.85.220.72])",
              extra=(("Reply-To", bia), ("Sender", "Google Agenda <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")), ics_att(ics)))


# ---------------------------------------------------------------- 42: Rafael is the interviewer (Exchange)


@reg(family="interviewer_invite", lang="pt", interview=False, company=None,
     note="Exchange invite from his employer's recruiter titled 'Entrevista técnica - Júlia Reis (Eng. de Dados Pleno)': Rafael is one of the interviewers of a candidate for Cambuci Logística, not a candidate himself. Company null.")
def cambuci_entrevistador():
    when = "2026-08-19 11:26:44"
    body = t("""
        Oi Rafa e Thiago,

        Vocês dois serão os entrevistadores técnicos da Júlia Reis, candidata à
        vaga de Engenheira de Dados Pleno do nosso time. O currículo e o resultado
        do teste estão no Gupy (menu Vagas > Eng. de Dados Pleno > Júlia Reis).

        Depois da entrevista, preencham o scorecard até o fim do dia, por favor.

        Obrigada!
        Larissa Okumura
        Tech Recruiter | Cambuci Logística

        ________________________________________________________________________________
        Reunião do Microsoft Teams
        Clique aqui para ingressar na reunião<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5NWIxZGEtZjRkMC00NDQyLTg1YTctNzAxZWNhNWQzNzIx%40thread.v2/0>
        ID da Reunião: 219 560 447 032
        Senha: Lp4u9S
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_SP_EXCHANGE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Larissa Okumura:mailto:larissa.okumura@cambucilog.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Costa:mailto:rafael.costa@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thiago Moreira:mailto:thiago.moreira@cambucilog.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julia.reis@example.org:mailto:julia.reis@example.org
        DESCRIPTION;LANGUAGE=pt-BR:Entrevistadores técnicos: Rafael Costa e Thiago Moreira. Scorecard no Gupy.\\n
        UID:040000008200E00074C5B7101A82E00800000000F2C7A9D15B31DD0100000000000000001000000088E1B3C4F60A2D49B7C3E5A1902D6F4B
        SUMMARY;LANGUAGE=pt-BR:Entrevista técnica - Júlia Reis (Eng. de Dados Pleno)
        DTSTART;TZID=E. South America Standard Time:20260825T140000
        DTEND;TZID=E. South America Standard Time:20260825T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260819T142644Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<CP5PR80MB3124C8D1F07E2A95B4E60C3D1F7A8@CP5PR80MB3124.lamprd80.prod.outlook.com>"
    subject = "Entrevista técnica - Júlia Reis (Eng. de Dados Pleno)"
    hs = head(addr("Larissa Okumura", "larissa.okumura@cambucilog.com.br"), subject, when, SP, msgid,
              "from BRAPR80CU002.outbound.protection.outlook.com (mail-gruapr80cu00204.outbound.protection.outlook.com [40.93.73.14])",
              to=RAFAEL + ", " + addr("Thiago Moreira", "thiago.moreira@cambucilog.com.br"),
              extra=(("Thread-Topic", subject), ("Content-Language", "pt-BR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    page = "<html><body><div style=\"font-family:Calibri,sans-serif\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n"
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 43: podcast recording


@reg(family="podcast", lang="pt", interview=False, company=None,
     days=(("Wed", "2026-09-02"),),
     note="Podcast host confirms a recording ('entrevista' about his career) on quarta-feira 02/09 at 19h: a fixed time, but Rafael is the guest of a podcast, not a job candidate. Company null.")
def podcast_dados_na_mesa():
    when = "2026-08-27 21:03:18"
    body = t("""
        Fala, Rafael!

        Valeu demais por topar participar do Dados na Mesa! Fica confirmada a
        gravação na quarta-feira, 02/09, às 19h, pelo Riverside (o link vai no
        convite que te mando amanhã).

        A ideia é uma entrevista bem descontraída de uns 50 minutos sobre a sua
        trajetória: da análise de dados na transportadora até a engenharia de
        dados na Cambuci, a migração para o lakehouse e as dicas para quem está
        fazendo a transição de carreira. Se puder, use fone com microfone e grave
        de um lugar silencioso.

        O episódio deve sair no fim de setembro.

        Abraço,
        Thiago Bastos
        Host | Dados na Mesa - o podcast de dados do Brasil
        """)
    msgid = "<CAK1rZp6vN2sXu9wQe3dTb7mLc0yHf4oJg8aWi5nRkE2tPq9Y_mQ@mail.gmail.com>"
    hs = head(addr("Thiago Bastos", "thiago@dadosnamesa.com.br"),
              "Gravação Dados na Mesa - confirmada!", when, SP, msgid,
              "from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 44: mock interview booked through Calendly


@reg(family="mock_interview", lang="pt", interview=False, company=None,
     days=(("Sat", "2026-06-27"),),
     note="Calendly booking (Portuguese) for a 'Simulação de entrevista técnica' with a mentor: confirmed time and even an ICS, but a practice session, not a job interview. Company null.")
def mentoria_simulacao():
    when = "2026-06-22 12:40:09"
    body = t("""
        Olá, Rafael Costa,

        Seu evento foi agendado.

        Nome do evento:
        Simulação de entrevista técnica - Engenharia de Dados (mentoria)

        Data/hora do evento:
        10:00 - 10:50, sábado, 27 de junho de 2026 (Horário de Brasília)

        Local:
        Zoom - o link será enviado pela mentora

        Organizador:
        Carolina Dias

        Observações do convidado:
        Quero treinar system design de pipelines e perguntas comportamentais para
        vagas sênior em empresas gringas.

        Reagendar: https://calendly.com/reschedulings/b81d3c57-02ea-4f9e-a1c6-5e7d9f02b3a8
        Cancelar: https://calendly.com/cancellations/b81d3c57-02ea-4f9e-a1c6-5e7d9f02b3a8

        Desenvolvido por Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:b81d3c57-02ea-4f9e-a1c6-5e7d9f02b3a8@calendly.com
        DTSTAMP:20260622T154009Z
        DTSTART:20260627T130000Z
        DTEND:20260627T135000Z
        SUMMARY:Simulação de entrevista técnica - Engenharia de Dados (mentoria)
        ORGANIZER;CN=Carolina Dias:mailto:carolina.dias@mentoriadados.com.br
        ATTENDEE;CN=Rafael Costa;PARTSTAT=ACCEPTED:mailto:rafael.costa@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<ev.b81d3c57.invitee.confirm@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Simulação de entrevista técnica - Engenharia de Dados (mentoria) com Carolina Dias em sábado, 27 de junho de 2026",
              when, SP, msgid, "from o3.sg.calendly.com (o3.sg.calendly.com [149.72.134.208])",
              extra=(("Reply-To", addr("Carolina Dias", "carolina.dias@mentoriadados.com.br")),))
    return message(hs, mixed(text(body), ics_att(ics)))


# ---------------------------------------------------------------- 45: webinar registration (Zoom)


@reg(family="marketing_webinar", lang="en", interview=False, company=None,
     days=(("Thu", "2026-10-08"),),
     note="Zoom webinar registration confirmation, 'How to ace the data engineering system design interview', Thursday October 8 1:00 PM ET: a confirmed time for a marketing webinar, not an interview. Company null.")
def streamforge_webinar():
    when = "2026-10-01 16:27:45"
    body = t("""
        Hi Rafael,

        Thank you for registering for "How to Ace the Data Engineering System
        Design Interview".

        Date & Time: Oct 8, 2026 01:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://streamforge.zoom.us/w/98311740552?tk=Q0x4_abcR2pL

        Add to calendar:
        https://streamforge.zoom.us/webinar/tJ0vcuCrqz8iHdZ/ics
        https://streamforge.zoom.us/webinar/tJ0vcuCrqz8iHdZ/calendar/google/add

        Panelists: Mei Tanaka (Staff Data Engineer), Rob Ellison (Head of
        Developer Relations, Streamforge).

        You can cancel your registration at any time.

        Streamforge - real-time pipelines without the pager.
        """)
    msgid = "<ZdP7Qe1lS8m2vWbR0kH4Yw@zoom.us>"
    hs = head(addr("Streamforge", "no-reply@zoom.us"),
              "Streamforge Webinar Registration Approved: How to Ace the Data Engineering System Design Interview",
              when, "America/New_York", msgid, "from o4.zoom.us (o4.zoom.us [170.114.10.84])",
              extra=(("Reply-To", addr("Streamforge Events", "events@streamforge.io")),))
    return message(hs, text(body, cte="7bit"))


# ---------------------------------------------------------------- 46: meetup "bate-papo" (Sympla)


@reg(family="meetup", lang="pt", interview=False, company=None,
     days=(("Tue", "2026-11-17"),),
     note="Sympla ticket confirmation for a community meetup with a 'bate-papo' about careers and interviews in data, terça 17/11 19h: fixed time, not a job interview. Company null.")
def sympla_meetup():
    when = "2026-11-09 18:55:21"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;background:#f0f0f5;color:#2b2b2b">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#0097ff;color:#fff;padding:18px 28px;font-size:20px">Inscrição confirmada!</td></tr>
        <tr><td style="padding:24px 28px;font-size:14px;line-height:21px">
        <p>Olá, Rafael!</p>
        <p>Sua inscrição no evento abaixo está confirmada. Apresente o QR Code do ingresso na entrada.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#777">Evento</td><td><b>Data Engineering SP #32 - Bate-papo: carreira, entrevistas e mercado de dados em 2027</b></td></tr>
        <tr><td style="color:#777">Data</td><td>terça-feira, 17 de novembro de 2026, 19h00 às 22h00</td></tr>
        <tr><td style="color:#777">Local</td><td>Espaço Ibirapitanga - Av. Paulista, 1842, 12º andar, São Paulo - SP</td></tr>
        <tr><td style="color:#777">Ingresso</td><td>Gratuito - Pedido nº 98817340</td></tr>
        </table>
        <p>Vai ter pizza e networking depois do bate-papo. Se não puder ir, cancele a inscrição para liberar a vaga para outra pessoa.</p>
        <p><a href="https://www.sympla.com.br/meus-ingressos/98817340">Ver meu ingresso</a></p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:11px;color:#999">Sympla Internet Soluções S.A. - Você recebeu este e-mail porque se inscreveu em um evento na Sympla.</td></tr>
        </table></body></html>
        """)
    msgid = "<98817340.20261109215521@mail.sympla.com.br>"
    hs = head(addr("Sympla", "noreply@sympla.com.br"),
              "Inscrição confirmada: Data Engineering SP #32 - Bate-papo: carreira, entrevistas e mercado de dados em 2027",
              when, SP, msgid, "from mta-05.mail.sympla.com.br (mta-05.mail.sympla.com.br [34.95.131.77])")
    return message(hs, html(page, cte="base64"))


# ---------------------------------------------------------------- 47: rejection, voseo


@reg(family="rejection", lang="es", interview=False, company="Quebracho Labs",
     note="Rejection in voseo after the technical interview ('decidimos avanzar con otra persona'). Company = sender's employer.")
def quebracho_rechazo():
    when = "2026-07-02 16:44:09"
    body = t("""
        Hola Rafa, ¿cómo estás?

        Te quería escribir personalmente antes de que te llegue cualquier mail
        automático. Estuvimos dando muchas vueltas con Nicolás y Pilar, y al
        final decidimos avanzar con otra persona que tiene más experiencia con
        el stack de streaming que estamos armando.

        Nos encantó charlar con vos y el ejercicio de SQL lo resolviste muy bien,
        así que si se abre algo más cercano a tu perfil, te aviso sin dudarlo.

        Gracias por el tiempo y mucha suerte con la búsqueda.

        Abrazo grande,
        Lucía

        --
        Lucía Benítez
        Talent Acquisition | Quebracho Labs
        """)
    msgid = "<CAJm8xQ5cR3t8uWkYzV1dA6nL2fX7gEqMj4bSpO9zVk0nQwF_rA@mail.gmail.com>"
    hs = head(addr("Lucía Benítez", "lucia.benitez@quebracholabs.com.ar"),
              "Re: Entrevista técnica - Quebracho Labs", when, "America/Argentina/Buenos_Aires", msgid,
              "from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 48: Buk application receipt (Chile)


@reg(family="application_ack", lang="es", interview=False, company="Lenga Retail",
     note="Buk 'recibimos tu postulación' receipt from a Santiago retailer; the selection stages ('entrevista con el equipo') are described in general, no time. Company = the employer.")
def lenga_buk():
    when = "2026-03-24 15:31:48"
    body = t("""
        Hola Rafael,

        ¡Gracias por postular a Data Engineer Senior en Lenga Retail!

        Recibimos tu postulación correctamente. Nuestro equipo de Personas la
        revisará en los próximos días. El proceso de selección considera:

        1. Revisión curricular
        2. Entrevista con el equipo de Personas
        3. Entrevista técnica con el equipo de Datos
        4. Entrevista final con la gerencia

        Si tu perfil avanza, te contactaremos por este medio para coordinar la
        siguiente etapa.

        Saludos cordiales,
        Equipo de Personas - Lenga Retail

        Este correo fue enviado automáticamente a través de Buk. Por favor no
        respondas a este mensaje.
        """)
    msgid = "<6601b4e2f9c3a.lenga.postulacion.20260324@buk.cl>"
    hs = head(addr("Lenga Retail", "no-reply@buk.cl"),
              "Recibimos tu postulación - Data Engineer Senior", when, "America/Santiago", msgid,
              "from mail.buk.cl (mail.buk.cl [54.94.151.22])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 49: Sólides stage update, no time yet


@reg(family="stage_update", lang="pt", interview=False, company="Sapucaia Agro",
     note="Sólides stage update: 'você avançou para a etapa Entrevista com RH' and 'em breve a recrutadora entrará em contato para combinar data e horário' - no time. Company = the employer.")
def sapucaia_solides():
    when = "2026-09-09 14:17:36"
    body = t("""
        Olá, Rafael Costa!

        Temos novidades sobre a sua candidatura para a vaga Engenheiro(a) de
        Dados Sênior na Sapucaia Agro (Uberlândia - MG / remoto).

        Você avançou para a etapa: Entrevista com RH

        Em breve a recrutadora responsável entrará em contato para combinar a
        data e o horário da conversa. Fique de olho no seu e-mail e no WhatsApp!

        Acompanhe o processo em: https://sapucaiaagro.vagas.solides.com.br/minhas-candidaturas

        Boa sorte!
        Sapucaia Agro - via Sólides Vagas
        """)
    msgid = "<20260909171736.a3f09c21@mailer.solides.com.br>"
    hs = head(addr("Sapucaia Agro | Sólides Vagas", "naoresponda@solides.com.br"),
              "Você avançou no processo seletivo - Engenheiro(a) de Dados Sênior", when, SP, msgid,
              "from mailer.solides.com.br (mailer.solides.com.br [18.229.74.60])")
    return message(hs, text(body))


# ---------------------------------------------------------------- 50: newsletter about interviews


@reg(family="newsletter_tips", lang="pt", interview=False, company=None,
     days=(("Thu", "2026-07-23"),),
     note="Data-career newsletter (Substack-style, List-Unsubscribe) about the questions that come up in technical interviews; mentions a live Q&A on quinta, 23/07 - confirms no interview. Company null.")
def newsletter_dados_em_pauta():
    when = "2026-07-14 07:00:12"
    body = t("""
        Dados em Pauta #87
        As 12 perguntas que mais caem em entrevista técnica de engenharia de dados

        Oi, pessoal!

        Nas últimas semanas conversei com 30 pessoas que passaram por processos
        seletivos para engenharia de dados no Brasil e lá fora. Juntei as
        perguntas que mais apareceram nas entrevistas técnicas:

        1. Como você garantiria idempotência em um pipeline batch?
        2. Qual a diferença entre particionamento e clusterização no BigQuery?
        3. Como você trataria late-arriving data em streaming?
        4. Quando usar SCD tipo 2 e quando não vale a pena?
        ...

        A lista completa, com o que os entrevistadores esperam ouvir em cada
        resposta, está no post: https://dadosempauta.substack.com/p/12-perguntas-entrevista-tecnica

        Ao vivo: na quinta, 23/07, às 20h, faço um Q&A aberto no YouTube sobre
        entrevistas para vagas gringas. Link no post.

        Até a próxima,
        Aline Ferraz

        Você está recebendo este e-mail porque assinou Dados em Pauta.
        Cancelar assinatura: https://dadosempauta.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4
        """)
    msgid = "<20260714100012.3.b9d0e7c1a4f25163@mg1.substack.com>"
    hs = head(addr("Dados em Pauta", "dadosempauta@substack.com"),
              "As 12 perguntas que mais caem em entrevista técnica de engenharia de dados", when, SP, msgid,
              "from mg-b.substack.com (mg-b.substack.com [159.135.224.21])",
              extra=(("List-Unsubscribe", "<https://dadosempauta.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4>, <mailto:unsubscribe@substack.com>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "<dadosempauta.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))
