# case: lane-graph convolution builds a CSR successor matrix from indptr/indices inputs and aggregates with CSRTensor.mm -> sparse CSR tensor in construct, expect error or special handling
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneGraphConfig:
    def __init__(self, hidden_size=32, residual=True):
        self.hidden_size = hidden_size
        self.residual = residual


class SparseLaneConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.residual = config.residual
        self.lin = nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, nodes, indptr, indices, values):
        n = nodes.shape[0]
        adj = ms.CSRTensor(indptr, indices, values, (n, n))
        msg = adj.mm(self.lin(nodes))
        out = nodes + msg if self.residual else msg
        return self.norm(ops.relu(out))


def make():
    np.random.seed(17)
    nodes = Tensor(np.random.randn(6, 32).astype(np.float32))
    indptr = Tensor(np.array([0, 1, 2, 3, 4, 5, 5], dtype=np.int32))
    indices = Tensor(np.array([1, 2, 3, 4, 5], dtype=np.int32))
    values = Tensor(np.ones(5, dtype=np.float32))
    return SparseLaneConv(LaneGraphConfig()), (nodes, indptr, indices, values)
