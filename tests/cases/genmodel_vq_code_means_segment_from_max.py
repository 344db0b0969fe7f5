# case: VQ k-means codebook refresh summing encodings per code with unsorted_segment_sum sized by idx.max()+1 -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KMeansCodebookUpdate(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def assign(self, x, codebook):
        dist = ops.cdist(x, codebook)
        return ops.argmin(dist, axis=1).astype(ms.int32)

    def construct(self, x, codebook):
        idx = self.assign(x, codebook)
        num_used = idx.max() + 1
        sums = ops.unsorted_segment_sum(x, idx, num_used)
        counts = ops.unsorted_segment_sum(ops.ones_like(idx).astype(ms.float32), idx, num_used)
        means = sums / (counts.expand_dims(1) + self.eps)
        return means, counts


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(24, 3).astype(np.float32))
    codebook = Tensor(np.random.randn(8, 3).astype(np.float32))
    return KMeansCodebookUpdate(), (x, codebook)
