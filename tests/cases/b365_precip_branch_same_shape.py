# case: precipitation post-processing that rescales the field only when its maximum exceeds a physical cap, both branches keeping the same shape -> tensor-valued if with matching shapes, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_RAIN_MM = 6.0


class PostConfig:
    def __init__(self, hidden=8, cap_extremes=True, log_transform=False):
        self.hidden = hidden
        self.cap_extremes = cap_extremes
        self.log_transform = log_transform


class PrecipPost(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cap_extremes = config.cap_extremes
        self.log_transform = config.log_transform
        self.conv = nn.Conv2d(1, config.hidden, 3, pad_mode="same")
        self.out = nn.Conv2d(config.hidden, 1, 1)

    def _cap(self, tp):
        peak = tp.max()
        if peak > MAX_RAIN_MM:
            tp = tp * (MAX_RAIN_MM / peak)
        else:
            tp = tp * 1.0
        return tp

    def construct(self, tp):
        if self.log_transform:
            tp = ops.log1p(tp)
        y = ops.relu(self.out(ops.gelu(self.conv(tp))))
        if self.cap_extremes:
            y = self._cap(y + tp)
        return y


def make():
    np.random.seed(3673)
    net = PrecipPost(PostConfig())
    tp = Tensor(np.random.gamma(0.5, 2.0, size=(2, 1, 16, 32)).astype(np.float32))
    return net, (tp,)
