# case: ComplEx trilinear score Re(<h, r, conj(t)>) computed with split real and imaginary embedding tables -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComplEx(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent_re = nn.Embedding(num_entities, dim)
        self.ent_im = nn.Embedding(num_entities, dim)
        self.rel_re = nn.Embedding(num_relations, dim)
        self.rel_im = nn.Embedding(num_relations, dim)

    def construct(self, heads, rels, tails):
        hr, hi = self.ent_re(heads), self.ent_im(heads)
        rr, ri = self.rel_re(rels), self.rel_im(rels)
        tr, ti = self.ent_re(tails), self.ent_im(tails)
        score = (hr * rr * tr + hi * rr * ti + hr * ri * ti - hi * ri * tr).sum(axis=-1)
        return ops.sigmoid(score)


def make():
    np.random.seed(18)
    net = ComplEx(26, 6)
    heads = Tensor(np.random.randint(0, 26, (8,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 6, (8,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 26, (8,)).astype(np.int32))
    return net, (heads, rels, tails)
