# case: crop a bench height profile to the number of valid survey points read with .item() -> slice length from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BenchProfileSmoother(nn.Cell):
    def __init__(self, window=3):
        super().__init__()
        self.window = window
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1)

    def construct(self, profile_m, n_valid):
        k = n_valid.item()
        valid = profile_m[:k]
        smooth = self.pool(valid.reshape(1, 1, -1)).reshape(-1)
        drop = smooth[0] - smooth[-1]
        return smooth, drop


def make():
    np.random.seed(101)
    profile = Tensor(np.cumsum(np.random.uniform(-0.2, 0.1, 64)).astype(np.float32) + 12.0)
    n_valid = Tensor(np.int32(41))
    return BenchProfileSmoother(), (profile, n_valid)
