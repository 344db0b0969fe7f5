# case: concatenated event stream split per sample using per-sample counts, each padded to a fixed size -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VariableEventBatcher(nn.Cell):
    """Splits a flat event stream into samples and pads each to max_events events."""

    def __init__(self, max_events=12, feat_dim=3, hidden=6):
        super().__init__()
        self.max_events = max_events
        self.encoder = nn.Dense(feat_dim, hidden)

    def _pad(self, ev):
        missing = self.max_events - ev.shape[0]
        return ops.pad(ev, (0, 0, 0, missing))

    def construct(self, events, counts):
        chunks = ops.split(events, counts.tolist(), axis=0)
        padded = ops.stack([self._pad(c) for c in chunks])
        feats = self.encoder(padded)
        return feats.max(axis=1)


def make():
    rng = np.random.default_rng(39)
    counts = np.array([5, 9, 3], np.int32)
    events = Tensor(rng.random((int(counts.sum()), 3)).astype(np.float32))
    return VariableEventBatcher(), (events, Tensor(counts))
