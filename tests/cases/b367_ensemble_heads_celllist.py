# case: ensemble of interaction heads held in an nn.CellList, combined with per-head weights via enumerate/zip, with the batch size taken from ops.shape and used to tile the weights -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EnsembleConfig:
    def __init__(self, num_entities=40, num_relations=6, dim=8, heads=("transe", "distmult", "transe"), learn_weights=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.heads = heads
        self.learn_weights = learn_weights


class InteractionHead(nn.Cell):
    def __init__(self, kind, config):
        super().__init__()
        self.kind = kind
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def construct(self, h, r, t):
        if self.kind == "transe":
            return -ops.norm(h + self.rel(r) - t, dim=-1)
        return (h * self.rel(r) * t).sum(-1)


class EnsembleScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.heads = nn.CellList([InteractionHead(kind, config) for kind in config.heads])
        w = np.full((len(config.heads),), 1.0 / len(config.heads), np.float32)
        self.head_weight = Parameter(Tensor(w), name="head_weight", requires_grad=config.learn_weights)

    def construct(self, h, r, t):
        batch = ops.shape(h)[0]
        he, te = self.ent(h), self.ent(t)
        weights = ops.tile(ops.softmax(self.head_weight, axis=0)[None, :], (batch, 1))
        per_head = [head(he, r, te) for head in self.heads]
        total = ops.zeros((batch,), ms.float32)
        for i, (s, _) in enumerate(zip(per_head, self.heads)):
            total = total + weights[:, i] * s
        return total


def make():
    np.random.seed(3696)
    cfg = EnsembleConfig()
    b = 7
    return EnsembleScorer(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32))
