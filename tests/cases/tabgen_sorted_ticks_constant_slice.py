# case: sorts detected tick confidences and keeps the best max_ticks tick positions with a constant slice, re-sorting them by pixel position -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TickSelector(nn.Cell):
    def __init__(self, max_ticks=5):
        super().__init__()
        self.max_ticks = max_ticks

    def construct(self, tick_px, tick_conf):
        conf_sorted, order = ops.sort(tick_conf, descending=True)
        best = order[:self.max_ticks]
        px = ops.gather(tick_px, best, 0)
        px_sorted, _ = ops.sort(px)
        gaps = px_sorted[1:] - px_sorted[:-1]
        return px_sorted, gaps.mean(), conf_sorted[:self.max_ticks]


def make():
    np.random.seed(39)
    px = Tensor((np.random.rand(9) * 300).astype(np.float32))
    conf = Tensor(np.random.rand(9).astype(np.float32))
    return TickSelector(), (px, conf)
