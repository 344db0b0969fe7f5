# case: build a sparse COOTensor of (host, port) connection counts inside construct and convert it to dense for a scoring layer -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class HostPortGraphScorer(nn.Cell):
    def __init__(self, num_hosts=6, num_ports=8):
        super().__init__()
        self.shape = (num_hosts, num_ports)
        self.fc = nn.Dense(num_ports, 1)

    def construct(self, indices, counts):
        sparse = COOTensor(indices, counts, self.shape)
        dense = sparse.to_dense()
        host_scores = ops.sigmoid(self.fc(ops.log1p(dense)))
        return host_scores.squeeze(-1)


def make():
    np.random.seed(16)
    idx = np.array([[0, 1], [0, 3], [2, 5], [3, 0], [5, 7], [4, 4]], dtype=np.int32)
    counts = np.random.randint(1, 50, size=(6,)).astype(np.float32)
    return HostPortGraphScorer(), (Tensor(idx), Tensor(counts))
