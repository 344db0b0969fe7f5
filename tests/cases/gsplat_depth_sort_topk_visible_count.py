# case: sorts only the visible gaussians front-to-back by taking topk of negated depth with k = int(number visible) -> error or dynamic, k comes from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleDepthSorter(nn.Cell):
    def __init__(self, near=0.1):
        super().__init__()
        self.near = near

    def construct(self, depths, colors):
        visible = depths > self.near
        num_visible = int(visible.astype(ms.int32).sum())
        masked = ops.where(visible, depths, ops.full_like(depths, 1e9))
        _, order = ops.topk(-masked, num_visible)
        sorted_colors = ops.gather(colors, order, 0)
        sorted_depths = ops.gather(depths, order, 0)
        return sorted_depths, sorted_colors


def make():
    np.random.seed(3)
    depths = Tensor(np.random.uniform(-1, 10, (16,)).astype(np.float32))
    colors = Tensor(np.random.rand(16, 3).astype(np.float32))
    return VisibleDepthSorter(), (depths, colors)
