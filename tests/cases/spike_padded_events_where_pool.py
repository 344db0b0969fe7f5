# case: per-event MLP features pooled over variable-length padded event sets using length mask and ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventSetEncoder(nn.Cell):
    """PointNet-style encoder for event clouds padded to a fixed number of events."""

    def __init__(self, in_dim=4, hidden=16, pool="max"):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, hidden)])
        self.pool = pool

    def _valid_mask(self, lengths, max_events):
        pos = ops.arange(max_events).astype(ms.int32)
        return pos.reshape(1, -1) < lengths.reshape(-1, 1)

    def construct(self, events, lengths):
        b, n, _ = events.shape
        feats = self.mlp(events.reshape(b * n, -1)).reshape(b, n, -1)
        mask = self._valid_mask(lengths, n).expand_dims(-1)
        if self.pool == "max":
            neg = ops.full_like(feats, -1e9)
            pooled = ops.where(mask, feats, neg).max(axis=1)
        else:
            summed = ops.where(mask, feats, ops.zeros_like(feats)).sum(axis=1)
            pooled = summed / ops.maximum(lengths.reshape(-1, 1).astype(ms.float32), 1.0)
        return pooled


def make():
    np.random.seed(10)
    events = Tensor(np.random.rand(3, 12, 4).astype(np.float32))
    lengths = Tensor(np.array([12, 7, 3], np.int32))
    return EventSetEncoder(), (events, lengths)
