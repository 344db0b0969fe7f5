# case: encoder that applies an extra 2x frame-reduction only when the input is longer than a threshold (tensor condition) -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameReducer(nn.Cell):
    def __init__(self, dim, factor=2):
        super().__init__()
        self.factor = factor
        self.proj = nn.Dense(dim * factor, dim)

    def construct(self, x):
        b, t, d = x.shape
        t = t // self.factor * self.factor
        x = x[:, :t].reshape(b, t // self.factor, d * self.factor)
        return self.proj(x)


class AdaptiveRateEncoder(nn.Cell):
    def __init__(self, dim=16, long_input_frames=12):
        super().__init__()
        self.input_layer = nn.Dense(dim, dim)
        self.reducer = FrameReducer(dim)
        self.long_input_frames = long_input_frames

    def construct(self, x, x_lens):
        x = ops.relu(self.input_layer(x))
        if x_lens.max() > self.long_input_frames:
            x = self.reducer(x)
            x_lens = x_lens // 2
        return x, x_lens


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(2, 20, 16).astype(np.float32))
    lens = Tensor(np.array([20, 14], dtype=np.int32))
    return AdaptiveRateEncoder(), (x, lens)
