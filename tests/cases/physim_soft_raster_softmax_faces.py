# case: SoftRas-style aggregation over all faces with sigmoid coverage and depth softmax, sizes from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def point_edge_distance(p, a, b):
    ab = b - a
    t = ops.clamp(((p - a) * ab).sum(-1) / ((ab * ab).sum(-1) + 1e-8), 0.0, 1.0)
    proj = a + ops.expand_dims(t, -1) * ab
    return ops.norm(p - proj, dim=-1)


def edge_cross(u, v, q):
    return (v[..., 0] - u[..., 0]) * (q[..., 1] - u[..., 1]) - (v[..., 1] - u[..., 1]) * (q[..., 0] - u[..., 0])


class SoftTriangleRenderer(nn.Cell):
    def __init__(self, image_size=8, sigma=1e-3, gamma=1e-2, bg_depth=10.0):
        super().__init__()
        self.image_size = image_size
        self.sigma = sigma
        self.gamma = gamma
        self.bg_depth = bg_depth
        g = (np.arange(image_size, dtype=np.float32) + 0.5) / image_size
        xs, ys = np.meshgrid(g, g)
        self.pixels = Tensor(np.stack([xs, ys], -1).reshape(-1, 1, 2))

    def construct(self, verts, depth, colors):
        # verts: (F, 3, 2), depth: (F,), colors: (F, 3)
        p = self.pixels
        a, b, c = verts[:, 0], verts[:, 1], verts[:, 2]
        dist = ops.minimum(ops.minimum(point_edge_distance(p, a, b), point_edge_distance(p, b, c)),
                           point_edge_distance(p, c, a))
        inside = ops.logical_and(edge_cross(a, b, p) > 0,
                                 ops.logical_and(edge_cross(b, c, p) > 0, edge_cross(c, a, p) > 0))
        sign = ops.where(inside, ops.ones_like(dist), -ops.ones_like(dist))
        prob = ops.sigmoid(sign * dist * dist / self.sigma)
        z = (self.bg_depth - depth) / self.bg_depth
        logits = ops.log(prob + 1e-8) + z / self.gamma
        bg = ops.full((p.shape[0], 1), 1e-3, dtype=ms.float32)
        w = ops.softmax(ops.concat([logits, ops.log(bg)], 1), -1)
        img = ops.matmul(w[:, :-1], colors)
        return img.reshape(self.image_size, self.image_size, colors.shape[-1])


def make():
    np.random.seed(13)
    verts = Tensor(np.random.rand(4, 3, 2).astype(np.float32))
    depth = Tensor(np.random.rand(4).astype(np.float32) * 5)
    colors = Tensor(np.random.rand(4, 3).astype(np.float32))
    return SoftTriangleRenderer(), (verts, depth, colors)
