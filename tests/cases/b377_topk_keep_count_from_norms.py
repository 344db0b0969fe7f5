# case: structured pruning keeps the top-k filters where k is the number of filters whose norm exceeds the mean, computed with int() on a tensor sum inside a scoring helper -> expected dynamic or error (top-k size from tensor values)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressionConfig:
    def __init__(self, hidden=16, out=12, min_keep=1):
        self.hidden = hidden
        self.out = out
        self.min_keep = min_keep


class FilterScorer(nn.Cell):
    def construct(self, weight):
        return ops.abs(weight).sum(axis=1)


class TopKPrunedDense(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Dense(config.hidden, config.out)
        self.scorer = FilterScorer()
        self.min_keep = config.min_keep

    def _num_keep(self, scores):
        n = int((scores > scores.mean()).astype(ms.int32).sum())
        return max(n, self.min_keep)

    def construct(self, x):
        scores = self.scorer(self.dense.weight)
        k = self._num_keep(scores)
        _, idx = ops.topk(scores, k)
        h = self.dense(x)
        return ops.gather(h, idx, 1)


def make():
    np.random.seed(3775)
    cell = TopKPrunedDense(CompressionConfig())
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return cell, (x,)
