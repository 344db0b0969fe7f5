# case: a jit_class projector profile built in __init__ is only read inside construct to apply gamma and black level -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ProjectorProfile:
    def __init__(self, gamma, black_level):
        self.gamma = gamma
        self.black_level = black_level

    def apply(self, x):
        return ops.pow(ops.clamp(x, 0.0, 1.0), self.gamma) * (1.0 - self.black_level) + self.black_level


class ProjectorBank(nn.Cell):
    def __init__(self):
        super().__init__()
        self.day = ProjectorProfile(2.2, 0.02)
        self.night = ProjectorProfile(2.6, 0.005)
        self.use_night = True

    def construct(self, frame):
        profile = self.night if self.use_night else self.day
        return profile.apply(frame)


def make():
    np.random.seed(338)
    frame = Tensor(np.random.rand(32, 32).astype(np.float32))
    return ProjectorBank(), (frame,)
