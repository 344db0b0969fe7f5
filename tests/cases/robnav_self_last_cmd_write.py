# case: smoothing filter stores the last velocity command by assigning a tensor to self.last_cmd inside construct -> attribute write on self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CmdSmoother(nn.Cell):
    def __init__(self, alpha=0.4):
        super().__init__()
        self.alpha = alpha
        self.last_cmd = Tensor(np.zeros((2,), np.float32))

    def construct(self, cmd):
        smoothed = self.alpha * cmd + (1.0 - self.alpha) * self.last_cmd
        self.last_cmd = smoothed
        return smoothed


def make():
    np.random.seed(27)
    cmd = np.random.uniform(-1, 1, size=(2,)).astype(np.float32)
    return CmdSmoother(), (Tensor(cmd),)
