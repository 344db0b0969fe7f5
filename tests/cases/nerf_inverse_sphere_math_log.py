# case: log-spaced depth samples for unbounded scenes using math.log/math.exp on the near/far tensors -> compile error at line 16
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogDepthSampler(nn.Cell):
    def __init__(self, n_samples=12, use_log_spacing=True):
        super().__init__()
        self.n_samples = n_samples
        self.use_log_spacing = use_log_spacing
        self.u = Tensor(np.linspace(0.0, 1.0, n_samples).astype(np.float32))

    def log_spaced(self, near, far):
        log_near = math.log(near)
        log_far = math.log(far)
        return ops.exp(log_near + (log_far - log_near) * self.u)

    def construct(self, rays_o, rays_d, near, far):
        if self.use_log_spacing:
            z = self.log_spaced(near, far)
        else:
            z = near + (far - near) * self.u
        pts = rays_o[:, None, :] + rays_d[:, None, :] * z[None, :, None]
        return pts, z


def make():
    np.random.seed(37)
    o = Tensor(np.random.randn(4, 3).astype(np.float32))
    d = Tensor(np.random.randn(4, 3).astype(np.float32))
    return LogDepthSampler(), (o, d, Tensor(0.5, ms.float32), Tensor(50.0, ms.float32))
