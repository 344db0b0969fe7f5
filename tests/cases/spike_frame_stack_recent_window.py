# case: classifier on the last `window` event frames of a sequence, window fixed in config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentFramesClassifier(nn.Cell):
    def __init__(self, window=3, in_ch=2, num_classes=5, use_diff=False):
        super().__init__()
        self.window = window
        self.use_diff = use_diff
        self.conv = nn.Conv2d(in_ch * window, 8, 3, pad_mode="same")
        self.pool = ops.ReduceMean(keep_dims=False)
        self.head = nn.Dense(8, num_classes)

    def _select(self, frames):
        recent = frames[:, -self.window:]
        if self.use_diff:
            recent = recent - frames[:, -self.window - 1:-1]
        b, w, c, h, wd = recent.shape
        return recent.reshape(b, w * c, h, wd)

    def construct(self, frames):
        x = self._select(frames)
        x = ops.relu(self.conv(x))
        return self.head(self.pool(x, (2, 3)))


def make():
    np.random.seed(27)
    frames = Tensor(np.random.rand(2, 7, 2, 6, 6).astype(np.float32))
    return RecentFramesClassifier(), (frames,)
