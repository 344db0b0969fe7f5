# case: top-oil temperature alarm computes the limit as mean plus k sigma using tensor ops only -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OilTempAlarm(nn.Cell):
    def __init__(self, k_sigma=2.0, margin_c=5.0):
        super().__init__()
        self.k_sigma = k_sigma
        self.margin = margin_c

    def construct(self, top_oil_c):
        mu = top_oil_c.mean()
        sd = ops.sqrt(((top_oil_c - mu) ** 2).mean())
        limit = mu + self.k_sigma * sd + self.margin
        over = (top_oil_c > limit).astype(ms.float32)
        return over.sum(), top_oil_c.max()


def make():
    np.random.seed(132)
    t = Tensor((60 + np.random.randn(288) * 4).astype(np.float32))
    return OilTempAlarm(), (t,)
