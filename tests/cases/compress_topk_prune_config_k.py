# case: keep-ratio pruning that keeps the top-k weights per output row with k fixed from the config in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowTopKPrunedDense(nn.Cell):
    def __init__(self, in_features=12, out_features=5, keep_ratio=0.25):
        super().__init__()
        self.dense = nn.Dense(in_features, out_features)
        self.k = max(1, int(round(in_features * keep_ratio)))

    def _row_mask(self, w):
        vals, _ = ops.topk(ops.abs(w), self.k)
        kth = vals[:, -1:]
        return (ops.abs(w) >= kth).astype(w.dtype)

    def construct(self, x):
        w = self.dense.weight
        mask = ops.stop_gradient(self._row_mask(w))
        return ops.matmul(x, (w * mask).T) + self.dense.bias


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(2, 12).astype(np.float32))
    return RowTopKPrunedDense(), (x,)
