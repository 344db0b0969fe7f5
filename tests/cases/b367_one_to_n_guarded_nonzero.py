# case: 1-N scoring head with label smoothing whose nonzero-based positive-only term sits behind config.return_positives (default False, never enabled) -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class OneToNConfig:
    def __init__(self, num_entities=30, num_relations=5, dim=12, label_smoothing=0.1, return_positives=False):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.label_smoothing = label_smoothing
        self.return_positives = return_positives


class OneToNScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)
        self.hidden = nn.Dense(2 * config.dim, config.dim)
        self.bias = Parameter(Tensor(np.zeros(config.num_entities, np.float32)), name="entity_bias")
        self.smoothing = config.label_smoothing
        self.return_positives = config.return_positives
        self.num_entities = config.num_entities

    def construct(self, h, r, labels):
        x = ops.relu(self.hidden(ops.concat((self.ent(h), self.rel(r)), -1)))
        logits = ops.matmul(x, self.ent.embedding_table.T) + self.bias
        smooth = (1.0 - self.smoothing) * labels + self.smoothing / self.num_entities
        bce = ops.binary_cross_entropy_with_logits(logits, smooth, ops.ones_like(logits), ops.ones_like(logits))
        outputs = (bce,)
        if self.return_positives:
            idx = ops.nonzero(labels > 0.5)
            outputs = outputs + (ops.gather_nd(logits, idx),)
        return outputs


def make():
    np.random.seed(3703)
    cfg = OneToNConfig()
    b = 6
    labels = (np.random.rand(b, cfg.num_entities) < 0.1).astype(np.float32)
    return OneToNScorer(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32), Tensor(labels))
