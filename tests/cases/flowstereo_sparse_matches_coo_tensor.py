# case: converts confident matches into a sparse COO correspondence matrix and sums match scores per source pixel -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseMatcher(nn.Cell):
    def __init__(self, temperature=0.1, min_score=0.2):
        super().__init__()
        self.temperature = temperature
        self.min_score = min_score

    def affinity(self, f1, f2):
        c, n = f1.shape
        a = ops.matmul(f1.transpose(1, 0), f2) / (c ** 0.5)
        return ops.softmax(a / self.temperature, axis=-1)

    def construct(self, f1, f2):
        scores = self.affinity(f1, f2)
        idx = ops.nonzero(scores > self.min_score)
        vals = ops.gather_nd(scores, idx)
        sparse = ms.COOTensor(idx, vals, scores.shape)
        dense = sparse.to_dense()
        return dense.sum(axis=1)


def make():
    np.random.seed(8)
    f1 = Tensor(np.random.randn(4, 12).astype(np.float32))
    f2 = Tensor(np.random.randn(4, 12).astype(np.float32))
    return SparseMatcher(), (f1, f2)
