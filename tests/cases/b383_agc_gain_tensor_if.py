# case: automatic gain control in the KWS front end branches on the tensor RMS (if rms < floor: boost) but both branches keep the same shape and dtype -> tensor-valued if with matching branches, Graph mode compiles with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AGCConfig:
    def __init__(self, target_rms=0.1, rms_floor=0.02, max_gain=8.0, enabled=True):
        self.target_rms = target_rms
        self.rms_floor = rms_floor
        self.max_gain = max_gain
        self.enabled = enabled


class AutomaticGainControl(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target_rms = config.target_rms
        self.rms_floor = config.rms_floor
        self.max_gain = config.max_gain
        self.enabled = config.enabled

    def _rms(self, wav):
        return ops.sqrt((wav * wav).mean())

    def construct(self, wav):
        if not self.enabled:
            return wav
        rms = self._rms(wav)
        if rms < self.rms_floor:
            gain = ops.minimum(self.target_rms / (rms + 1e-8), self.max_gain)
            out = wav * gain
        else:
            out = wav
        return ops.clamp(out, -1.0, 1.0)


def make():
    np.random.seed(38336)
    wav = Tensor((np.random.randn(1, 1600) * 0.01).astype(np.float32))
    return AutomaticGainControl(AGCConfig()), (wav,)
