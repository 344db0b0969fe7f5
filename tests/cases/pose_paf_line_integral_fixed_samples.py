# case: OpenPose part-affinity-field limb score by sampling a fixed number of points along each candidate limb -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PAFLimbScorer(nn.Cell):
    def __init__(self, num_samples=10, min_aligned=0.05):
        super().__init__()
        self.num_samples = num_samples
        self.min_aligned = min_aligned
        self.t = Tensor(np.linspace(0, 1, num_samples).astype(np.float32))

    def sample_points(self, src, dst):
        # src/dst: (M, 2) -> (M, S, 2)
        return src.expand_dims(1) + (dst - src).expand_dims(1) * self.t.reshape(1, -1, 1)

    def construct(self, paf_x, paf_y, src, dst):
        h, w = paf_x.shape
        pts = self.sample_points(src, dst)
        xi = ops.clamp(ops.round(pts[..., 0]), 0, w - 1).astype(ms.int32)
        yi = ops.clamp(ops.round(pts[..., 1]), 0, h - 1).astype(ms.int32)
        lin = (yi * w + xi).reshape(-1)
        vx = ops.gather(paf_x.reshape(-1), lin, 0).reshape(xi.shape)
        vy = ops.gather(paf_y.reshape(-1), lin, 0).reshape(xi.shape)
        vec = dst - src
        norm = ops.sqrt((vec * vec).sum(-1, keepdims=True)) + 1e-6
        unit = vec / norm
        dots = vx * unit[:, 0:1] + vy * unit[:, 1:2]
        aligned = (dots > self.min_aligned).astype(ms.float32).mean(-1)
        return dots.mean(-1), aligned


def make():
    np.random.seed(14)
    px = np.random.randn(32, 32).astype(np.float32)
    py = np.random.randn(32, 32).astype(np.float32)
    src = (np.random.rand(6, 2) * 31).astype(np.float32)
    dst = (np.random.rand(6, 2) * 31).astype(np.float32)
    return PAFLimbScorer(), (Tensor(px), Tensor(py), Tensor(src), Tensor(dst))
