# case: brood frame scoring keeps occupied comb cells as a CSRTensor passed in and multiplies it with a cell-weight vector -> sparse tensor as graph input (support uncertain)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseFrameScore(nn.Cell):
    def __init__(self, n_cols=5):
        super().__init__()
        w = np.linspace(0.5, 1.5, n_cols).astype(np.float32).reshape(n_cols, 1)
        self.col_weight = Tensor(w)

    def construct(self, indptr, indices, values):
        occupied = ms.CSRTensor(indptr, indices, values, (4, 5))
        row_score = occupied.mv(self.col_weight)
        return row_score.sum()


def make():
    np.random.seed(53)
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([0, 3, 1, 2, 4, 0], np.int32))
    values = Tensor(np.random.rand(6).astype(np.float32))
    return SparseFrameScore(), (indptr, indices, values)
