# case: unsorted event packets re-ordered by timestamp with ops.sort then exponential decay features -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedDecayFeatures(nn.Cell):
    def __init__(self, tau=0.2, feat_dim=6):
        super().__init__()
        self.tau = tau
        self.proj = nn.Dense(4, feat_dim)

    def _sort_by_time(self, events):
        ts = events[:, :, 2]
        _, order = ops.sort(ts, axis=-1)
        order = order.expand_dims(-1).broadcast_to(events.shape)
        return ops.gather_elements(events, 1, order.astype(ms.int32))

    def construct(self, events):
        events = self._sort_by_time(events)
        t_last = events[:, -1:, 2]
        decay = ops.exp(-(t_last - events[:, :, 2]) / self.tau)
        feats = self.proj(events) * decay.expand_dims(-1)
        return feats.sum(axis=1)


def make():
    rng = np.random.default_rng(26)
    events = Tensor(rng.random((2, 10, 4)).astype(np.float32))
    return SortedDecayFeatures(), (events,)
