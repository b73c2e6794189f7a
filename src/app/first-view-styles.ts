// Every stylesheet the prerendered page needs before its code arrives: the header, the panel with
// its filters and list, an enterprise page's card, the map and its notices. They go into the one
// stylesheet index.html links. Dialogs, other data's table and the export buttons are drawn only
// after a reader asks for them, so their styles travel with their code (issue #9's first view).
import '../map/map-styles'
import './app.css'
import './layout.css'
import './header.css'
import './panel.css'
import '../ui/alert.css'
import '../ui/filters.css'
import '../ui/search-box.css'
import '../ui/tour-summary.css'
import '../ui/precision-legend.css'
import '../ui/enterprise-list.css'
import '../ui/enterprise-card.css'
