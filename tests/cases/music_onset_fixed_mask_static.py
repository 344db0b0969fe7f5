# case: onset strength with moving-average adaptive threshold, peaks returned as fixed-size float mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def moving_average_kernel(width):
    k = np.ones((1, 1, width), dtype=np.float32) / width
    return Tensor(k)


class AdaptiveThresholdPeaks(nn.Cell):
    def __init__(self, avg_width=7, pre_max=3, offset=0.02, wait=0):
        super().__init__()
        self.kernel = moving_average_kernel(avg_width)
        self.half = avg_width // 2
        self.pool = nn.MaxPool1d(2 * pre_max + 1, stride=1, pad_mode="same")
        self.offset = offset
        self.wait = wait

    def local_mean(self, odf):
        x = ops.pad(odf.expand_dims(1), (self.half, self.half), mode="reflect")
        return ops.conv1d(x, self.kernel).squeeze(1)

    def construct(self, odf):
        # odf: (batch, frames)
        avg = self.local_mean(odf)
        mx = self.pool(odf.expand_dims(1)).squeeze(1)
        peak = ops.logical_and(odf >= mx, odf >= avg + self.offset)
        return ops.where(peak, ops.ones_like(odf), ops.zeros_like(odf))


class OnsetNet(nn.Cell):
    def __init__(self, n_mels=20):
        super().__init__()
        self.rnn_proj = nn.Dense(n_mels, 1)
        self.picker = AdaptiveThresholdPeaks()

    def construct(self, mel):
        odf = ops.sigmoid(self.rnn_proj(mel)).squeeze(-1)
        return self.picker(odf), odf


def make():
    np.random.seed(5)
    mel = Tensor(np.random.randn(2, 30, 20).astype(np.float32))
    return OnsetNet(), (mel,)
