# case: decentralised FL gossip step builds the sparse client mixing matrix as an ms.CSRTensor in construct and multiplies the stacked client parameters by it -> sparse tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_topology(num_clients, self_weight=0.5):
    indptr, indices, values = [0], [], []
    for i in range(num_clients):
        nbrs = sorted({(i - 1) % num_clients, i, (i + 1) % num_clients})
        for j in nbrs:
            indices.append(j)
            values.append(self_weight if j == i else (1.0 - self_weight) / 2)
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32), np.array(values, np.float32))


class GossipConfig:
    num_clients = 6
    self_weight = 0.5


class GossipAverage(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.num_clients
        indptr, indices, values = ring_topology(config.num_clients, config.self_weight)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)

    def construct(self, client_params):
        mixing = ms.CSRTensor(self.indptr, self.indices, self.values, (self.n, self.n))
        return mixing.mm(client_params)


def make():
    np.random.seed(35)
    gossip = GossipAverage(GossipConfig())
    return gossip, (Tensor(np.random.randn(6, 12).astype(np.float32)),)
