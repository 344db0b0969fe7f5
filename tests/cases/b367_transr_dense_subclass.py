# case: TransR relation-space projection written as a subclass of nn.Dense that reuses super().construct, with a per-relation translation table and an optional L2 renorm flag -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TransRConfig:
    def __init__(self, num_entities=40, num_relations=5, entity_dim=12, relation_dim=8, p_norm=2, renorm=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.entity_dim = entity_dim
        self.relation_dim = relation_dim
        self.p_norm = p_norm
        self.renorm = renorm


class RelationSpaceProjection(nn.Dense):
    def __init__(self, config):
        super().__init__(config.entity_dim, config.relation_dim, has_bias=False)
        self.renorm = config.renorm
        self.l2 = ops.L2Normalize(axis=-1)

    def construct(self, x):
        y = super().construct(x)
        if self.renorm:
            y = self.l2(y)
        return y


class TransR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.p_norm = config.p_norm
        self.ent = nn.Embedding(config.num_entities, config.entity_dim)
        self.rel = nn.Embedding(config.num_relations, config.relation_dim)
        self.projections = nn.CellList([RelationSpaceProjection(config) for _ in range(config.num_relations)])
        self.num_relations = config.num_relations

    def construct(self, h, r, t):
        he, te = self.ent(h), self.ent(t)
        one_hot = ops.one_hot(r, self.num_relations, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        hp = ops.stack([proj(he) for proj in self.projections], axis=1)   # (B, R, d_r)
        tp = ops.stack([proj(te) for proj in self.projections], axis=1)
        hp = (hp * one_hot[:, :, None]).sum(1)
        tp = (tp * one_hot[:, :, None]).sum(1)
        return -ops.norm(hp + self.rel(r) - tp, ord=self.p_norm, dim=-1)


def make():
    np.random.seed(3699)
    cfg = TransRConfig()
    b = 6
    return TransR(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32))
