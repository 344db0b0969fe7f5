# case: relation-specific bilinear (RESCAL) scorer that guards an optional relation bias lookup with try/except -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import initializer, Normal


class RESCAL(nn.Cell):
    def __init__(self, num_entities=20, num_relations=4, dim=6, use_rel_bias=True):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel_mat = ms.Parameter(initializer(Normal(0.1), (num_relations, dim, dim)), name="rel_mat")
        if use_rel_bias:
            self.rel_bias = nn.Embedding(num_relations, 1)

    def bilinear(self, h, m, t):
        hm = ops.bmm(h.expand_dims(1), m).squeeze(1)
        return (hm * t).sum(-1)

    def construct(self, heads, rels, tails):
        m = ops.gather(self.rel_mat, rels, 0)
        score = self.bilinear(self.ent(heads), m, self.ent(tails))
        try:
            score = score + self.rel_bias(rels).squeeze(-1)
        except AttributeError:
            pass
        return ops.sigmoid(score)


def make():
    np.random.seed(35)
    h = np.random.randint(0, 20, 5).astype(np.int32)
    r = np.random.randint(0, 4, 5).astype(np.int32)
    t = np.random.randint(0, 20, 5).astype(np.int32)
    return RESCAL(), (Tensor(h), Tensor(r), Tensor(t))
