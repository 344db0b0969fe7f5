# case: keeps a fixed budget of the K nearest splats per pixel using topk with K from the constructor and gathers their alphas -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestKPerPixel(nn.Cell):
    def __init__(self, k=4):
        super().__init__()
        self.k = k

    def construct(self, pixel_depths, pixel_alphas):
        # pixel_depths: (P, N) depth of every splat at every pixel, inf where not covering
        neg, idx = ops.topk(-pixel_depths, self.k, dim=-1)
        alphas = ops.gather_elements(pixel_alphas, 1, idx)
        near_depths = -neg
        trans = ops.cumprod(1.0 - alphas, dim=1)
        return near_depths, alphas, trans


def make():
    np.random.seed(14)
    depths = np.random.uniform(1, 10, (9, 12)).astype(np.float32)
    depths[np.random.rand(9, 12) < 0.3] = 1e6
    alphas = Tensor(np.random.uniform(0, 0.9, (9, 12)).astype(np.float32))
    return NearestKPerPixel(), (Tensor(depths), alphas)
