# case: pad input to a multiple of the window size (reflect) and crop back using .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowPadWrapper(nn.Cell):
    """Wraps a window-based restorer that needs H, W divisible by window_size."""

    def __init__(self, channels=3, window_size=8, hidden=12):
        super().__init__()
        self.window_size = window_size
        self.enc = nn.Conv2d(channels, hidden, 3, pad_mode="same")
        self.act = nn.GELU()
        self.dec = nn.Conv2d(hidden, channels, 3, pad_mode="same")

    def _pad_to_window(self, x):
        _, _, h, w = x.shape
        ws = self.window_size
        pad_h = (ws - h % ws) % ws
        pad_w = (ws - w % ws) % ws
        x = ops.pad(x, (0, pad_w, 0, pad_h), mode="reflect")
        return x, h, w

    def construct(self, x):
        xp, h, w = self._pad_to_window(x)
        y = self.dec(self.act(self.enc(xp)))
        y = y + xp
        return y[:, :, :h, :w]


def make():
    np.random.seed(1)
    x = Tensor(np.random.rand(1, 3, 13, 11).astype(np.float32))
    return WindowPadWrapper(), (x,)
