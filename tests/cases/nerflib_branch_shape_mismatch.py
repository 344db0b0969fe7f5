# case: coarse sampler halves the sample count (z[:, ::2]) when the farthest ray bound exceeds a far limit, decided on tensor values -> if on tensor with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoarseConfig:
    n_samples = 32
    far_limit = 8.0
    lindisp = False


class CoarseSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_samples = config.n_samples
        self.far_limit = config.far_limit
        self.lindisp = config.lindisp
        self.t = Tensor(np.linspace(0.0, 1.0, config.n_samples, dtype=np.float32))

    def _bins(self, near, far):
        if self.lindisp:
            return 1.0 / (1.0 / near * (1.0 - self.t) + 1.0 / far * self.t)
        return near * (1.0 - self.t) + far * self.t

    def construct(self, near, far):
        z_vals = self._bins(near[:, None], far[:, None])
        if far.max() > self.far_limit:
            z_vals = z_vals[:, ::2]
        return z_vals, z_vals[:, -1] - z_vals[:, 0]


def make():
    np.random.seed(12)
    near = np.full(10, 2.0, np.float32)
    far = np.random.uniform(6.0, 10.0, 10).astype(np.float32)
    return CoarseSampler(CoarseConfig()), (Tensor(near), Tensor(far))
