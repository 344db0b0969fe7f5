# case: training step keeps only the first num_negs pre-sampled negatives per positive, where num_negs comes from a scheduler tensor via .item() -> Graph mode should reject or go dynamic on the data-dependent slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional


class TrainConfig:
    def __init__(self, num_entities=45, num_relations=6, dim=12, max_negs=16, margin=2.0):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.max_negs = max_negs
        self.margin = margin


class DistMultTrainer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.margin = config.margin
        self.max_negs = config.max_negs
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def _select_negatives(self, neg_tails, num_negs: Optional[Tensor] = None):
        if num_negs is None:
            return neg_tails
        n = num_negs.item()
        return neg_tails[:, :n]

    def construct(self, h, r, t, neg_tails, num_negs=None):
        neg_tails = self._select_negatives(neg_tails, num_negs)
        q = self.ent(h) * self.rel(r)
        pos = (q * self.ent(t)).sum(-1)
        neg = (q[:, None, :] * self.ent(neg_tails)).sum(-1)
        return ops.relu(self.margin - pos[:, None] + neg).mean()


def make():
    np.random.seed(3689)
    cfg = TrainConfig()
    b = 6
    return DistMultTrainer(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, (b, cfg.max_negs)), ms.int32),
        Tensor(5, ms.int32),
    )
