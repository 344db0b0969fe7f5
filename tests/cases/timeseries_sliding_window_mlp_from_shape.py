# case: sliding-window MLP builds windows in a loop whose count comes from x.shape and config stride -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowMLP(nn.Cell):
    def __init__(self, window=6, stride=2, hidden=12):
        super().__init__()
        self.window = window
        self.stride = stride
        self.mlp = nn.SequentialCell([nn.Dense(window, hidden), nn.GELU(), nn.Dense(hidden, 1)])

    def _windows(self, x):
        seq_len = x.shape[-1]
        num_windows = (seq_len - self.window) // self.stride + 1
        chunks = []
        for w in range(num_windows):
            start = w * self.stride
            chunks.append(x[:, start:start + self.window])
        return ops.stack(chunks, axis=1)

    def construct(self, x):
        windows = self._windows(x)           # (B, W, window)
        scores = self.mlp(windows).squeeze(-1)
        return scores


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(3, 20).astype(np.float32))
    return SlidingWindowMLP(), (x,)
