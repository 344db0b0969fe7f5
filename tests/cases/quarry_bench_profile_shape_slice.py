# case: crop a bench height profile to its first half using the static shape x.shape[0] // 2 -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BenchProfileSmoother(nn.Cell):
    def __init__(self, window=3):
        super().__init__()
        self.window = window
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1)

    def construct(self, profile_m):
        half = profile_m.shape[0] // 2
        valid = profile_m[:half]
        smooth = self.pool(valid.reshape(1, 1, -1)).reshape(-1)
        drop = smooth[0] - smooth[-1]
        return smooth, drop


def make():
    np.random.seed(102)
    profile = Tensor(np.cumsum(np.random.uniform(-0.2, 0.1, 64)).astype(np.float32) + 12.0)
    return BenchProfileSmoother(), (profile,)
