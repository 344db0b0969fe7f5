# case: order lanes left to right by argsort of their bottom-row x positions and gather them; all sizes are fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneSorter(nn.Cell):
    def __init__(self, img_w=800.0):
        super().__init__()
        self.img_w = img_w

    def construct(self, lane_xs, exist):
        # push missing lanes to the right end before sorting
        bottom = lane_xs[:, -1]
        key = ops.where(exist > 0.5, bottom, ops.full_like(bottom, 2 * self.img_w))
        order = ops.argsort(key)
        sorted_xs = ops.gather(lane_xs, order, 0)
        sorted_exist = ops.gather(exist, order, 0)
        return ops.clamp(sorted_xs, 0.0, self.img_w - 1), sorted_exist


def make():
    np.random.seed(30)
    xs = Tensor((np.random.rand(5, 18) * 800).astype(np.float32))
    ex = Tensor(np.random.rand(5).astype(np.float32))
    return LaneSorter(), (xs, ex)
