# case: pool vocalisation spectra with energy-gate weights (soft mask via ops.where) before the species head -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_energy(spec):
    return (spec * spec).mean(axis=1)


class GatedCallPooler(nn.Cell):
    def __init__(self, n_mels=32, n_classes=5, gate=0.8):
        super().__init__()
        self.gate = gate
        self.head = nn.Dense(n_mels, n_classes)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, spec):
        energy = frame_energy(spec)
        w = ops.where(energy > self.gate, energy, ops.zeros_like(energy))
        w = w / (w.sum() + 1e-6)
        pooled = (spec * w.expand_dims(1)).sum(axis=0, keepdims=True)
        return self.softmax(self.head(pooled))


def make():
    np.random.seed(32)
    spec = np.random.randn(50, 32).astype(np.float32)
    spec[10:14] += 2.0
    return GatedCallPooler(), (Tensor(spec),)
