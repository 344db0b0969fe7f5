# case: link-prediction evaluator computes realistic ranks on-device with ops.argsort and an equality/argmax lookup of the true tail -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def realistic_rank(scores, true_idx):
    order = ops.argsort(scores, axis=1, descending=True)
    hit = (order == true_idx.reshape(-1, 1).astype(order.dtype)).astype(ms.int32)
    return ops.argmax(hit, dim=1).astype(ms.float32) + 1.0


class RankConfig:
    def __init__(self, num_entities=30, num_relations=4, dim=10, reduction="mean"):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.reduction = reduction


class TransEEval(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.reduction = config.reduction
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def construct(self, h, r, t):
        q = self.ent(h) + self.rel(r)
        all_e = self.ent.embedding_table
        scores = -ops.abs(q[:, None, :] - all_e[None, :, :]).sum(-1)
        ranks = realistic_rank(scores, t)
        rr = 1.0 / ranks
        return rr.mean() if self.reduction == "mean" else rr


def make():
    np.random.seed(3682)
    cfg = RankConfig()
    b = 6
    return TransEEval(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
    )
