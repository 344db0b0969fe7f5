# case: nowcast head that counts its calls and stores the last max rain rate on self inside construct -> attribute writes on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExtrapolationHead(nn.Cell):
    def __init__(self, decay=0.9):
        super().__init__()
        self.decay = decay
        self.n_calls = 0
        self.last_peak = None

    def construct(self, frame, motion):
        # simple persistence with decay and a one-pixel advection along x
        rolled = ops.concat((frame[:, :, -1:], frame[:, :, :-1]), axis=2)
        shifted = rolled * motion + frame * (1 - motion)
        out = shifted * self.decay
        self.n_calls = self.n_calls + 1
        self.last_peak = out.max()
        return out


def make():
    np.random.seed(10)
    frame = Tensor(np.random.rand(1, 8, 8).astype(np.float32))
    motion = Tensor(np.float32(0.3))
    return ExtrapolationHead(), (frame, motion)
