# case: DVS event stream keeps only ON-polarity events with masked_select -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolaritySplit(nn.Cell):
    def __init__(self, height=8, width=8):
        super().__init__()
        self.height = height
        self.width = width

    def construct(self, xs, ys, ts, ps):
        on_mask = ps > 0
        x_on = ops.masked_select(xs, on_mask)
        y_on = ops.masked_select(ys, on_mask)
        t_on = ops.masked_select(ts, on_mask)
        addr = y_on * self.width + x_on
        t_norm = (t_on - t_on.min()) / (t_on.max() - t_on.min() + 1e-6)
        return addr, t_norm


def make():
    np.random.seed(1)
    n = 40
    xs = Tensor(np.random.randint(0, 8, n).astype(np.int32))
    ys = Tensor(np.random.randint(0, 8, n).astype(np.int32))
    ts = Tensor(np.sort(np.random.rand(n)).astype(np.float32))
    ps = Tensor(np.random.choice([-1, 1], n).astype(np.int32))
    return PolaritySplit(), (xs, ys, ts, ps)
