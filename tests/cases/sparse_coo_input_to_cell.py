# case: a Cell whose construct receives a COOTensor argument directly, reads .values/.indices/.shape, rescales the values and densifies; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseFeatureEncoder(nn.Cell):
    def __init__(self, num_features=6, hidden=4):
        super().__init__()
        self.weight = ms.Parameter(Tensor(np.random.randn(num_features, hidden).astype(np.float32)), name="w")
        self.log_scale = True

    def construct(self, features):
        values = features.values
        if self.log_scale:
            values = ops.log1p(values)
        rescaled = COOTensor(features.indices, values, features.shape)
        dense = rescaled.to_dense()
        rows = features.shape[0]
        out = ops.matmul(dense, self.weight)
        return out.reshape(rows, -1)


def make():
    idx = Tensor(np.array([[0, 1], [1, 3], [2, 5]], np.int32))
    val = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
    coo = COOTensor(idx, val, (3, 6))
    return SparseFeatureEncoder(), (coo,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
