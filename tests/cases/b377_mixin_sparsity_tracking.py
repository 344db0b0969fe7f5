# case: pruning mixin's _track_sparsity helper, enabled via getattr(self, "track_sparsity", True), counts zero weights with .asnumpy() and np.count_nonzero and returns the ratio alongside the output -> expected error or fallback (.asnumpy() in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SparsityTrackingMixin:
    def _track_sparsity(self, weight):
        if getattr(self, "track_sparsity", True):
            w = weight.asnumpy()
            return Tensor(1.0 - np.count_nonzero(w) / w.size, ms.float32)
        return Tensor(0.0, ms.float32)


class PrunableDense(nn.Dense, SparsityTrackingMixin):
    def __init__(self, in_channels, out_channels, mask=None):
        super().__init__(in_channels, out_channels)
        if mask is None:
            mask = np.ones((out_channels, in_channels), np.float32)
        self.weight_mask = Parameter(Tensor(mask), name="weight_mask", requires_grad=False)

    def construct(self, x):
        w = self.weight * self.weight_mask
        y = ops.matmul(x, w.T) + self.bias
        return y, self._track_sparsity(w)


def make():
    np.random.seed(3799)
    mask = (np.random.rand(8, 16) > 0.4).astype(np.float32)
    cell = PrunableDense(16, 8, mask=mask)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
