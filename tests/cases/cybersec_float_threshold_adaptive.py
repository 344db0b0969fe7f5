# case: compute an adaptive alert threshold as float(mean + 3*std) of recent log anomaly scores and compare new scores in Python -> float() of a tensor in construct, host round trip
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveThreshold(nn.Cell):
    def __init__(self, num_sigmas=3.0):
        super().__init__()
        self.num_sigmas = num_sigmas

    def construct(self, history):
        mu = float(history.mean())
        sigma = float(history.std())
        return mu + self.num_sigmas * sigma


class LogAnomalyAlarm(nn.Cell):
    def __init__(self):
        super().__init__()
        self.threshold = AdaptiveThreshold()

    def construct(self, history, new_scores):
        thr = self.threshold(history)
        if math.isnan(thr):
            thr = 1.0
        return (new_scores > thr).astype(ms.int32)


def make():
    np.random.seed(10)
    history = Tensor(np.random.rand(30).astype(np.float32))
    new_scores = Tensor(np.random.rand(8).astype(np.float32) * 2)
    return LogAnomalyAlarm(), (history, new_scores)
