# case: RotatE scores triples by rotating the head in complex space with relation phases, real and imaginary parts kept as separate halves -> static shapes
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotatE(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, gamma=6.0):
        super().__init__()
        self.dim = dim
        self.ent = nn.Embedding(num_entities, 2 * dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.gamma = gamma
        self.phase_scale = math.pi / 1.0

    def construct(self, heads, rels, tails):
        h = self.ent(heads)
        t = self.ent(tails)
        h_re, h_im = h[:, :self.dim], h[:, self.dim:]
        t_re, t_im = t[:, :self.dim], t[:, self.dim:]
        phase = self.rel(rels) * self.phase_scale
        r_re, r_im = ops.cos(phase), ops.sin(phase)
        re = h_re * r_re - h_im * r_im - t_re
        im = h_re * r_im + h_im * r_re - t_im
        dist = ops.sqrt(re * re + im * im + 1e-9).sum(axis=-1)
        return self.gamma - dist


def make():
    np.random.seed(17)
    net = RotatE(22, 5)
    heads = Tensor(np.random.randint(0, 22, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 5, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 22, (6,)).astype(np.int32))
    return net, (heads, rels, tails)
