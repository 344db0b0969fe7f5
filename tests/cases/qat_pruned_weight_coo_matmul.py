# case: exporter converts the magnitude-pruned weight to a COOTensor from nonzero indices and multiplies densely -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SparseExportLinear(nn.Cell):
    def __init__(self, in_features=8, out_features=6, sparsity_thr=0.5):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32)),
                                name="weight")
        self.sparsity_thr = sparsity_thr

    def to_sparse(self):
        mask = ops.abs(self.weight) > self.sparsity_thr
        indices = ops.nonzero(mask).astype(ms.int32)
        values = ops.gather_nd(self.weight, indices)
        return ms.COOTensor(indices, values, self.weight.shape)

    def construct(self, x):
        sp = self.to_sparse()
        w_dense = sp.to_dense()
        return ops.matmul(x, w_dense.T)


def make():
    np.random.seed(11)
    net = SparseExportLinear()
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return net, (x,)
