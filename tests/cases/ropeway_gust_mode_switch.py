# case: when the mean wind exceeds the slow-down limit the controller returns only the leeward tower block, otherwise all towers -> tensor-valued if with different output shapes, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindModeSelector(nn.Cell):
    def __init__(self, slow_limit_ms=12.0, n_leeward=3):
        super().__init__()
        self.slow_limit_ms = slow_limit_ms
        self.n_leeward = n_leeward
        self.proj = nn.Dense(10, 1)

    def construct(self, tower_wind):
        # tower_wind: (towers, 10) recent 1 s averages
        mean_wind = tower_wind.mean()
        score = self.proj(tower_wind).squeeze(-1)
        if mean_wind > self.slow_limit_ms:
            out = score[:self.n_leeward]
        else:
            out = score
        return ops.tanh(out)


def make():
    np.random.seed(9)
    w = np.abs(13 + 3 * np.random.randn(7, 10)).astype(np.float32)
    return WindModeSelector(), (Tensor(w),)
