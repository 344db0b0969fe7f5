# case: SCADA encoder trims each batch to the number of valid (non-NaN-flagged) timesteps given as a tensor and slices x[:, :n] -> slice bound from a tensor value, expect error or dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScadaWindowEncoder(nn.Cell):
    def __init__(self, n_channels=6, hidden=12):
        super().__init__()
        self.proj = nn.Dense(n_channels, hidden)
        self.act = nn.ReLU()

    def construct(self, x, valid_len):
        n = valid_len.max()
        x = x[:, :n, :]
        h = self.act(self.proj(x))
        return h.mean(axis=1)


def make():
    np.random.seed(2)
    x = Tensor(np.random.randn(4, 30, 6).astype(np.float32))
    valid_len = Tensor(np.array([22, 30, 18, 25], dtype=np.int32))
    return ScadaWindowEncoder(), (x, valid_len)
