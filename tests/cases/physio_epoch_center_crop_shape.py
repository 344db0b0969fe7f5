# case: crop the central part of each sleep epoch using lengths computed from x.shape and a constructor fraction, then downsample by stride slicing -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterCrop(nn.Cell):
    def __init__(self, keep_fraction=0.5, decimate=2):
        super().__init__()
        self.keep_fraction = keep_fraction
        self.decimate = decimate

    def construct(self, epochs):
        # epochs: (batch, channels, time)
        n = epochs.shape[-1]
        keep = int(n * self.keep_fraction)
        start = (n - keep) // 2
        crop = epochs[:, :, start:start + keep]
        return crop[:, :, ::self.decimate]


class EpochEncoder(nn.Cell):
    def __init__(self, n_channels=2, n_time=60):
        super().__init__()
        self.crop = CenterCrop()
        self.fc = nn.Dense(n_channels * (n_time // 4), 5)

    def construct(self, epochs):
        x = self.crop(epochs)
        return self.fc(x.reshape(x.shape[0], -1))


def make():
    np.random.seed(30)
    epochs = np.random.randn(4, 2, 60).astype(np.float32)
    return EpochEncoder(), (Tensor(epochs),)
