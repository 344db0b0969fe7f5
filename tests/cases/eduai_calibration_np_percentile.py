# case: quiz calibration computes the 80th-percentile response time with np.percentile applied to a tensor inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeLimitCalibrator(nn.Cell):
    def __init__(self, pct=80, slack=1.2):
        super().__init__()
        self.pct = pct
        self.slack = slack

    def construct(self, response_times, correct):
        fast_correct = response_times * correct
        limit = np.percentile(response_times, self.pct, axis=0)
        limit = Tensor(limit, ms.float32) * self.slack
        over = (response_times > limit).astype(ms.float32)
        return limit, over.mean(axis=0), fast_correct.sum()


def make():
    np.random.seed(27)
    times = Tensor(np.random.uniform(10, 90, (20, 5)).astype(np.float32))
    correct = Tensor(np.random.randint(0, 2, (20, 5)).astype(np.float32))
    return TimeLimitCalibrator(), (times, correct)
