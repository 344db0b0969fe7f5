# case: encoder accepts an optional observed-value mask defaulting to None and falls back to ones_like -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskAwareEncoder(nn.Cell):
    def __init__(self, channels=3, hidden=8, append_mask=True):
        super().__init__()
        self.append_mask = append_mask
        in_dim = 2 * channels if append_mask else channels
        self.lstm = nn.LSTM(in_dim, hidden, batch_first=True)
        self.head = nn.Dense(hidden, channels)

    def _prepare(self, x, mask):
        if mask is None:
            mask = ops.ones_like(x)
        x = ops.where(mask > 0, x, ops.zeros_like(x))
        if self.append_mask:
            x = ops.concat((x, mask), axis=-1)
        return x

    def construct(self, x, mask=None):
        inp = self._prepare(x, mask)
        out, _ = self.lstm(inp)
        return self.head(out[:, -1, :])


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 9, 3).astype(np.float32))
    return MaskAwareEncoder(), (x,)
