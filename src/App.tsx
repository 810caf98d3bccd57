import { useEffect, useLayoutEffect } from 'react';
import { carryOutHeldTap } from './early/holdTaps.ts';
import { reportStart } from './early/startReport.ts';
import { useGuide, useStrings } from './locale/store.ts';
import { useFollowLanguage } from './locale/useFollowLanguage.ts';
import { DETAILS_HIDDEN_CLASS, PAGE_HEADING_ID } from './links/domIds.ts';
import { useTargetItem } from './links/useTargetItem.ts';
import { DetailsToggle } from './components/DetailsToggle.tsx';
import { GuideSectionView } from './components/GuideSectionView.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { LiveAnnouncer } from './components/LiveAnnouncer.tsx';
import { Notice } from './components/Notice.tsx';
import { onDemand, onDemandWithText } from './components/onDemand.tsx';
import { FailsAlone, LoadsAlone } from './components/FailsAlone.tsx';
import { ProgressSummary } from './components/ProgressSummary.tsx';
import { StatusNotices } from './components/StatusNotices.tsx';
import { UndoNotice } from './components/UndoNotice.tsx';
import { UpdateNotice } from './components/UpdateNotice.tsx';
import { followOtherTabs } from './progress/storage.ts';
import { useViewing } from './progress/selectors.ts';
import { useProgress } from './progress/store.ts';
import { usePrefs } from './prefs/store.ts';
import { useManualCopy } from './status/manualCopy.ts';

// Loaded only when a progress link is opened, or a text could not be copied.
const IncomingProgress = onDemandWithText(() =>
  import('./components/IncomingProgress.tsx').then((m) => m.IncomingProgress),
);
const StepArrival = onDemandWithText(() => import('./components/StepArrival.tsx').then((m) => m.StepArrival));
const ViewingBanner = onDemandWithText(() => import('./components/ViewingBanner.tsx').then((m) => m.ViewingBanner));
const ManualCopyDialog = onDemand(() => import('./components/ManualCopyDialog.tsx').then((m) => m.ManualCopyDialog));

export function App() {
  const strings = useStrings();
  const guide = useGuide();
  useFollowLanguage();
  const [target, clearTarget, arrival] = useTargetItem();
  const targetId = target.kind === 'item' ? target.id : null;
  const showDetails = usePrefs((state) => state.showDetails);
  const viewing = useViewing();
  const copyRequest = useManualCopy((state) => state.request);

  // The page is the app's as soon as it is committed, so that no tap falls between the early script and the app.
  useLayoutEffect(() => {
    useProgress.getState().enter('app');
    carryOutHeldTap();
  }, []);

  useEffect(() => {
    reportStart(false);
    return followOtherTabs(useProgress, usePrefs);
  }, []);

  return (
    <>
      <header className="page-header">
        <FailsAlone>
          <LanguageSwitch />
        </FailsAlone>
        <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
          {guide.title}
        </h1>
        <p>{guide.intro}</p>
      </header>
      <main className={showDetails ? 'page-main' : `page-main ${DETAILS_HIDDEN_CLASS}`}>
        <UpdateNotice />
        <StatusNotices />
        {target.kind === 'unknown' && <Notice onDismiss={clearTarget}>{strings.link.notFound}</Notice>}
        {target.kind === 'progress' && (
          <LoadsAlone>
            <IncomingProgress fragment={target.fragment} onDone={clearTarget} />
          </LoadsAlone>
        )}
        {/* Each control and section fails alone: the rest of the page, and its boxes, carry on. */}
        <FailsAlone>
          <ProgressSummary />
        </FailsAlone>
        <UndoNotice />
        <FailsAlone>
          <DetailsToggle />
        </FailsAlone>
        {guide.sections.map((section, index) => (
          <FailsAlone key={section.id}>
            <GuideSectionView section={section} number={index + 1} targetId={targetId} />
          </FailsAlone>
        ))}
      </main>
      <footer className="page-footer">
        <p>{guide.summary}</p>
        <p className="page-footer__note">{strings.savedLocally}</p>
        <p className="page-footer__note">{strings.keepCopy}</p>
      </footer>
      {/* Lines kept at the foot of the screen: at the end of the page, they move nothing as they appear. */}
      <div className="pinned">
        {viewing !== null && (
          <LoadsAlone>
            <ViewingBanner viewing={viewing} />
          </LoadsAlone>
        )}
        {arrival !== null && (
          <LoadsAlone>
            <StepArrival key={arrival.id} {...arrival} />
          </LoadsAlone>
        )}
      </div>
      {copyRequest !== null && (
        <LoadsAlone>
          <ManualCopyDialog key={copyRequest.text} request={copyRequest} />
        </LoadsAlone>
      )}
      <LiveAnnouncer />
    </>
  );
}
