# case: near miss: under a tensor test, the value is added to a full view of itself (x[:, :] + x[..., :]), which keeps its shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Double(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, x, mask):
        ratio = mask.astype(ms.float32).mean()
        if ratio < self.threshold:
            x = (x[:, :] + x[..., :]) * 0.5
        return x * 2.0


def make():
    np.random.seed(1)
    return Double(), (Tensor(np.random.randn(2, 8, 3).astype(np.float32)),
                      Tensor(np.random.rand(2, 8) > 0.7))
