# case: show timeline cell prints an f-string with the current cue level tensor while computing the crossfade -> f-string formatting of a tensor inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Crossfade(nn.Cell):
    def __init__(self, duration=2.0, verbose=True):
        super().__init__()
        self.duration = duration
        self.verbose = verbose

    def construct(self, scene_a, scene_b, t):
        level = ops.clamp(t / self.duration, 0.0, 1.0)
        if self.verbose:
            print(f"crossfade level {level}")
        return scene_a * (1.0 - level) + scene_b * level


def make():
    np.random.seed(345)
    a = Tensor(np.random.rand(8, 8, 3).astype(np.float32))
    b = Tensor(np.random.rand(8, 8, 3).astype(np.float32))
    return Crossfade(), (a, b, Tensor(np.array(0.75, np.float32)))
