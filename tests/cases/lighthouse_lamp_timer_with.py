# case: time the lamp rotation step inside a `with` block using a small Python stopwatch context manager in construct -> with statement in construct, rejected in Graph mode
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stopwatch:
    def __enter__(self):
        self.t0 = time.time()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.time() - self.t0
        return False


class LampRotation(nn.Cell):
    def __init__(self, period_s=10.0):
        super().__init__()
        self.omega = 360.0 / period_s

    def construct(self, t_s):
        with Stopwatch():
            angle = ops.fmod(t_s * self.omega, Tensor(360.0, ms.float32))
        return angle


def make():
    np.random.seed(3069)
    t = Tensor(np.random.uniform(0, 60, size=(8,)).astype(np.float32))
    return LampRotation(), (t,)
