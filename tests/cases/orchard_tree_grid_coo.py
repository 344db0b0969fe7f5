# case: store the sparse map of missing/replanted trees as a COOTensor and convert it to a dense block mask -> sparse tensor inside construct, Graph mode may reject on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReplantGapMap(nn.Cell):
    def __init__(self, rows=10, trees_per_row=12):
        super().__init__()
        self.shape = (rows, trees_per_row)

    def construct(self, gap_indices, gap_age_years, row_yield):
        gaps = ms.COOTensor(gap_indices, gap_age_years, self.shape)
        dense_age = gaps.to_dense()
        # young replants yield little for 3 years
        penalty = ops.clip_by_value(1.0 - dense_age / 3.0, 0.0, 1.0)
        penalty = penalty * (dense_age > 0).astype(ms.float32)
        return (row_yield * (1.0 - penalty)).sum(axis=1)


def make():
    np.random.seed(51)
    idx = np.array([[0, 3], [2, 7], [4, 1], [7, 11], [9, 5]], dtype=np.int32)
    age = np.array([1.0, 2.0, 0.5, 4.0, 1.5], dtype=np.float32)
    row_yield = (np.random.rand(10, 12) * 40).astype(np.float32)
    return ReplantGapMap(), (Tensor(idx), Tensor(age), Tensor(row_yield))
