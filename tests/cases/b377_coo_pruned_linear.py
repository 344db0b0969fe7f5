# case: compressed linear layer stores its pruned weight as a COOTensor (fixed indices, trainable values) built in construct and densifies it for the matmul -> expected error or static (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def random_sparse_pattern(rows, cols, density):
    nnz = max(1, int(rows * cols * density))
    flat = np.sort(np.random.choice(rows * cols, nnz, replace=False))
    return np.stack([flat // cols, flat % cols], axis=1).astype(np.int32)


class SparseLinear(nn.Cell):
    def __init__(self, in_features, out_features, density=0.25, has_bias=True):
        super().__init__()
        self.shape = (out_features, in_features)
        idx = random_sparse_pattern(out_features, in_features, density)
        self.indices = Tensor(idx)
        self.values = Parameter(Tensor(np.random.randn(idx.shape[0]).astype(np.float32) * 0.1), name="values")
        self.bias = Parameter(Tensor(np.zeros(out_features, np.float32)), name="bias") if has_bias else None

    def construct(self, x):
        w = ms.COOTensor(self.indices, self.values, self.shape)
        y = ops.matmul(x, w.to_dense().T)
        if self.bias is not None:
            y = y + self.bias
        return y


def make():
    np.random.seed(3793)
    cell = SparseLinear(16, 8)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
