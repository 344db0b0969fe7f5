# case: packed (ragged) ray samples composited with unsorted_segment_sum, number of rays taken from the max ray index in the data -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedCompositor(nn.Cell):
    """Instant-NGP style: samples of all rays packed in one flat array with a ray index per sample."""

    def __init__(self, white_bkgd=False):
        super().__init__()
        self.white_bkgd = white_bkgd

    def exclusive_trans(self, alpha, ray_ids, n_rays):
        log_t = ops.log(1.0 - alpha + 1e-10)
        cum = ops.cumsum(log_t, axis=0)
        ray_total_before = ops.unsorted_segment_sum(log_t, ray_ids, n_rays)
        start = ops.cumsum(ray_total_before, axis=0) - ray_total_before
        return ops.exp(cum - log_t - ops.gather(start, ray_ids, 0))

    def construct(self, rgb, sigma, deltas, ray_ids):
        n_rays = ray_ids.max() + 1
        alpha = 1.0 - ops.exp(-sigma * deltas)
        w = alpha * self.exclusive_trans(alpha, ray_ids, n_rays)
        color = ops.unsorted_segment_sum(w[:, None] * rgb, ray_ids, n_rays)
        opacity = ops.unsorted_segment_sum(w, ray_ids, n_rays)
        if self.white_bkgd:
            color = color + (1.0 - opacity[:, None])
        return color, opacity


def make():
    np.random.seed(31)
    counts = np.array([3, 5, 2, 4], np.int32)
    ray_ids = np.repeat(np.arange(4, dtype=np.int32), counts)
    n = ray_ids.shape[0]
    rgb = Tensor(np.random.rand(n, 3).astype(np.float32))
    sigma = Tensor(np.random.rand(n).astype(np.float32) * 2)
    deltas = Tensor(np.full((n,), 0.1, np.float32))
    return PackedCompositor(), (rgb, sigma, deltas, Tensor(ray_ids))
