# case: set-abstraction sampler picks npoint = ceil(ratio * N) where the sampling ratio may arrive as a tensor, then slices the distance ordering -> dynamic/error (slice length from int() of a tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SAConfig:
    def __init__(self, nsample=8, use_xyz=True, ratio=0.25):
        self.nsample = nsample
        self.use_xyz = use_xyz
        self.ratio = ratio


def square_distance(src, dst):
    # src (B, N, 3), dst (B, M, 3) -> (B, N, M)
    return (src.expand_dims(2) - dst.expand_dims(1)).pow(2).sum(-1)


def index_points(points, idx):
    c = points.shape[-1]
    return ops.gather_elements(points, 1, ops.tile(idx.expand_dims(-1), (1, 1, c)))


class RatioSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_xyz = config.use_xyz
        self.default_ratio = config.ratio

    def _num_samples(self, n, ratio=None):
        if ratio is None:
            return int(math.ceil(self.default_ratio * n))
        return int(ops.ceil(ratio * n))

    def construct(self, xyz, ratio=None):
        n = xyz.shape[1]
        centroid = xyz.mean(axis=1, keep_dims=True)
        d = square_distance(xyz, centroid).squeeze(-1)
        order = ops.sort(d, axis=-1, descending=True)[1]
        npoint = self._num_samples(n, ratio)
        idx = order[:, :npoint]
        return index_points(xyz, idx)


def make():
    np.random.seed(3481)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    ratio = Tensor(np.array(0.25, dtype=np.float32))
    return RatioSampler(SAConfig()), (xyz, ratio)
