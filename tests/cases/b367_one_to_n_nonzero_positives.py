# case: 1-N scoring (ConvE-style head) gathers the scores of all known (query, tail) pairs via ops.nonzero on the label matrix for a positive-only loss term -> Graph mode sees a data-dependent count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class OneToNConfig:
    def __init__(self, num_entities=30, num_relations=5, dim=12, pos_only_weight=0.5, label_smoothing=0.1):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.pos_only_weight = pos_only_weight
        self.label_smoothing = label_smoothing


class OneToNScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.hidden = nn.Dense(2 * config.dim, config.dim)
        self.bias = Parameter(Tensor(np.zeros(config.num_entities, np.float32)), name="entity_bias")
        self.pos_only_weight = config.pos_only_weight
        self.smoothing = config.label_smoothing
        self.num_entities = config.num_entities

    def _positive_scores(self, logits, labels):
        idx = ops.nonzero(labels > 0.5)          # (P, 2)
        return ops.gather_nd(logits, idx)

    def construct(self, h, r, labels):
        x = ops.relu(self.hidden(ops.concat((self.ent(h), self.rel(r)), -1)))
        logits = ops.matmul(x, self.ent.embedding_table.T) + self.bias
        smooth = (1.0 - self.smoothing) * labels + self.smoothing / self.num_entities
        bce = ops.binary_cross_entropy_with_logits(logits, smooth, ops.ones_like(logits), ops.ones_like(logits))
        pos = self._positive_scores(logits, labels)
        return bce + self.pos_only_weight * ops.softplus(-pos).mean()


def make():
    np.random.seed(3702)
    cfg = OneToNConfig()
    b = 6
    labels = (np.random.rand(b, cfg.num_entities) < 0.1).astype(np.float32)
    labels[:, 0] = 1.0
    return OneToNScorer(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32), Tensor(labels))
