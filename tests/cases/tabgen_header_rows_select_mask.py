# case: scores rows as headers and zeroes non-header rows with ops.select over a fixed-size mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeaderRowGate(nn.Cell):
    def __init__(self, feat_dim=16, threshold=0.5):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)
        self.threshold = threshold

    def row_features(self, cells):
        return cells.mean(axis=1)

    def construct(self, cells):
        feats = self.row_features(cells)
        scores = ops.sigmoid(self.proj(feats)).squeeze(-1)
        is_header = scores > self.threshold
        gated = ops.select(is_header, scores, ops.zeros_like(scores))
        num_headers = is_header.astype(ms.int32).sum()
        return gated, num_headers


def make():
    np.random.seed(1)
    cells = Tensor(np.random.randn(8, 5, 16).astype(np.float32))
    return HeaderRowGate(), (cells,)
