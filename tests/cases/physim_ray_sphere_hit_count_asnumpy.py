# case: ray-sphere intersection whose hit count is read back with .asnumpy() to pick the shading path -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ray_sphere_t(origins, dirs, center, radius):
    oc = origins - center
    b = (oc * dirs).sum(-1)
    c = (oc * oc).sum(-1) - radius * radius
    disc = b * b - c
    hit = disc > 0
    t = -b - ops.sqrt(ops.clamp(disc, min=0.0))
    return hit, t


class SphereShader(nn.Cell):
    def __init__(self, radius=0.8, light=(0.3, 0.5, -1.0), ambient=0.1):
        super().__init__()
        self.center = Tensor(np.array([0.0, 0.0, 2.5], np.float32))
        self.radius = radius
        lvec = np.array(light, np.float32)
        self.light = Tensor(lvec / np.linalg.norm(lvec))
        self.ambient = ambient

    def lambert(self, origins, dirs, t):
        p = origins + ops.expand_dims(t, -1) * dirs
        n = (p - self.center) / self.radius
        return ops.clamp(-(n * self.light).sum(-1), min=0.0)

    def construct(self, origins, dirs):
        hit, t = ray_sphere_t(origins, dirs, self.center, self.radius)
        shade = self.lambert(origins, dirs, t)
        n_hit = hit.sum().asnumpy()
        if n_hit == 0:
            return ops.full(hit.shape, self.ambient, dtype=ms.float32)
        return ops.where(hit, shade + self.ambient, self.ambient * ops.ones_like(shade))


def make():
    np.random.seed(3)
    h = w = 8
    ys, xs = np.meshgrid(np.linspace(-0.5, 0.5, h), np.linspace(-0.5, 0.5, w), indexing="ij")
    dirs = np.stack([xs, ys, np.ones_like(xs)], -1).reshape(-1, 3).astype(np.float32)
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)
    origins = np.zeros_like(dirs)
    return SphereShader(), (Tensor(origins), Tensor(dirs))
