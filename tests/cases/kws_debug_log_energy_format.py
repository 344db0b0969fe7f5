# case: keyword model logs per-clip energy with str.format(float(tensor)) in a debug branch enabled by default -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyKWSNet(nn.Cell):
    def __init__(self, n_mfcc=10, n_classes=5, verbose=True):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, pad_mode="same", has_bias=True)
        self.fc = nn.Dense(4 * n_mfcc, n_classes)
        self.verbose = verbose

    def summarize(self, mfcc):
        energy = ops.mean(mfcc * mfcc)
        return "clip energy={:.3f}".format(float(energy))

    def construct(self, mfcc):
        # mfcc: (B, 1, T, n_mfcc)
        h = ops.relu(self.conv(mfcc))
        h = h.mean(axis=2)                       # (B, 4, n_mfcc)
        logits = self.fc(h.reshape(h.shape[0], -1))
        if self.verbose:
            print(self.summarize(mfcc))
        return logits


def make():
    np.random.seed(10)
    mfcc = np.random.randn(2, 1, 16, 10).astype(np.float32)
    return TinyKWSNet(), (Tensor(mfcc),)
