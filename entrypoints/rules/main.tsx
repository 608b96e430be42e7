import { render } from 'preact';
import { i18n } from '#i18n';
import { lang } from '@/lib/ui/lang';
import { RulesApp } from '@/components/rules/RulesApp';
import '@/components/rules/rules.css';

document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('rules.title');
render(<RulesApp />, document.getElementById('app')!);
// Rendered after load: the browser's own jump to #anchor came too early.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView();
