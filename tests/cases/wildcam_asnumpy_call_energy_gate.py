# case: bird-call detector computes frame energy then calls .asnumpy() and np.percentile to pick an adaptive threshold inside construct -> error or fallback: host round trip in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CallEnergyGate(nn.Cell):
    def __init__(self, frame_len=32, pct=75.0):
        super().__init__()
        self.frame_len = frame_len
        self.pct = pct

    def frame_energy(self, wave):
        frames = wave.reshape(-1, self.frame_len)
        return (frames * frames).mean(axis=1)

    def construct(self, wave):
        energy = self.frame_energy(wave)
        thr = np.percentile(energy.asnumpy(), self.pct)
        active = (energy > Tensor(thr, ms.float32)).astype(ms.float32)
        return active, energy


def make():
    np.random.seed(6)
    wave = Tensor(np.random.randn(512).astype(np.float32))
    return CallEnergyGate(), (wave,)
