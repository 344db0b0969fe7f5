# case: chunked negative sampling splits pre-sampled negatives into head- and tail-corruption halves using a size derived from neg_tails.shape -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TrainConfig:
    def __init__(self, num_entities=45, num_relations=6, dim=12, head_fraction=0.5, margin=2.0):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.head_fraction = head_fraction
        self.margin = margin


class DistMultTrainer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.margin = config.margin
        self.head_fraction = config.head_fraction
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def _split_negatives(self, negs):
        n_head = int(negs.shape[1] * self.head_fraction)
        return negs[:, :n_head], negs[:, n_head:]

    def construct(self, h, r, t, negs):
        neg_heads, neg_tails = self._split_negatives(negs)
        he, re, te = self.ent(h), self.rel(r), self.ent(t)
        pos = (he * re * te).sum(-1)
        neg_h = (self.ent(neg_heads) * (re * te)[:, None, :]).sum(-1)
        neg_t = ((he * re)[:, None, :] * self.ent(neg_tails)).sum(-1)
        neg = ops.concat((neg_h, neg_t), axis=1)
        return ops.relu(self.margin - pos[:, None] + neg).mean()


def make():
    np.random.seed(3690)
    cfg = TrainConfig()
    b = 6
    return DistMultTrainer(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, (b, 10)), ms.int32),
    )
