# case: read the downstream gauge and fall back to the upstream gauge inside a try/except when the division by the gate opening fails -> try statement in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadLossEstimator(nn.Cell):
    def __init__(self, k_loss=0.8):
        super().__init__()
        self.k_loss = k_loss

    def construct(self, upstream, downstream, opening):
        try:
            head = (upstream - downstream) / opening
        except ZeroDivisionError:
            head = upstream * 0.0
        return self.k_loss * head.mean()


def make():
    np.random.seed(141)
    up = np.random.uniform(4.0, 6.0, size=(10,)).astype(np.float32)
    down = np.random.uniform(0.5, 2.0, size=(10,)).astype(np.float32)
    op = np.random.uniform(0.3, 1.0, size=(10,)).astype(np.float32)
    return HeadLossEstimator(), (Tensor(up), Tensor(down), Tensor(op))
