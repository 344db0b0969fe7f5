# case: L2 regularisation only over the distinct entities in a batch, found with ops.unique -> unique gives a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegularizedTransE(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, reg_weight=0.01):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.reg_weight = reg_weight

    def entity_reg(self, heads, tails):
        all_ids = ops.concat((heads, tails))
        uniq, _ = ops.unique(all_ids)
        emb = self.ent(uniq)
        return (emb * emb).sum() / uniq.shape[0]

    def construct(self, heads, rels, tails):
        d = ops.abs(self.ent(heads) + self.rel(rels) - self.ent(tails)).sum(axis=-1)
        return d.mean() + self.reg_weight * self.entity_reg(heads, tails)


def make():
    np.random.seed(11)
    net = RegularizedTransE(15, 3)
    heads = Tensor(np.random.randint(0, 15, (10,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 3, (10,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 15, (10,)).astype(np.int32))
    return net, (heads, rels, tails)
