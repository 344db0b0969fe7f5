# case: velocity command limiter that converts the command to NumPy with asnumpy to clip and rescale -> host round trip in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityLimiter(nn.Cell):
    def __init__(self, v_max=0.8, w_max=1.5):
        super().__init__()
        self.v_max = v_max
        self.w_max = w_max
        self.gain = nn.Dense(4, 2)

    def construct(self, state):
        cmd = self.gain(state)
        c = cmd.asnumpy()
        c[:, 0] = np.clip(c[:, 0], -self.v_max, self.v_max)
        c[:, 1] = np.clip(c[:, 1], -self.w_max, self.w_max)
        return Tensor(c, ms.float32)


def make():
    np.random.seed(10)
    ms.set_seed(10)
    st = np.random.randn(3, 4).astype(np.float32) * 3
    return VelocityLimiter(), (Tensor(st),)
