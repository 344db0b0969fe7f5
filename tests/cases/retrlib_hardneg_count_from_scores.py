# case: hard-negative miner keeps as many negatives as score above a margin, k counted from the score tensor -> topk size from data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinerConfig:
    def __init__(self, margin=0.1, temperature=0.05, min_negatives=1):
        self.margin = margin
        self.temperature = temperature
        self.min_negatives = min_negatives


class MarginHardNegativeMiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.margin = config.margin
        self.min_negatives = config.min_negatives

    def _num_hard(self, neg_scores, pos_scores):
        violating = (neg_scores > pos_scores - self.margin).astype(ms.int32)
        return max(int(violating.sum(axis=1).max()), self.min_negatives)

    def construct(self, pos_scores, neg_scores):
        k = self._num_hard(neg_scores, pos_scores)
        hard, _ = ops.topk(neg_scores, k)
        return hard


class MarginRankingHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.miner = MarginHardNegativeMiner(config)
        self.temperature = config.temperature

    def construct(self, query, positive, negatives):
        pos = (query * positive).sum(axis=-1, keepdims=True)
        neg = ops.matmul(query.expand_dims(1), negatives.swapaxes(1, 2)).squeeze(1)
        hard = self.miner(pos, neg)
        logits = ops.concat((pos, hard), axis=1) / self.temperature
        return -ops.log_softmax(logits, axis=1)[:, 0].mean()


def make():
    np.random.seed(5)
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    p = Tensor(np.random.randn(4, 8).astype(np.float32))
    n = Tensor(np.random.randn(4, 6, 8).astype(np.float32))
    return MarginRankingHead(MinerConfig()), (q, p, n)
