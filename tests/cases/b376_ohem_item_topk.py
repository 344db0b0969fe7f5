# case: online hard-example mining keeps a fraction of the samples whose margin loss is positive, with k taken from .item() of the count -> k from data in topk, rejected or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OHEMConfig:
    keep_ratio = 0.5
    min_kept = 1
    margin = 0.3


class MarginRankingOHEM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_ratio = config.keep_ratio
        self.min_kept = getattr(config, "min_kept", 1)
        self.margin = config.margin

    def _num_kept(self, loss):
        n_active = (loss > 0).astype(ms.int32).sum().item()
        return max(int(n_active * self.keep_ratio), self.min_kept)

    def construct(self, anchor, positive, negative):
        a = ops.L2Normalize(axis=1)(anchor)
        p = ops.L2Normalize(axis=1)(positive)
        n = ops.L2Normalize(axis=1)(negative)
        pos_sim = (a * p).sum(axis=1)
        neg_sim = (a * n).sum(axis=1)
        loss = ops.relu(neg_sim - pos_sim + self.margin)
        k = self._num_kept(loss)
        hard, _ = ops.topk(loss, k)
        return hard.mean()


def make():
    np.random.seed(37603)
    a = Tensor(np.random.randn(16, 32).astype(np.float32))
    p = Tensor((a.asnumpy() + 0.8 * np.random.randn(16, 32)).astype(np.float32))
    n = Tensor(np.random.randn(16, 32).astype(np.float32))
    return MarginRankingOHEM(OHEMConfig()), (a, p, n)
