# case: snippet encoder applies an optional padding mask only when it is not None, passed as None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnippetEncoder(nn.Cell):
    def __init__(self, channels=12, hidden=16):
        super().__init__()
        self.conv = nn.Conv1d(channels, hidden, 3, pad_mode="same", has_bias=True)
        self.relu = nn.ReLU()

    def construct(self, x, pad_mask=None):
        # x: (B, C, T); pad_mask: (B, T) 1 for valid
        h = self.relu(self.conv(x))
        if pad_mask is None:
            return h.mean(axis=-1)
        m = pad_mask.astype(h.dtype).expand_dims(1)
        return (h * m).sum(axis=-1) / ops.clamp(m.sum(axis=-1), min=1.0)


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(2, 12, 10).astype(np.float32))
    return SnippetEncoder(), (x, None)
