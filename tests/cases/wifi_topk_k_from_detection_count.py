# case: count CFAR hits and use int() of that count as the k of topk to pick strongest targets -> error or dynamic (k from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrongestTargets(nn.Cell):
    def __init__(self, threshold=2.5):
        super().__init__()
        self.threshold = threshold

    def count_hits(self, power):
        return (power > self.threshold).astype(ms.int32).sum()

    def construct(self, rd_map):
        flat = rd_map.reshape(-1)
        n = self.count_hits(flat)
        values, indices = ops.topk(flat, int(n))
        rng = indices // rd_map.shape[1]
        dop = indices % rd_map.shape[1]
        return values, rng, dop


def make():
    np.random.seed(4)
    rd = np.abs(np.random.randn(12, 10)).astype(np.float32)
    rd[3, 4] = 9.0
    rd[7, 1] = 8.0
    return StrongestTargets(), (Tensor(rd),)
