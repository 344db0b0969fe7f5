# case: reads per-sensor calibration offsets from a plain Python config object set up in __init__ and applies them as constants -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorConfig:
    def __init__(self, scale_offset=-1.25, temp_offset=0.3, tare_kg=12.0):
        self.scale_offset = scale_offset
        self.temp_offset = temp_offset
        self.tare_kg = tare_kg


class HiveStatus(nn.Cell):
    """Calibrated hive weight (net of tare) and brood temperature."""

    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else SensorConfig()
        self.scale_offset = cfg.scale_offset
        self.temp_offset = cfg.temp_offset
        self.tare_kg = cfg.tare_kg

    def construct(self, weight, temp):
        net = weight + self.scale_offset - self.tare_kg
        brood = temp + self.temp_offset
        return net.mean(), brood.max(), ops.stack((net, brood), axis=0)


def make():
    np.random.seed(23)
    weight = (38.0 + np.random.randn(24)).astype(np.float32)
    temp = (35.0 + np.random.randn(24) * 0.8).astype(np.float32)
    return HiveStatus(), (Tensor(weight), Tensor(temp))
