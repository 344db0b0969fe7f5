# case: MEGNet-style edge update weights Gaussian-expanded distances by a smooth cosine cutoff envelope (mask by multiplication, fixed edge count) -> compiles statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PI = math.pi


class EdgeConfig:
    cutoff = 5.0
    num_gaussians = 24
    edge_dim = 32
    smooth_cutoff = True


def cosine_envelope(d, cutoff):
    inside = (d < cutoff).astype(d.dtype)
    return 0.5 * (ops.cos(d * PI / cutoff) + 1.0) * inside


class GaussianSmearing(nn.Cell):
    def __init__(self, start, stop, num):
        super().__init__()
        offsets = np.linspace(start, stop, num).astype(np.float32)
        self.offset = Tensor(offsets)
        self.coeff = -0.5 / float(offsets[1] - offsets[0]) ** 2

    def construct(self, d):
        diff = d.reshape(-1, 1) - self.offset.reshape(1, -1)
        return ops.exp(self.coeff * diff * diff)


class EdgeEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.smooth = getattr(config, "smooth_cutoff", False)
        self.rbf = GaussianSmearing(0.0, config.cutoff, config.num_gaussians)
        self.lin = nn.Dense(config.num_gaussians, config.edge_dim)

    def construct(self, dist):
        e = self.lin(self.rbf(dist))
        if self.smooth:
            e = e * cosine_envelope(dist, self.cutoff)[:, None]
        return e


def make():
    np.random.seed(1)
    dist = np.random.uniform(0.8, 7.5, size=(64,)).astype(np.float32)
    return EdgeEmbedding(EdgeConfig()), (Tensor(dist),)
