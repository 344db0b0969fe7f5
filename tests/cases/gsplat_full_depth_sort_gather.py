# case: sorts all splats by camera-space depth with ops.sort and reorders colours, opacities and 2D means with the full permutation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthOrder(nn.Cell):
    def __init__(self, descending=False):
        super().__init__()
        self.descending = descending

    def construct(self, depths, means2d, colors, opacity):
        sorted_depth, order = ops.sort(depths, descending=self.descending)
        order = order.astype(ms.int32)
        means2d = ops.gather(means2d, order, 0)
        colors = ops.gather(colors, order, 0)
        opacity = ops.gather(opacity, order, 0)
        return sorted_depth, means2d, colors, opacity


def make():
    np.random.seed(13)
    depths = Tensor(np.random.uniform(0.5, 20, (22,)).astype(np.float32))
    means2d = Tensor(np.random.uniform(0, 64, (22, 2)).astype(np.float32))
    colors = Tensor(np.random.rand(22, 3).astype(np.float32))
    opacity = Tensor(np.random.rand(22).astype(np.float32))
    return DepthOrder(), (depths, means2d, colors, opacity)
