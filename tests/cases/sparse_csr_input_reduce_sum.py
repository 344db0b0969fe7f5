# case: video tracklet graph passed as a CSRTensor input, degree computed with ops.csr reduce_sum via the CSRTensor sum method and used to normalise; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class Net(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, graph, feat):
        degree = graph.sum(1)
        h = self.fc(feat)
        agg = graph.mm(h)
        return agg / (degree + 1.0)


def make():
    indptr = Tensor(np.array([0, 1, 3, 4, 5], np.int32))
    indices = Tensor(np.array([1, 0, 2, 3, 0], np.int32))
    values = Tensor(np.ones(5, np.float32))
    graph = CSRTensor(indptr, indices, values, (4, 4))
    feat = Tensor(np.random.randn(4, 4).astype(np.float32))
    return Net(), (graph, feat)
