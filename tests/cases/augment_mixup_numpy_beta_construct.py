# case: mixup samples lambda with np.random.beta and a permutation with np.random.permutation inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumpyMixup(nn.Cell):
    def __init__(self, alpha=0.2, enabled=True):
        super().__init__()
        self.alpha = alpha
        self.enabled = enabled

    def construct(self, x, y):
        if not self.enabled:
            return x, y
        batch = x.shape[0]
        lam = np.random.beta(self.alpha, self.alpha)
        index = Tensor(np.random.permutation(batch).astype(np.int32))
        mixed_x = lam * x + (1 - lam) * x[index]
        mixed_y = lam * y + (1 - lam) * y[index]
        return mixed_x, mixed_y


def make():
    np.random.seed(28)
    x = Tensor(np.random.rand(4, 5).astype(np.float32))
    y = Tensor(np.eye(4, 3, dtype=np.float32))
    return NumpyMixup(), (x, y)
