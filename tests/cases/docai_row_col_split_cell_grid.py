# case: turn predicted row/column split probabilities into per-pixel cell ids with cumsum and count cells with a fixed-depth one-hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SplitGridDecoder(nn.Cell):
    def __init__(self, max_rows=8, max_cols=8, thresh=0.5):
        super().__init__()
        self.max_rows = max_rows
        self.max_cols = max_cols
        self.thresh = thresh

    def band_ids(self, split_logits, max_bands):
        splits = (ops.sigmoid(split_logits) > self.thresh).astype(ms.int32)
        return ops.clamp(ops.cumsum(splits, 0), 0, max_bands - 1)

    def construct(self, row_split_logits, col_split_logits):
        r = self.band_ids(row_split_logits, self.max_rows)
        c = self.band_ids(col_split_logits, self.max_cols)
        cell_id = r[:, None] * self.max_cols + c[None, :]
        depth = self.max_rows * self.max_cols
        occ = ops.one_hot(cell_id.reshape(-1), depth, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        cell_area = occ.sum(axis=0)
        return cell_id, (cell_area > 0).astype(ms.int32).sum()


def make():
    np.random.seed(44)
    rows = Tensor(np.random.randn(20).astype(np.float32) - 1.0)
    cols = Tensor(np.random.randn(16).astype(np.float32) - 1.0)
    return SplitGridDecoder(), (rows, cols)
