# case: PPG feature pooling with an optional validity mask argument tested with `is None` (mask passed as None) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PPGPooling(nn.Cell):
    def __init__(self, in_ch=1, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, hidden, kernel_size=5, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, ppg, mask=None):
        # ppg: (batch, 1, n_samples)
        h = self.act(self.conv(ppg))
        if mask is None:
            pooled = h.mean(axis=-1)
        else:
            m = mask.astype(h.dtype).expand_dims(1)
            pooled = (h * m).sum(axis=-1) / ops.maximum(m.sum(axis=-1), 1.0)
        return pooled


def make():
    np.random.seed(29)
    ppg = np.random.randn(2, 1, 40).astype(np.float32)
    return PPGPooling(), (Tensor(ppg), None)
