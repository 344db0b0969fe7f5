# case: build a dense (host, port) connection-count matrix with tensor_scatter_add from a fixed-size edge list, then score hosts -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HostPortGraphScorer(nn.Cell):
    def __init__(self, num_hosts=6, num_ports=8):
        super().__init__()
        self.num_hosts = num_hosts
        self.num_ports = num_ports
        self.fc = nn.Dense(num_ports, 1)

    def build_matrix(self, indices, counts):
        base = ops.zeros((self.num_hosts, self.num_ports), ms.float32)
        return ops.tensor_scatter_add(base, indices, counts)

    def construct(self, indices, counts):
        dense = self.build_matrix(indices, counts)
        host_scores = ops.sigmoid(self.fc(ops.log1p(dense)))
        return host_scores.squeeze(-1)


def make():
    np.random.seed(16)
    idx = np.array([[0, 1], [0, 3], [2, 5], [3, 0], [5, 7], [4, 4]], dtype=np.int32)
    counts = np.random.randint(1, 50, size=(6,)).astype(np.float32)
    return HostPortGraphScorer(), (Tensor(idx), Tensor(counts))
