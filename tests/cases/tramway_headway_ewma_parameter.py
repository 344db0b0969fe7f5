# case: headway regulator keeps its smoothed headway in a non-trainable Parameter updated with ops.assign -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadwayRegulatorState(nn.Cell):
    def __init__(self, target_s=300.0, beta=0.8, gain=0.5):
        super().__init__()
        self.target = target_s
        self.beta = beta
        self.gain = gain
        self.smoothed = Parameter(Tensor(np.float32(target_s)), name="smoothed_headway",
                                  requires_grad=False)

    def hold_time(self, headway):
        err = self.target - headway
        return ops.clip_by_value(err * self.gain, 0.0, 90.0)

    def construct(self, observed_headway):
        new_val = self.beta * self.smoothed + (1 - self.beta) * observed_headway.mean()
        ops.assign(self.smoothed, new_val)
        return self.hold_time(observed_headway), new_val


def make():
    np.random.seed(3077)
    h = np.random.normal(300, 70, size=(16,)).astype(np.float32)
    return HeadwayRegulatorState(), (Tensor(h),)
