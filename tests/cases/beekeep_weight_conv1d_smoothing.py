# case: smooths the hive-scale signal with a fixed box-filter conv1d built from a constructor kernel size -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NectarFlowHead(nn.Cell):
    """Estimates nectar flow (kg/day) from a smoothed 24 h hive-weight trace."""

    def __init__(self, length=24, kernel=5):
        super().__init__()
        self.smoother = nn.Conv1d(1, 1, kernel, pad_mode="same", has_bias=False,
                                  weight_init=Tensor(np.ones((1, 1, kernel), np.float32) / kernel))
        self.smoother.weight.requires_grad = False
        self.fc = nn.Dense(length, 1)

    def smooth(self, trace):
        return self.smoother(trace.expand_dims(1)).squeeze(1)

    def construct(self, trace):
        sm = self.smooth(trace)
        return self.fc(sm - sm[:, :1])


def make():
    np.random.seed(17)
    trace = (40.0 + np.cumsum(np.random.randn(3, 24) * 0.05, axis=1)).astype(np.float32)
    return NectarFlowHead(), (Tensor(trace),)
