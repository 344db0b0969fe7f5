# case: VAD counts active frames from energy and trims the spectrogram to that many frames with x[:, :n] -> slice length comes from a tensor value, Graph mode cannot give a static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyVAD(nn.Cell):
    def __init__(self, threshold_db=-40.0):
        super().__init__()
        self.threshold_db = threshold_db

    def construct(self, spec):
        # spec: (batch, frames, bins) magnitude
        energy = ops.mean(spec * spec, axis=2)
        energy_db = 10.0 * ops.log10(energy + 1e-8)
        return (energy_db > self.threshold_db).astype(ms.int32)


class TrimSilence(nn.Cell):
    def __init__(self, threshold_db=-40.0):
        super().__init__()
        self.vad = EnergyVAD(threshold_db)

    def construct(self, spec):
        active = self.vad(spec)
        n_active = active[0].sum()
        trimmed = spec[:, :n_active, :]
        return trimmed * 2.0


def make():
    np.random.seed(0)
    spec = np.abs(np.random.randn(1, 20, 16)).astype(np.float32)
    spec[:, 12:, :] *= 1e-4
    return TrimSilence(), (Tensor(spec),)
