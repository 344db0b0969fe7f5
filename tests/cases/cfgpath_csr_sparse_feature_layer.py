# case: linear layer over sparse bag-of-features builds a CSRTensor and calls .mm -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, XavierUniform


class SparseFeatureLinear(nn.Cell):
    def __init__(self, num_features=6, out_dim=3, num_rows=3):
        super().__init__()
        self.num_rows = num_rows
        self.num_features = num_features
        self._build_params(num_features, out_dim)

    def _build_params(self, num_features, out_dim):
        self.weight = Parameter(initializer(XavierUniform(), (num_features, out_dim), ms.float32),
                                name="weight")
        self.bias = Parameter(initializer("zeros", (out_dim,), ms.float32), name="bias")

    def construct(self, indptr, indices, values):
        feats = ms.CSRTensor(indptr, indices, values, (self.num_rows, self.num_features))
        out = feats.mm(self.weight)
        return out + self.bias


def make():
    np.random.seed(13)
    indptr = Tensor(np.array([0, 2, 3, 5], dtype=np.int32))
    indices = Tensor(np.array([0, 3, 1, 2, 5], dtype=np.int32))
    values = Tensor(np.random.rand(5).astype(np.float32))
    return SparseFeatureLinear(), (indptr, indices, values)
