# case: compute an adaptive alert threshold as mean + k*std of recent scores, kept as a tensor and compared elementwise -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveThreshold(nn.Cell):
    def __init__(self, num_sigmas=3.0, floor=0.05):
        super().__init__()
        self.num_sigmas = num_sigmas
        self.floor = floor

    def construct(self, history):
        mu = history.mean()
        sigma = ops.sqrt(((history - mu) ** 2).mean())
        return mu + self.num_sigmas * ops.maximum(sigma, self.floor)


class LogAnomalyAlarm(nn.Cell):
    def __init__(self):
        super().__init__()
        self.threshold = AdaptiveThreshold()

    def construct(self, history, new_scores):
        thr = self.threshold(history)
        thr = ops.where(ops.isnan(thr), ops.ones_like(thr), thr)
        return (new_scores > thr).astype(ms.int32), thr


def make():
    np.random.seed(10)
    history = Tensor(np.random.rand(30).astype(np.float32))
    new_scores = Tensor(np.random.rand(8).astype(np.float32) * 2)
    return LogAnomalyAlarm(), (history, new_scores)
