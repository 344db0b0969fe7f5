# case: magnitude pruning builds a fixed-shape mask with a threshold and applies it with ops.select, reporting sparsity as mask mean -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ThresholdPrunedDense(nn.Cell):
    def __init__(self, in_features=12, out_features=6, threshold=0.1, report_sparsity=True):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32) * 0.15),
                                name="weight")
        self.threshold = threshold
        self.report_sparsity = report_sparsity

    def _masked_weight(self):
        keep = ops.abs(self.weight) >= self.threshold
        w = ops.select(keep, self.weight, ops.zeros_like(self.weight))
        return w, keep

    def construct(self, x):
        w, keep = self._masked_weight()
        y = ops.matmul(x, w.T)
        if self.report_sparsity:
            sparsity = 1.0 - keep.astype(ms.float32).mean()
            return y, sparsity
        return y, ops.zeros((), ms.float32)


def make():
    np.random.seed(106)
    x = Tensor(np.random.randn(3, 12).astype(np.float32))
    return ThresholdPrunedDense(), (x,)
