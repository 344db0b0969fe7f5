# case: patient-similarity graph message passing with a CSRTensor passed in as input and SpMM inside construct -> compile error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConv(nn.Cell):
    def __init__(self, in_dim, out_dim, self_loop=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.self_loop = self_loop

    def construct(self, adj, h):
        msg = adj.mm(h)
        if self.self_loop:
            msg = msg + h
        return ops.relu(self.fc(msg))


class PatientGraphModel(nn.Cell):
    def __init__(self, in_dim=5, hidden=8):
        super().__init__()
        self.conv1 = GraphConv(in_dim, hidden)
        self.conv2 = GraphConv(hidden, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, adj, feats):
        h = self.conv2(adj, self.conv1(adj, feats))
        return ops.sigmoid(self.out(h)).squeeze(-1)


def make():
    np.random.seed(21)
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([1, 2, 0, 0, 3, 2], np.int32))
    values = Tensor(np.array([0.5, 0.5, 1.0, 0.5, 0.5, 1.0], np.float32))
    adj = ms.CSRTensor(indptr, indices, values, (4, 4))
    feats = Tensor(np.random.randn(4, 5).astype(np.float32))
    return PatientGraphModel(), (adj, feats)
