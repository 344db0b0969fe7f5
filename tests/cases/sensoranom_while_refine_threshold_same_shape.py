# case: iteratively raise a scalar threshold in a tensor-conditioned while loop until the alarm rate drops below a target -> loop keeps shapes fixed, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmRateTuner(nn.Cell):
    def __init__(self, target_rate=0.05, step=0.1, max_iter=50):
        super().__init__()
        self.target_rate = target_rate
        self.step = step
        self.max_iter = max_iter

    def alarm_rate(self, err, thr):
        return (err > thr).astype(ms.float32).mean()

    def construct(self, err):
        thr = err.mean()
        it = 0
        while self.alarm_rate(err, thr) > self.target_rate and it < self.max_iter:
            thr = thr + self.step
            it += 1
        return thr, self.alarm_rate(err, thr)


def make():
    np.random.seed(45)
    err = Tensor(np.abs(np.random.randn(60)).astype(np.float32))
    return AlarmRateTuner(), (err,)
