# case: spectrogram feature cropper keeps the first n frequency bins via x[..., :n] with a tensor n
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandLimit(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, pad_mode="same")

    def construct(self, spec, n_bins):
        y = ops.relu(self.conv(spec))
        y = y[..., :n_bins]
        return y.mean(axis=-1)


def make():
    spec = Tensor(np.random.rand(1, 1, 6, 16).astype(np.float32))
    return BandLimit(), (spec, Tensor(10, ms.int64))
