# case: N3 embedding-norm regulariser (mixin helper) that keeps only the non-padding entity rows of the batch with ops.masked_select before cubing -> Graph mode sees a data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

PAD_ID = 0


class RegularizerMixin:
    def n3_penalty(self, factors, valid):
        mask = ops.broadcast_to(valid[:, None], factors.shape)
        kept = ops.masked_select(ops.abs(factors), mask)
        return self.reg_weight * (kept ** 3).sum() / factors.shape[0]


class CPConfig:
    def __init__(self, num_entities=30, num_relations=5, rank=6, reg_weight=1e-2, apply_regularizer=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.rank = rank
        self.reg_weight = reg_weight
        self.apply_regularizer = apply_regularizer


class CPDecomposition(nn.Cell, RegularizerMixin):
    def __init__(self, config):
        super().__init__()
        self.reg_weight = config.reg_weight
        self.apply_regularizer = config.apply_regularizer
        self.lhs = nn.Embedding(config.num_entities, config.rank, padding_idx=PAD_ID)
        self.rel = nn.Embedding(config.num_relations, config.rank)
        self.rhs = nn.Embedding(config.num_entities, config.rank, padding_idx=PAD_ID)

    def construct(self, h, r, t):
        lhs, rel, rhs = self.lhs(h), self.rel(r), self.rhs(t)
        scores = (lhs * rel * rhs).sum(-1)
        if self.apply_regularizer:
            valid = ops.logical_and(h != PAD_ID, t != PAD_ID)
            reg = self.n3_penalty(ops.concat((lhs, rel, rhs), -1), valid)
            return scores, reg
        return scores, ops.zeros((), ms.float32)


def make():
    np.random.seed(3687)
    cfg = CPConfig()
    h = np.random.randint(1, cfg.num_entities, 9); h[-2:] = PAD_ID
    t = np.random.randint(1, cfg.num_entities, 9); t[-2:] = PAD_ID
    r = np.random.randint(0, cfg.num_relations, 9)
    return CPDecomposition(cfg), (Tensor(h, ms.int32), Tensor(r, ms.int32), Tensor(t, ms.int32))
