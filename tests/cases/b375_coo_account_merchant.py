# case: account-merchant graph aggregation builds an ms.COOTensor adjacency from edge lists inside construct and densifies it to average merchant embeddings -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConfig:
    num_accounts = 6
    num_merchants = 9
    dim = 8
    add_self_loop = False


class MerchantGraphAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_accounts = config.num_accounts
        self.num_merchants = config.num_merchants
        self.add_self_loop = config.add_self_loop
        self._build_tables(config)

    def _build_tables(self, config):
        init = np.random.randn(config.num_merchants, config.dim).astype(np.float32) * 0.1
        self.merchant_emb = ms.Parameter(Tensor(init), name="merchant_emb")

    def _adjacency(self, edge_index, edge_weight):
        shape = (self.num_accounts, self.num_merchants)
        return ms.COOTensor(edge_index, edge_weight, shape)

    def construct(self, edge_index, edge_weight):
        adj = self._adjacency(edge_index, edge_weight).to_dense()
        deg = adj.sum(axis=1, keepdims=True) + 1e-6
        return ops.matmul(adj, self.merchant_emb) / deg


def make():
    np.random.seed(3759)
    edges = np.array([[0, 1], [0, 4], [1, 2], [2, 8], [3, 3], [4, 0], [5, 7], [5, 1]], np.int32)
    weights = np.random.rand(len(edges)).astype(np.float32)
    return MerchantGraphAggregator(GraphConfig()), (Tensor(edges), Tensor(weights))
