# case: headway regulator keeps an exponentially smoothed headway by writing a plain attribute of self inside construct -> attribute write in graph, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadwayRegulator(nn.Cell):
    def __init__(self, target_s=300.0, beta=0.8, gain=0.5):
        super().__init__()
        self.target = target_s
        self.beta = beta
        self.gain = gain
        self.smoothed = Tensor(np.float32(target_s))

    def hold_time(self, headway):
        err = self.target - headway
        return ops.clip_by_value(err * self.gain, 0.0, 90.0)

    def construct(self, observed_headway):
        self.smoothed = self.beta * self.smoothed + (1 - self.beta) * observed_headway.mean()
        hold = self.hold_time(observed_headway)
        return hold, self.smoothed


def make():
    np.random.seed(3076)
    h = np.random.normal(300, 70, size=(16,)).astype(np.float32)
    return HeadwayRegulator(), (Tensor(h),)
