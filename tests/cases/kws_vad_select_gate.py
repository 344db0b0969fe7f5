# case: energy VAD gates silent frames to a floor value with ops.select, keeping the full frame grid -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyGate(nn.Cell):
    def __init__(self, threshold_db=-20.0, floor=-10.0):
        super().__init__()
        self.threshold_db = threshold_db
        self.floor = floor

    def construct(self, logmel):
        # logmel: (B, T, M)
        energy_db = 10.0 * ops.log10(ops.exp(logmel).mean(axis=-1) + 1e-10)
        speech = (energy_db > self.threshold_db).expand_dims(-1)
        speech = ops.broadcast_to(speech, logmel.shape)
        floor = ops.full_like(logmel, self.floor)
        return ops.select(speech, logmel, floor), speech[..., 0]


class GatedKWS(nn.Cell):
    def __init__(self, n_mels=12, n_classes=5):
        super().__init__()
        self.gate = EnergyGate()
        self.fc = nn.Dense(n_mels, n_classes)

    def construct(self, logmel):
        gated, speech = self.gate(logmel)
        w = speech.astype(ms.float32)
        pooled = (gated * w.expand_dims(-1)).sum(axis=1) / (w.sum(axis=1, keepdims=True) + 1e-6)
        return self.fc(pooled)


def make():
    np.random.seed(23)
    logmel = (np.random.randn(2, 18, 12) * 3 - 2).astype(np.float32)
    return GatedKWS(), (Tensor(logmel),)
