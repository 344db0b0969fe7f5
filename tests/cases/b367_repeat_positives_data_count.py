# case: negative-sampling loss repeats each positive triple num_negs times with repeat_interleave where num_negs arrives as a tensor from the sampler and is converted with int() -> Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LossConfig:
    def __init__(self, num_entities=40, num_relations=6, dim=10, label_smoothing=0.0, pos_weight=1.0):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.label_smoothing = label_smoothing
        self.pos_weight = pos_weight


class SoftplusNSLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.pos_weight = config.pos_weight

    def _expand_positives(self, hrt, num_negs):
        if isinstance(num_negs, Tensor):
            num_negs = int(num_negs)
        return ops.repeat_interleave(hrt, num_negs, 0)

    def _score(self, hrt):
        return (self.ent(hrt[:, 0]) * self.rel(hrt[:, 1]) * self.ent(hrt[:, 2])).sum(-1)

    def construct(self, pos_hrt, neg_tails, num_negs):
        rep = self._expand_positives(pos_hrt, num_negs)
        neg_hrt = ops.concat((rep[:, :2], neg_tails.reshape(-1, 1)), axis=1)
        pos = ops.softplus(-self._score(pos_hrt)).mean()
        neg = ops.softplus(self._score(neg_hrt)).mean()
        return self.pos_weight * pos + neg


def make():
    np.random.seed(3700)
    cfg = LossConfig()
    b, k = 5, 3
    hrt = np.stack([np.random.randint(0, cfg.num_entities, b), np.random.randint(0, cfg.num_relations, b),
                    np.random.randint(0, cfg.num_entities, b)], 1)
    return SoftplusNSLoss(cfg), (Tensor(hrt, ms.int32), Tensor(np.random.randint(0, cfg.num_entities, b * k), ms.int32), Tensor(k, ms.int32))
