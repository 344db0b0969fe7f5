# case: pooling layer takes the reduction axis from a layout tensor passed with the batch (0 = token-major, 1 = batch-major) -> reduce axis from data, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutConfig:
    def __init__(self, hidden_size=16, pooling="max"):
        self.hidden_size = hidden_size
        self.pooling = pooling


class LayoutAwarePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pooling = config.pooling
        self.proj = nn.Dense(config.hidden_size, config.hidden_size)

    def _seq_axis(self, layout):
        return int(layout[0]) if layout is not None else 1

    def construct(self, hidden, layout=None):
        axis = self._seq_axis(layout)
        h = self.proj(hidden)
        if self.pooling == "max":
            return h.max(axis=axis)
        return h.mean(axis=axis)


def make():
    np.random.seed(34)
    h = Tensor(np.random.randn(5, 3, 16).astype(np.float32))
    layout = Tensor(np.array([0], np.int32))
    return LayoutAwarePooler(LayoutConfig()), (h, layout)
