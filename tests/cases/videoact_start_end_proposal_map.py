# case: dense proposal confidence map = outer product of start and end probabilities masked to start<end with a triangular mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def valid_duration_mask(t, max_duration):
    s = np.arange(t)[:, None]
    e = np.arange(t)[None, :]
    m = (e > s) & (e - s <= max_duration)
    return m.astype(np.float32)


class DenseProposalScorer(nn.Cell):
    """Scores every (start, end) pair of a clip; invalid pairs get zero."""

    def __init__(self, feat_dim=8, clip_len=10, max_duration=5):
        super().__init__()
        self.boundary = nn.Dense(feat_dim, 2)
        self.mask = Tensor(valid_duration_mask(clip_len, max_duration))

    def construct(self, feats):
        # feats: (B, T, C)
        se = ops.sigmoid(self.boundary(feats))
        start, end = se[..., 0], se[..., 1]
        pmap = start.expand_dims(2) * end.expand_dims(1)
        pmap = pmap * self.mask
        best = pmap.reshape(pmap.shape[0], -1).argmax(-1)
        t = feats.shape[1]
        return pmap, ops.stack((best // t, best % t), axis=-1)


def make():
    np.random.seed(32)
    feats = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    return DenseProposalScorer(), (feats,)
