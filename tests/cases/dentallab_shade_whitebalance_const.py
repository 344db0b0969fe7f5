# case: shade pipeline applies a camera white-balance matrix prepared with NumPy in __init__ and normalises by the tensor max in construct -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def d65_white_balance():
    gains = np.array([1.08, 1.0, 0.91], np.float32)
    return np.diag(gains).astype(np.float32)


class WhiteBalance(nn.Cell):
    def __init__(self):
        super().__init__()
        self.wb = Tensor(d65_white_balance())

    def construct(self, rgb):
        balanced = ops.matmul(rgb, self.wb)
        return balanced / (balanced.max() + 1e-6)


class ShadeFromRGB(nn.Cell):
    def __init__(self, n_shades=16):
        super().__init__()
        self.wb = WhiteBalance()
        self.fc = nn.Dense(3, n_shades)

    def construct(self, rgb_patches):
        x = self.wb(rgb_patches)
        return ops.log_softmax(self.fc(x), axis=-1)


def make():
    np.random.seed(329)
    rgb = np.random.uniform(0.4, 0.9, (12, 3)).astype(np.float32)
    return ShadeFromRGB(), (Tensor(rgb),)
