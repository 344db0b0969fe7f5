# case: render rays in fixed-size chunks (loop bounds from the input .shape and a chunk config), concatenating the chunk outputs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeRFMLP(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, hidden), nn.ReLU()])
        self.sigma_head = nn.Dense(hidden, 1)
        self.rgb_head = nn.Dense(hidden, 3)

    def construct(self, x):
        h = self.body(x)
        return ops.relu(self.sigma_head(h)).squeeze(-1), ops.sigmoid(self.rgb_head(h))


class ChunkedRenderer(nn.Cell):
    def __init__(self, chunk=4, n_samples=6, near=2.0, far=6.0):
        super().__init__()
        self.chunk = chunk
        self.n_samples = n_samples
        self.mlp = NeRFMLP()
        self.z = Tensor(np.linspace(near, far, n_samples).astype(np.float32))
        self.delta = (far - near) / (n_samples - 1)

    def render_chunk(self, rays_o, rays_d):
        pts = rays_o[:, None, :] + rays_d[:, None, :] * self.z[:, None]
        sigma, rgb = self.mlp(pts)
        alpha = 1.0 - ops.exp(-sigma * self.delta)
        trans = ops.cumprod(ops.concat([ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1]], axis=-1), dim=-1)
        w = alpha * trans
        return (w[..., None] * rgb).sum(axis=1)

    def construct(self, rays_o, rays_d):
        n = rays_o.shape[0]
        outs = []
        for i in range(0, n, self.chunk):
            outs.append(self.render_chunk(rays_o[i:i + self.chunk], rays_d[i:i + self.chunk]))
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(42)
    o = Tensor(np.random.randn(10, 3).astype(np.float32))
    d = Tensor(np.random.randn(10, 3).astype(np.float32))
    return ChunkedRenderer(), (o, d)
