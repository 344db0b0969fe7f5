# case: regime-aware encoder keeps only the recent short window when batch volatility is high, else the full window (branch shapes differ on a tensor condition) -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegimeAwareEncoder(nn.Cell):
    def __init__(self, channels=3, hidden=8, short_window=6, vol_threshold=1.2):
        super().__init__()
        self.short_window = short_window
        self.vol_threshold = vol_threshold
        self.conv = nn.Conv1d(channels, hidden, kernel_size=3, pad_mode="same")
        self.head = nn.Dense(hidden, 1)

    def volatility(self, x):
        returns = x[:, :, 1:] - x[:, :, :-1]
        return returns.std(axis=-1).mean()

    def select_context(self, x):
        if self.volatility(x) > self.vol_threshold:
            x = x[:, :, -self.short_window:]
        return x

    def construct(self, x):
        x = self.select_context(x)
        h = self.conv(x)
        pooled = h.mean(axis=-1)
        return self.head(pooled)


def make():
    np.random.seed(16)
    x = Tensor((2.0 * np.random.randn(4, 3, 20)).astype(np.float32))
    return RegimeAwareEncoder(), (x,)
