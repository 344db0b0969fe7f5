# case: scores each table row as a header and keeps only the header-row scores with masked_select -> dynamic shape output in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeaderRowScorer(nn.Cell):
    def __init__(self, feat_dim=16, threshold=0.5):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)
        self.threshold = threshold

    def row_features(self, cells):
        # cells: (rows, cols, feat) -> mean over columns
        return cells.mean(axis=1)

    def construct(self, cells):
        feats = self.row_features(cells)
        scores = ops.sigmoid(self.proj(feats)).squeeze(-1)
        is_header = scores > self.threshold
        header_scores = ops.masked_select(scores, is_header)
        return header_scores


def make():
    np.random.seed(0)
    cells = Tensor(np.random.randn(8, 5, 16).astype(np.float32))
    return HeaderRowScorer(), (cells,)
