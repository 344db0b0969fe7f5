# case: median-filters frame probabilities with a window length read from a tensor via int() and used to build slices -> Graph mode should reject or go dynamic (int of tensor used as size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MedianPostProcessor(nn.Cell):
    """Smooth frame-level event probabilities with a per-clip median window."""

    def __init__(self, n_classes=4):
        super().__init__()
        self.n_classes = n_classes

    def smooth(self, probs, win):
        half = win // 2
        padded = ops.pad(probs, (0, 0, half, half), mode="replicate")
        frames = probs.shape[1]
        stacked = ops.stack([padded[:, i:i + frames] for i in range(win)], axis=-1)
        values, _ = ops.median(stacked, axis=-1)
        return values

    def construct(self, probs, win_size):
        win = int(win_size)
        return self.smooth(probs, win)


def make():
    np.random.seed(0)
    probs = Tensor(np.random.rand(2, 20, 4).astype(np.float32))
    win_size = Tensor(5, ms.int32)
    return MedianPostProcessor(), (probs, win_size)
