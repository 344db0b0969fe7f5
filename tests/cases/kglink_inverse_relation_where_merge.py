# case: reciprocal-relation model scores tails for both directions and merges them with ops.where on an is_inverse mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReciprocalDistMult(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.num_base = num_relations
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(2 * num_relations, dim)

    def construct(self, anchors, rels):
        base_rel = rels % self.num_base
        q_fwd = self.ent(anchors) * self.rel(base_rel)
        q_inv = self.ent(anchors) * self.rel(base_rel + self.num_base)
        s_fwd = ops.matmul(q_fwd, self.ent.embedding_table.T)
        s_inv = ops.matmul(q_inv, self.ent.embedding_table.T)
        is_inv = (rels >= self.num_base).reshape(-1, 1)
        is_inv = ops.broadcast_to(is_inv, s_fwd.shape)
        return ops.where(is_inv, s_inv, s_fwd)


def make():
    np.random.seed(27)
    net = ReciprocalDistMult(24, 3)
    anchors = Tensor(np.random.randint(0, 24, (5,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 6, (5,)).astype(np.int32))
    return net, (anchors, rels)
