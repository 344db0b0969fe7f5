# case: warmup scaler counts calls by writing a Python int attribute on self inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupScaledProjection(nn.Cell):
    def __init__(self, in_dim=8, out_dim=8, warmup_steps=10, track_steps=True):
        super().__init__()
        self.proj = nn.Dense(in_dim, out_dim)
        self.warmup_steps = warmup_steps
        self.track_steps = track_steps
        self.num_calls = 0

    def _warmup_factor(self):
        return min(1.0, (self.num_calls + 1) / self.warmup_steps)

    def construct(self, x):
        out = self.proj(x)
        if self.track_steps:
            factor = self._warmup_factor()
            self.num_calls = self.num_calls + 1
            out = out * factor
        return out


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return WarmupScaledProjection(), (x,)
