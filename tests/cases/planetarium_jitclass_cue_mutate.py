# case: a jit_class projector profile created in __init__ has its gamma overwritten inside construct before use -> mutating a jit_class attribute in construct
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


class ProjectorChannel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.profile = ProjectorProfile(2.2, 0.02)

    def construct(self, frame, night_mode):
        if night_mode:
            self.profile.gamma = 2.6
        return self.profile.apply(frame)


def make():
    np.random.seed(337)
    frame = Tensor(np.random.rand(32, 32).astype(np.float32))
    return ProjectorChannel(), (frame, True)
