# case: bar-level encoder computes n_bars = seq_len // steps_per_bar from x.shape and the token count, reshapes events into bars and pools them, with a padding guard that only pads when the length is not a bar multiple -> shape-only values, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class BarConfig:
    def __init__(self, d_model=16, steps_per_bar=4, pad_to_bar=True):
        self.d_model = d_model
        self.steps_per_bar = steps_per_bar
        self.pad_to_bar = pad_to_bar

class BarEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.spb = config.steps_per_bar
        self.pad_to_bar = config.pad_to_bar
        self.bar_proj = nn.Dense(config.d_model, config.d_model)

    def _pad(self, x):
        rem = x.shape[1] % self.spb
        if self.pad_to_bar and rem != 0:
            x = ops.pad(x, (0, 0, 0, self.spb - rem))
        return x

    def construct(self, events, event_mask):
        x = self._pad(events * event_mask.expand_dims(-1))
        n_bars = x.shape[1] // self.spb
        bars = x.reshape(x.shape[0], n_bars, self.spb, x.shape[2]).mean(axis=2)
        return self.bar_proj(bars), n_bars

def make():
    np.random.seed(3749)
    enc = BarEncoder(BarConfig())
    events = Tensor(np.random.randn(2, 14, 16).astype(np.float32))
    mask = Tensor((np.random.rand(2, 14) > 0.1).astype(np.float32))
    return enc, (events, mask)
