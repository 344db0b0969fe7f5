# case: TransH scorer logs the hyperplane-orthogonality penalty with an f-string print when config.verbose is on (the default in this port) -> Graph mode may reject the f-string on a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TransHConfig:
    def __init__(self, num_entities=30, num_relations=5, dim=10, verbose=True, eps=1e-6):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.verbose = verbose
        self.eps = eps


def project(e, w):
    return e - (e * w).sum(-1, keepdims=True) * w


class TransH(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.eps = config.eps
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.normal = nn.Embedding(config.num_relations, config.dim)

    def construct(self, h, r, t):
        w = ops.L2Normalize(axis=-1, epsilon=self.eps)(self.normal(r))
        d = self.rel(r)
        ortho = (((w * d).sum(-1) ** 2) / ((d * d).sum(-1) + self.eps)).mean()
        if self.verbose:
            print(f"[TransH] orthogonality penalty = {ortho}")
        score = -ops.norm(project(self.ent(h), w) + d - project(self.ent(t), w), dim=-1)
        return score, ortho


def make():
    np.random.seed(3693)
    cfg = TransHConfig()
    b = 5
    return TransH(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32))
