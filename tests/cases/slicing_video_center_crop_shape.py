# case: video classifier takes a centered temporal clip with start computed from frames.shape and a config clip length; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalPool(nn.Cell):
    def __init__(self, mode="mean"):
        super().__init__()
        self.mode = mode

    def construct(self, x):
        if self.mode == "max":
            return x.max(axis=1)
        return x.mean(axis=1)


class Net(nn.Cell):
    def __init__(self, clip_len=4, channels=3, n_classes=5):
        super().__init__()
        self.clip_len = clip_len
        self.pool = TemporalPool()
        self.fc = nn.Dense(channels, n_classes)

    def construct(self, video):
        # video: (B, T, C, H, W)
        t = video.shape[1]
        start = max((t - self.clip_len) // 2, 0)
        clip = video[:, start:start + self.clip_len]
        feat = self.pool(clip.mean(axis=(3, 4)))
        return self.fc(feat)


def make():
    video = Tensor(np.random.randn(2, 10, 3, 4, 4).astype(np.float32))
    return Net(), (video,)
