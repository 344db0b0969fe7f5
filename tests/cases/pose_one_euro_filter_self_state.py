# case: One-Euro keypoint filter that stores previous filtered keypoints and derivative in plain self attributes during construct -> compile error at line 25
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def smoothing_factor(t_e, cutoff):
    r = 2 * math.pi * cutoff * t_e
    return r / (r + 1)


class OneEuroKeypointFilter(nn.Cell):
    def __init__(self, min_cutoff=1.0, beta=0.01, d_cutoff=1.0, fps=30.0):
        super().__init__()
        self.min_cutoff = min_cutoff
        self.beta = beta
        self.a_d = smoothing_factor(1.0 / fps, d_cutoff)
        self.t_e = 1.0 / fps
        self.x_prev = None
        self.dx_prev = None

    def construct(self, x):
        if self.x_prev is None:
            self.x_prev = x
            self.dx_prev = ops.zeros_like(x)
            return x
        dx = (x - self.x_prev) / self.t_e
        dx_hat = self.a_d * dx + (1 - self.a_d) * self.dx_prev
        cutoff = self.min_cutoff + self.beta * ops.abs(dx_hat)
        r = 2 * math.pi * cutoff * self.t_e
        a = r / (r + 1)
        x_hat = a * x + (1 - a) * self.x_prev
        self.x_prev = x_hat
        self.dx_prev = dx_hat
        return x_hat


def make():
    np.random.seed(27)
    x = (np.random.rand(17, 2) * 100).astype(np.float32)
    return OneEuroKeypointFilter(), (Tensor(x),)
