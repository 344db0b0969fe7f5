# case: pruned dense layer that packs its surviving weights into a COOTensor for a sparse matmul -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, COOTensor


class SparsePrunedLinear(nn.Cell):
    def __init__(self, in_features=8, out_features=6, threshold=0.05):
        super().__init__()
        w = np.random.randn(out_features, in_features).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="weight")
        self.threshold = threshold
        self.shape = (out_features, in_features)

    def _to_sparse(self):
        mask = ops.abs(self.weight) > self.threshold
        indices = ops.nonzero(mask).astype(ms.int32)
        values = ops.gather_nd(self.weight, indices)
        return COOTensor(indices, values, self.shape)

    def construct(self, x):
        sp = self._to_sparse()
        # y^T = W_sparse @ x^T
        out_t = sp.to_dense() @ x.T
        return out_t.T


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return SparsePrunedLinear(), (x,)
