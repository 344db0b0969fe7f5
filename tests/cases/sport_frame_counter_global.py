# case: count processed frames in a module-level global incremented inside construct while normalising player speeds -> global state write in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAMES_SEEN = 0


class SpeedNormaliser(nn.Cell):
    def __init__(self, max_speed=10.0):
        super().__init__()
        self.max_speed = max_speed

    def construct(self, vel):
        global FRAMES_SEEN
        FRAMES_SEEN = FRAMES_SEEN + vel.shape[0]
        speed = ops.norm(vel, dim=-1)
        return ops.clip_by_value(speed / self.max_speed, 0.0, 1.0)


def make():
    np.random.seed(21)
    vel = (np.random.randn(8, 22, 2) * 4).astype(np.float32)
    return SpeedNormaliser(), (Tensor(vel),)
