# case: top-k gradient sparsification where k is the count of entries above a density threshold -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityTopKCompressor(nn.Cell):
    """Keeps the largest-magnitude gradient entries; k adapts to gradient density."""

    def __init__(self, density_threshold=0.5, min_k=1):
        super().__init__()
        self.density_threshold = density_threshold
        self.min_k = min_k

    def _adaptive_k(self, flat_abs):
        above = (flat_abs > self.density_threshold).astype(ms.int32)
        k = above.sum()
        return ops.maximum(k, self.min_k)

    def construct(self, grad):
        flat = grad.reshape(-1)
        k = self._adaptive_k(ops.abs(flat))
        values, indices = ops.topk(ops.abs(flat), int(k))
        kept = ops.gather(flat, indices, 0)
        return kept, indices


def make():
    np.random.seed(0)
    g = Tensor(np.random.randn(4, 8).astype(np.float32))
    return DensityTopKCompressor(), (g,)
