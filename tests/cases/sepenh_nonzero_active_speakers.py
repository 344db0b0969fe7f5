# case: finds which speaker channels are active with nonzero and gathers only those estimated sources -> nonzero gives a data-dependent number of rows (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveSpeakerPicker(nn.Cell):
    def __init__(self, max_spk=4, energy_floor=1e-3):
        super().__init__()
        self.max_spk = max_spk
        self.energy_floor = energy_floor

    def source_energy(self, sources):
        return ops.mean(sources * sources, axis=-1)

    def construct(self, sources):
        # sources: (max_spk, samples)
        energy = self.source_energy(sources)
        idx = ops.nonzero(energy > self.energy_floor).reshape(-1)
        active = ops.gather(sources, idx, 0)
        return active / (ops.amax(ops.abs(active), axis=-1, keepdims=True) + 1e-8)


def make():
    np.random.seed(2)
    src = np.random.randn(4, 64).astype(np.float32)
    src[2] *= 1e-3
    src[3] *= 0.0
    return ActiveSpeakerPicker(), (Tensor(src),)
