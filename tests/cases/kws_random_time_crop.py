# case: training-time random crop picks a start frame with ops.randint and slices a fixed window starting there -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomTimeCrop(nn.Cell):
    def __init__(self, crop_frames=16):
        super().__init__()
        self.crop = crop_frames

    def construct(self, feats):
        t = feats.shape[-1]
        if t <= self.crop:
            return feats
        start = ops.randint(0, t - self.crop + 1, (1,), seed=3)[0]
        return feats[..., start:start + self.crop]


class KWSWithCrop(nn.Cell):
    def __init__(self, n_mels=10, n_classes=4, crop_frames=16, training=True):
        super().__init__()
        self.crop = RandomTimeCrop(crop_frames)
        self.conv = nn.Conv1d(n_mels, n_classes, 3, pad_mode="same", has_bias=True)
        self.training_crop = training

    def construct(self, feats):
        if self.training_crop:
            feats = self.crop(feats)
        return self.conv(feats).mean(axis=-1)


def make():
    np.random.seed(18)
    feats = np.random.randn(2, 10, 40).astype(np.float32)
    return KWSWithCrop(), (Tensor(feats),)
