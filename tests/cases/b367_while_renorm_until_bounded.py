# case: entity-constraint step keeps shrinking the batch's entity embeddings in a while loop until the largest norm drops below max_norm (iteration count from data) -> Graph mode may reject or unroll poorly the tensor-conditioned while
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ConstraintConfig:
    def __init__(self, num_entities=30, num_relations=4, dim=8, max_norm=1.0, shrink=0.8, enforce_constraint=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.max_norm = max_norm
        self.shrink = shrink
        self.enforce_constraint = enforce_constraint


class ConstrainedTransE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_norm = config.max_norm
        self.shrink = config.shrink
        self.enforce_constraint = config.enforce_constraint
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def _constrain(self, e):
        norms = ops.norm(e, dim=-1)
        while norms.max() > self.max_norm:
            e = e * self.shrink
            norms = ops.norm(e, dim=-1)
        return e

    def construct(self, h, r, t):
        he, te = self.ent(h) * 5.0, self.ent(t) * 5.0
        if self.enforce_constraint:
            he, te = self._constrain(he), self._constrain(te)
        return -ops.norm(he + self.rel(r) - te, dim=-1)


def make():
    np.random.seed(3706)
    cfg = ConstraintConfig()
    b = 6
    return ConstrainedTransE(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32))
