# case: embedding lookup helper wraps the relation gather in try/except to fall back to an inverse-relation table -> Graph mode should reject try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InverseConfig:
    def __init__(self, num_entities=30, num_relations=4, dim=8, create_inverse_triples=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.create_inverse_triples = create_inverse_triples


class RelationLookup(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_relations = config.num_relations
        self.table = Parameter(Tensor(np.random.randn(config.num_relations, config.dim).astype(np.float32)), name="rel_table")
        self.inverse = Parameter(Tensor(np.random.randn(config.num_relations, config.dim).astype(np.float32)), name="inv_table")

    def construct(self, r, inverse_flag):
        try:
            fwd = ops.gather(self.table, r, 0)
        except IndexError:
            fwd = ops.zeros((r.shape[0], self.table.shape[1]), ms.float32)
        inv = ops.gather(self.inverse, r, 0)
        return ops.where(inverse_flag[:, None], inv, fwd)


class InverseAwareTransE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = RelationLookup(config)

    def construct(self, h, r, t, inverse_flag):
        return -ops.norm(self.ent(h) + self.rel(r, inverse_flag) - self.ent(t), dim=-1)


def make():
    np.random.seed(3694)
    cfg = InverseConfig()
    b = 6
    return InverseAwareTransE(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.rand(b) < 0.5))
