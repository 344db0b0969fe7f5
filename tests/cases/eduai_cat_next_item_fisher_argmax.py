# case: computerized adaptive test picks the next item by argmax of Fisher information over unadministered items and gathers its parameters -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTestSelector(nn.Cell):
    def __init__(self, discrimination, difficulty):
        super().__init__()
        self.a = Tensor(discrimination.astype(np.float32))
        self.b = Tensor(difficulty.astype(np.float32))

    def fisher_information(self, theta):
        p = ops.sigmoid(self.a * (theta.expand_dims(1) - self.b))
        return self.a * self.a * p * (1 - p)

    def construct(self, theta, administered):
        info = self.fisher_information(theta)
        info = info * (1.0 - administered) - administered
        next_item = ops.argmax(info, dim=1)
        next_b = ops.gather(self.b, next_item, 0)
        return next_item, next_b


def make():
    np.random.seed(35)
    a = np.random.uniform(0.5, 2.0, (15,))
    b = np.random.randn(15)
    theta = Tensor(np.random.randn(4).astype(np.float32))
    administered = Tensor((np.random.uniform(0, 1, (4, 15)) > 0.7).astype(np.float32))
    return AdaptiveTestSelector(a, b), (theta, administered)
