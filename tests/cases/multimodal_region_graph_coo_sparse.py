# case: scene-graph VQA aggregates region features over a COO adjacency built in construct from detected relation pairs -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class RegionGraphConv(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.self_fc = nn.Dense(dim, dim)
        self.nbr_fc = nn.Dense(dim, dim)

    def construct(self, x, adj):
        agg = ops.matmul(adj.to_dense(), x)
        return ops.relu(self.self_fc(x) + self.nbr_fc(agg))


class SceneGraphVQA(nn.Cell):
    def __init__(self, dim=16, num_answers=6):
        super().__init__()
        self.gcn = RegionGraphConv(dim)
        self.q = nn.Dense(dim, dim)
        self.cls = nn.Dense(dim, num_answers)

    def build_adj(self, pairs, weights, num_regions):
        return COOTensor(pairs, weights, (num_regions, num_regions))

    def construct(self, regions, rel_pairs, rel_scores, question):
        adj = self.build_adj(rel_pairs, rel_scores, regions.shape[0])
        h = self.gcn(regions, adj)
        return self.cls(h.mean(axis=0, keep_dims=True) * self.q(question))


def make():
    np.random.seed(31)
    net = SceneGraphVQA()
    regions = Tensor(np.random.randn(5, 16).astype(np.float32))
    pairs = Tensor(np.array([[0, 1], [1, 2], [3, 4], [4, 0]], np.int32))
    scores = Tensor(np.random.rand(4).astype(np.float32))
    q = Tensor(np.random.randn(1, 16).astype(np.float32))
    return net, (regions, pairs, scores, q)
