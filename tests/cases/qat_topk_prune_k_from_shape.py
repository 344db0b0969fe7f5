# case: top-k magnitude pruning where k = numel * (1 - sparsity) computed from the weight's static shape and a config sparsity -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TopKMagnitudePruner(nn.Cell):
    def __init__(self, out_ch=8, in_ch=8, sparsity=0.75):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_ch, in_ch).astype(np.float32)), name="weight")
        self.sparsity = sparsity

    def _num_keep(self, w):
        numel = 1
        for d in w.shape:
            numel *= d
        return max(1, int(numel * (1.0 - self.sparsity)))

    def _mask(self, w):
        k = self._num_keep(w)
        flat = ops.abs(w).reshape(-1)
        values, _ = ops.topk(flat, k)
        return (ops.abs(w) >= values[-1]).astype(w.dtype)

    def construct(self, x):
        w = self.weight * self._mask(self.weight)
        return ops.matmul(x, w)


def make():
    np.random.seed(107)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return TopKMagnitudePruner(), (x,)
