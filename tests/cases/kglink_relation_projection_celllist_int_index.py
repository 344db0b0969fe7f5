# case: per-relation projection sub-Cells kept in a CellList and selected with int() of the query's relation id tensor -> tensor value used as a Python index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationSpecificHead(nn.Cell):
    def __init__(self, dim, rel_dim):
        super().__init__()
        self.proj = nn.Dense(dim, rel_dim, has_bias=False)

    def construct(self, x):
        return self.proj(x)


class PerRelationScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, rel_dim=4):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, rel_dim)
        self.heads = nn.CellList([RelationSpecificHead(dim, rel_dim) for _ in range(num_relations)])

    def construct(self, head, rel, candidates):
        project = self.heads[int(rel)]
        h = project(self.ent(head))
        t = project(self.ent(candidates))
        return -ops.abs(h + self.rel(rel) - t).sum(axis=-1)


def make():
    np.random.seed(41)
    net = PerRelationScorer(20, 3)
    head = Tensor(np.array(4, dtype=np.int32))
    rel = Tensor(np.array(1, dtype=np.int32))
    cands = Tensor(np.random.randint(0, 20, (6,)).astype(np.int32))
    return net, (head, rel, cands)
