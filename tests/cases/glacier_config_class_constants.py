# case: radar crevasse scoring reads constants from a plain Python config class captured at construction time -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadarConfig:
    wave_speed_m_ns = 0.168
    sample_ns = 0.5
    gain_db_per_m = 0.8
    min_amplitude = 0.1


class GainCorrectedScore(nn.Cell):
    def __init__(self, cfg=RadarConfig()):
        super().__init__()
        self.dz = cfg.wave_speed_m_ns * cfg.sample_ns / 2.0
        self.gain = cfg.gain_db_per_m
        self.min_amp = cfg.min_amplitude

    def construct(self, traces):
        n = traces.shape[-1]
        depth = ops.arange(n).astype(ms.float32) * self.dz
        gain = ops.pow(10.0, self.gain * depth / 20.0)
        corrected = ops.abs(traces) * gain
        return ops.maximum(corrected, self.min_amp).mean(axis=0)


def make():
    np.random.seed(45)
    tr = Tensor(np.random.randn(6, 40).astype(np.float32))
    return GainCorrectedScore(), (tr,)
