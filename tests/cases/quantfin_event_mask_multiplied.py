# case: average abnormal return on event days by multiplying a float event mask in and dividing by its sum -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventStudy(nn.Cell):
    def __init__(self, beta=1.1, window=2):
        super().__init__()
        self.beta = beta
        self.window = window

    def widen(self, mask):
        # mark +/- window days around each event via a fixed-size convolution-like sum
        out = mask
        for s in range(1, self.window + 1):
            out = out + ops.roll(mask, s, 0) + ops.roll(mask, -s, 0)
        return ops.clamp(out, 0.0, 1.0)

    def construct(self, stock_ret, mkt_ret, event_mask):
        ar = stock_ret - self.beta * mkt_ret
        m = self.widen(event_mask.astype(ms.float32))
        car = (ar * m).sum()
        return car, car / (m.sum() + 1e-6)


def make():
    np.random.seed(12)
    stock = Tensor((np.random.randn(60) * 0.02).astype(np.float32))
    mkt = Tensor((np.random.randn(60) * 0.01).astype(np.float32))
    mask = np.zeros(60, dtype=bool)
    mask[[5, 17, 33, 48]] = True
    return EventStudy(), (stock, mkt, Tensor(mask))
