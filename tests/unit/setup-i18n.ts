// Every unit test sees the English messages, as the browser would give them (tools/i18n/messages.ts).
import { setMessageSource } from '../../extension/i18n';
import { messageSource } from '../../tools/i18n/messages';

setMessageSource(messageSource('en'));
