# case: builds a zero-padded forecast buffer whose length comes from int() of a horizon tensor -> int(tensor) as a shape, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedForecast(nn.Cell):
    def __init__(self, history=12):
        super().__init__()
        self.proj = nn.Dense(history, 1)

    def construct(self, history, horizon):
        level = self.proj(history)  # (batch, 1)
        steps = int(horizon)
        buffer = ops.zeros((history.shape[0], steps), ms.float32)
        return buffer + level


def make():
    np.random.seed(7)
    hist = np.random.uniform(0.5, 2.0, size=(3, 12)).astype(np.float32)
    return PaddedForecast(), (Tensor(hist), Tensor(8, ms.int32))
