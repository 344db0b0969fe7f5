# case: precipitation nowcast that zooms into the tropical band only when the field maximum exceeds a heavy-rain threshold, so the two branches leave fields of different lat sizes -> tensor-valued if with mismatched shapes (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HEAVY_RAIN_MM = 3.0


class NowcastConfig:
    def __init__(self, tropics_rows=(4, 12), hidden=8, zoom_heavy=True):
        self.tropics_rows = tropics_rows
        self.hidden = hidden
        self.zoom_heavy = zoom_heavy


class PrecipNowcast(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lo, self.hi = config.tropics_rows
        self.zoom_heavy = config.zoom_heavy
        self.conv = nn.Conv2d(1, config.hidden, 3, pad_mode="same")
        self.out = nn.Conv2d(config.hidden, 1, 1)

    def _focus(self, tp):
        if tp.max() > HEAVY_RAIN_MM:
            return tp[:, :, self.lo:self.hi, :]
        return tp

    def construct(self, tp):
        if self.zoom_heavy:
            tp = self._focus(tp)
        return ops.relu(self.out(ops.gelu(self.conv(tp))))


def make():
    np.random.seed(3672)
    net = PrecipNowcast(NowcastConfig())
    tp = Tensor(np.random.gamma(0.5, 2.0, size=(2, 1, 16, 32)).astype(np.float32))
    return net, (tp,)
