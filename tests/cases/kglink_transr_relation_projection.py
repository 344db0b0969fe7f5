# case: TransR projects head and tail into relation space with a per-relation matrix gathered by relation id and batched matmul -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RelationProjector(nn.Cell):
    def __init__(self, num_relations, ent_dim, rel_dim):
        super().__init__()
        init = np.random.randn(num_relations, ent_dim, rel_dim).astype(np.float32) * 0.1
        self.proj = Parameter(Tensor(init), name="rel_proj")

    def construct(self, emb, rels):
        mats = ops.gather(self.proj, rels, 0)
        return ops.bmm(emb.expand_dims(1), mats).squeeze(1)


class TransR(nn.Cell):
    def __init__(self, num_entities, num_relations, ent_dim=12, rel_dim=6):
        super().__init__()
        self.ent = nn.Embedding(num_entities, ent_dim)
        self.rel = nn.Embedding(num_relations, rel_dim)
        self.project = RelationProjector(num_relations, ent_dim, rel_dim)

    def construct(self, heads, rels, tails):
        h = self.project(self.ent(heads), rels)
        t = self.project(self.ent(tails), rels)
        return -ops.abs(h + self.rel(rels) - t).sum(axis=-1)


def make():
    np.random.seed(14)
    net = TransR(30, 5)
    heads = Tensor(np.random.randint(0, 30, (7,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 5, (7,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 30, (7,)).astype(np.int32))
    return net, (heads, rels, tails)
