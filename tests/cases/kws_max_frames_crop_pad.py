# case: clips are cropped to a configured max_frames and right-padded to it, sizes from config and .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixLength(nn.Cell):
    def __init__(self, max_frames=32, pad_value=0.0):
        super().__init__()
        self.max_frames = max_frames
        self.pad_value = pad_value

    def construct(self, x):
        t = x.shape[-1]
        if t > self.max_frames:
            x = x[..., : self.max_frames]
        elif t < self.max_frames:
            x = ops.pad(x, (0, self.max_frames - t), value=self.pad_value)
        return x


class FixedLengthKWS(nn.Cell):
    def __init__(self, n_mels=10, max_frames=32, n_classes=6):
        super().__init__()
        self.fix = FixLength(max_frames)
        self.flat = nn.Flatten()
        self.fc = nn.Dense(n_mels * max_frames, n_classes)

    def construct(self, mel):
        return self.fc(self.flat(self.fix(mel)))


def make():
    np.random.seed(31)
    mel = np.random.randn(2, 10, 27).astype(np.float32)
    return FixedLengthKWS(), (Tensor(mel),)
