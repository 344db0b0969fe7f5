# case: bird-call detector picks an adaptive energy threshold by sorting frame energies and indexing a position computed from the static shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CallEnergyGate(nn.Cell):
    def __init__(self, frame_len=32, q=0.75):
        super().__init__()
        self.frame_len = frame_len
        self.q = q

    def frame_energy(self, wave):
        frames = wave.reshape(-1, self.frame_len)
        return (frames * frames).mean(axis=1)

    def construct(self, wave):
        energy = self.frame_energy(wave)
        ordered, _ = ops.sort(energy)
        pos = int(self.q * (energy.shape[0] - 1))
        thr = ordered[pos]
        active = (energy > thr).astype(ms.float32)
        return active, energy


def make():
    np.random.seed(6)
    wave = Tensor(np.random.randn(512).astype(np.float32))
    return CallEnergyGate(), (wave,)
