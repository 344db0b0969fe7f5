# case: multi-positive in-batch loss locates positive pairs with ops.nonzero on the relevance matrix and gathers their scores -> output size from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiPositiveConfig:
    def __init__(self, temperature=0.1, reduction="mean"):
        self.temperature = temperature
        self.reduction = reduction


class MultiPositiveInBatchLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.reduction = config.reduction

    def _positive_pairs(self, relevance):
        pairs = ops.nonzero(relevance)
        return pairs[:, 0], pairs[:, 1]

    def construct(self, q_emb, d_emb, relevance):
        scores = ops.matmul(q_emb, d_emb.T) / self.temperature
        log_probs = ops.log_softmax(scores, axis=1)
        rows, cols = self._positive_pairs(relevance)
        picked = log_probs[rows, cols]
        if self.reduction == "sum":
            return -picked.sum()
        return -picked.mean()


def make():
    np.random.seed(8)
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    d = Tensor(np.random.randn(6, 8).astype(np.float32))
    rel = np.zeros((4, 6), np.int32)
    rel[0, 0] = rel[1, 1] = rel[1, 4] = rel[2, 2] = rel[3, 3] = rel[3, 5] = 1
    return MultiPositiveInBatchLoss(MultiPositiveConfig()), (q, d, Tensor(rel))
