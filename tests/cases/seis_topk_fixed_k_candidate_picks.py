# case: keep a fixed number of candidate picks per trace with topk (k from the constructor) and zero out low-probability candidates -> k is a constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidatePicks(nn.Cell):
    def __init__(self, max_picks=3, threshold=0.5, sampling_rate=100.0):
        super().__init__()
        self.max_picks = max_picks
        self.threshold = threshold
        self.sampling_rate = sampling_rate

    def construct(self, prob):
        values, indices = ops.topk(prob, self.max_picks)
        valid = values > self.threshold
        times = indices.astype(ms.float32) / self.sampling_rate
        times = ops.where(valid, times, ops.full_like(times, -1.0))
        return times, valid.astype(ms.int32).sum(axis=-1)


def make():
    np.random.seed(39)
    prob = np.random.rand(4, 30).astype(np.float32)
    return CandidatePicks(), (Tensor(prob),)
