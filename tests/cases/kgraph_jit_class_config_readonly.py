# case: KG embedding model reading hyper-parameters from a jit_class config object held as an attribute -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class KGEConfig:
    def __init__(self, gamma=6.0, norm="l2", regularize=True, reg_weight=1e-3):
        self.gamma = gamma
        self.norm = norm
        self.regularize = regularize
        self.reg_weight = reg_weight


class ConfiguredTransE(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, dim=8, config=None):
        super().__init__()
        self.cfg = config if config is not None else KGEConfig()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def construct(self, triples):
        h = self.ent(triples[:, 0])
        r = self.rel(triples[:, 1])
        t = self.ent(triples[:, 2])
        d = h + r - t
        if self.cfg.norm == "l1":
            dist = ops.abs(d).sum(-1)
        else:
            dist = ops.sqrt((d * d).sum(-1) + 1e-9)
        score = self.cfg.gamma - dist
        loss = -ops.log(ops.sigmoid(score)).mean()
        if self.cfg.regularize:
            loss = loss + self.cfg.reg_weight * ((h * h).mean() + (t * t).mean())
        return loss


def make():
    np.random.seed(19)
    triples = np.stack([np.random.randint(0, 30, 6), np.random.randint(0, 5, 6),
                        np.random.randint(0, 30, 6)], axis=1).astype(np.int32)
    return ConfiguredTransE(), (Tensor(triples),)
