# case: pruned linear layer whose helper reports mean magnitude of surviving weights via masked_select -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MagnitudePrunedDense(nn.Cell):
    def __init__(self, in_features=16, out_features=8, sparsity=0.5):
        super().__init__()
        w = np.random.randn(out_features, in_features).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="weight")
        self.bias = Parameter(Tensor(np.zeros(out_features, np.float32)), name="bias")
        self.sparsity = sparsity

    def _mask(self):
        mag = ops.abs(self.weight)
        thresh = mag.mean() * (2.0 * self.sparsity)
        return mag > thresh

    def _surviving_magnitude(self, mask):
        # logging statistic: how large are the weights that survive pruning?
        alive = ops.masked_select(self.weight, mask)
        return ops.abs(alive).mean()

    def construct(self, x):
        mask = self._mask()
        w = self.weight * mask.astype(self.weight.dtype)
        out = ops.matmul(x, w.T) + self.bias
        return out, self._surviving_magnitude(mask)


def make():
    np.random.seed(1)
    net = MagnitudePrunedDense()
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return net, (x,)
