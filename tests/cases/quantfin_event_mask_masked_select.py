# case: average abnormal return on earnings-event days using masked_select on the event mask -> masked_select output length depends on data, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventStudy(nn.Cell):
    def __init__(self, beta=1.1):
        super().__init__()
        self.beta = beta

    def abnormal(self, stock_ret, mkt_ret):
        return stock_ret - self.beta * mkt_ret

    def construct(self, stock_ret, mkt_ret, event_mask):
        ar = self.abnormal(stock_ret, mkt_ret)
        event_ar = ops.masked_select(ar, event_mask)
        car = event_ar.sum()
        return car, event_ar.mean()


def make():
    np.random.seed(11)
    stock = Tensor((np.random.randn(60) * 0.02).astype(np.float32))
    mkt = Tensor((np.random.randn(60) * 0.01).astype(np.float32))
    mask = np.zeros(60, dtype=bool)
    mask[[5, 17, 33, 48]] = True
    return EventStudy(), (stock, mkt, Tensor(mask))
