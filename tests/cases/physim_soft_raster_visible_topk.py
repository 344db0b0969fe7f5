# case: soft rasteriser blending only the k nearest faces, k counted from faces in front of the far plane -> compile error at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeCoverage(nn.Cell):
    """Soft per-pixel coverage for a batch of 2D triangles (SoftRas-style)."""

    def __init__(self, sigma=1e-2):
        super().__init__()
        self.sigma = sigma

    def construct(self, pix, tris):
        # pix: (P, 2), tris: (F, 3, 2)
        cov = ops.ones((tris.shape[0], pix.shape[0]), ms.float32)
        for e in range(3):
            a = tris[:, e]
            b = tris[:, (e + 1) % 3]
            edge = b - a
            rel = ops.expand_dims(pix, 0) - ops.expand_dims(a, 1)
            cross = ops.expand_dims(edge[:, 0], 1) * rel[..., 1] - ops.expand_dims(edge[:, 1], 1) * rel[..., 0]
            cov = cov * ops.sigmoid(cross / self.sigma)
        return cov


class SoftRasterizer(nn.Cell):
    def __init__(self, far=5.0, gamma=1e-1):
        super().__init__()
        self.coverage = EdgeCoverage()
        self.far = far
        self.gamma = gamma

    def construct(self, pix, tris, depth, colors):
        cov = self.coverage(pix, tris)
        vis_depth = ops.where(depth < self.far, depth, self.far * ops.ones_like(depth))
        k = (depth < self.far).astype(ms.int32).sum()
        neg_d, order = ops.topk(-vis_depth, k)
        w = ops.gather(cov, order, 0) * ops.exp(ops.expand_dims(neg_d, 1) / self.gamma)
        w = w / (w.sum(0, keepdims=True) + 1e-6)
        return ops.matmul(w.T, ops.gather(colors, order, 0))


def make():
    np.random.seed(4)
    f = 6
    tris = Tensor(np.random.rand(f, 3, 2).astype(np.float32))
    depth = Tensor(np.array([1.0, 2.0, 7.0, 0.5, 9.0, 3.0], np.float32))
    colors = Tensor(np.random.rand(f, 3).astype(np.float32))
    g = np.linspace(0, 1, 5, dtype=np.float32)
    pix = Tensor(np.stack(np.meshgrid(g, g), -1).reshape(-1, 2))
    return SoftRasterizer(), (pix, tris, depth, colors)
