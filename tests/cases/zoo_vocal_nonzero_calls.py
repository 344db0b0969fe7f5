# case: locate vocalisation frames whose energy passes a gate with ops.nonzero and pool their spectra -> output length depends on data, Graph mode dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_energy(spec):
    return (spec * spec).mean(axis=1)


class CallFramePooler(nn.Cell):
    def __init__(self, n_mels=32, n_classes=5, gate=0.8):
        super().__init__()
        self.gate = gate
        self.head = nn.Dense(n_mels, n_classes)

    def construct(self, spec):
        energy = frame_energy(spec)
        idx = ops.nonzero(energy > self.gate).squeeze(-1)
        call_frames = ops.gather(spec, idx, 0)
        pooled = call_frames.mean(axis=0, keep_dims=True)
        return self.head(pooled)


def make():
    np.random.seed(31)
    spec = np.random.randn(50, 32).astype(np.float32)
    spec[:5] += 2.0
    return CallFramePooler(), (Tensor(spec),)
