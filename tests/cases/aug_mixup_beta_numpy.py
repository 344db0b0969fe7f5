# case: mixup samples lambda with np.random.beta and a permutation with np.random.permutation inside construct; numpy calls are constant-folded at compile time; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumpyMixup(nn.Cell):
    def __init__(self, alpha=0.4):
        super().__init__()
        self.alpha = alpha

    def construct(self, x, y_onehot):
        lam = float(np.random.beta(self.alpha, self.alpha))
        perm = Tensor(np.random.permutation(x.shape[0]).astype(np.int32))
        x = lam * x + (1 - lam) * ops.gather(x, perm, 0)
        y = lam * y_onehot + (1 - lam) * ops.gather(y_onehot, perm, 0)
        return x, y


def make():
    x = Tensor(np.random.randn(8, 3, 4, 4).astype(np.float32))
    y = Tensor(np.eye(5, dtype=np.float32)[np.random.randint(0, 5, 8)])
    return NumpyMixup(), (x, y)
