# case: packed ray samples composited with unsorted_segment_sum where the segment count is the batch size from rays_o.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedRenderer(nn.Cell):
    def __init__(self, bg_color=1.0, use_bg=True):
        super().__init__()
        self.bg_color = bg_color
        self.use_bg = use_bg

    def per_ray_sum(self, values, ray_ids, n_rays):
        return ops.unsorted_segment_sum(values, ray_ids, n_rays)

    def construct(self, rays_o, rgb, sigma, t_mid, deltas, ray_ids):
        n_rays = rays_o.shape[0]
        alpha = 1.0 - ops.exp(-sigma * deltas)
        log_t = ops.log(1.0 - alpha + 1e-10)
        total = self.per_ray_sum(log_t, ray_ids, n_rays)
        offset = ops.cumsum(total, axis=0) - total
        trans = ops.exp(ops.cumsum(log_t, axis=0) - log_t - ops.gather(offset, ray_ids, 0))
        w = alpha * trans
        color = self.per_ray_sum(w[:, None] * rgb, ray_ids, n_rays)
        depth = self.per_ray_sum(w * t_mid, ray_ids, n_rays)
        opacity = self.per_ray_sum(w, ray_ids, n_rays)
        if self.use_bg:
            color = color + self.bg_color * (1.0 - opacity[:, None])
        return color, depth, opacity


def make():
    np.random.seed(32)
    counts = np.array([4, 2, 6, 3, 1], np.int32)
    ray_ids = np.repeat(np.arange(5, dtype=np.int32), counts)
    n = ray_ids.shape[0]
    rays_o = Tensor(np.random.randn(5, 3).astype(np.float32))
    rgb = Tensor(np.random.rand(n, 3).astype(np.float32))
    sigma = Tensor(np.random.rand(n).astype(np.float32))
    t_mid = Tensor(np.random.uniform(1, 3, n).astype(np.float32))
    deltas = Tensor(np.full((n,), 0.2, np.float32))
    return PackedRenderer(), (rays_o, rgb, sigma, t_mid, deltas, Tensor(ray_ids))
