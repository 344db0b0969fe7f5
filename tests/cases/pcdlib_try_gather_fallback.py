# case: grouping helper wraps its neighbour gather in try/except and falls back to the centre features on failure -> error (try statement in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroupConfig:
    def __init__(self, k=8, hidden=16, safe_gather=True):
        self.k = k
        self.hidden = hidden
        self.safe_gather = safe_gather


def knn_idx(xyz, k):
    d = (xyz.expand_dims(2) - xyz.expand_dims(1)).pow(2).sum(-1)
    return ops.topk(-d, k, dim=-1)[1]


class SafeGrouper(nn.Cell):
    def __init__(self, config, in_channels):
        super().__init__()
        self.k = config.k
        self.safe_gather = config.safe_gather
        self.mlp = nn.Dense(in_channels, config.hidden)

    def _gather(self, feats, idx):
        b, n, k = idx.shape
        c = feats.shape[-1]
        out = ops.gather_elements(feats, 1, ops.tile(idx.reshape(b, -1, 1), (1, 1, c)))
        return out.reshape(b, n, k, c)

    def construct(self, xyz, feats):
        idx = knn_idx(xyz, self.k)
        if self.safe_gather:
            try:
                grouped = self._gather(feats, idx)
            except (ValueError, RuntimeError):
                grouped = ops.tile(feats.expand_dims(2), (1, 1, self.k, 1))
        else:
            grouped = self._gather(feats, idx)
        return ops.relu(self.mlp(grouped)).max(axis=2)


def make():
    np.random.seed(3506)
    xyz = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 32, 6).astype(np.float32))
    return SafeGrouper(GroupConfig(), 6), (xyz, feats)
