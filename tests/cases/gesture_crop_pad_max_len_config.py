# case: crops or zero-pads a clip to a max length fixed in the constructor, comparing it with x.shape in Python -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipLengthNormalizer(nn.Cell):
    def __init__(self, max_len=12, feat_dim=42):
        super().__init__()
        self.max_len = max_len
        self.feat_dim = feat_dim

    def construct(self, clip):
        t = clip.shape[0]
        frames = clip.reshape(t, self.feat_dim)
        if t >= self.max_len:
            return frames[:self.max_len]
        pad = ops.zeros((self.max_len - t, self.feat_dim), ms.float32)
        return ops.concat((frames, pad), axis=0)


class FixedLengthGestureNet(nn.Cell):
    def __init__(self, max_len=12, num_classes=6):
        super().__init__()
        self.norm_len = ClipLengthNormalizer(max_len=max_len)
        self.fc = nn.Dense(max_len * 42, num_classes)

    def construct(self, clip):
        x = self.norm_len(clip)
        return self.fc(x.reshape(1, -1))


def make():
    np.random.seed(28)
    clip = Tensor(np.random.randn(7, 21, 2).astype(np.float32))
    return FixedLengthGestureNet(), (clip,)
