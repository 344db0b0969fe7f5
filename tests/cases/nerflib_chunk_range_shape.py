# case: batched ray renderer splits rays into chunks with range(0, rays.shape[0], chunk) and concatenates chunk outputs -> static (loop bounds from shape and config)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RenderConfig:
    def __init__(self, chunk=16, hidden=16, n_samples=8, use_cache=False):
        self.chunk = chunk
        self.hidden = hidden
        self.n_samples = n_samples
        self.use_cache = use_cache


class PointField(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 4)])

    def construct(self, pts):
        raw = self.net(pts)
        return ops.sigmoid(raw[..., :3]), ops.relu(raw[..., 3])


class ChunkRenderer(nn.Cell):
    def __init__(self, config, field=None):
        super().__init__()
        self.chunk = config.chunk
        self.use_cache = config.use_cache
        self.field = field or PointField(config.hidden)
        self.z = Tensor(np.linspace(2.0, 6.0, config.n_samples, dtype=np.float32))

    def _render_chunk(self, rays_o, rays_d):
        pts = rays_o[:, None] + rays_d[:, None] * self.z[None, :, None]
        rgb, sigma = self.field(pts)
        w = 1.0 - ops.exp(-sigma * 0.5)
        return (w[..., None] * rgb).sum(axis=1)

    def construct(self, rays_o, rays_d):
        n_rays = rays_o.shape[0]
        outs = [self._render_chunk(rays_o[i:i + self.chunk], rays_d[i:i + self.chunk])
                for i in range(0, n_rays, self.chunk)]
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(104)
    o = np.random.randn(40, 3).astype(np.float32)
    d = np.random.randn(40, 3).astype(np.float32)
    return ChunkRenderer(RenderConfig()), (Tensor(o), Tensor(d))
