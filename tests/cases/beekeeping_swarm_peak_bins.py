# case: swarm detector finds acoustic spectrum bins above the piping-band threshold with ops.nonzero and gathers their energies -> data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PIPING_LOW_BIN = 20
PIPING_HIGH_BIN = 44


class SwarmPeakDetector(nn.Cell):
    def __init__(self, n_bins=64, rel_thr=1.5):
        super().__init__()
        self.n_bins = n_bins
        self.rel_thr = rel_thr
        self.log = ops.Log()

    def band_energy(self, spectrum):
        return spectrum[:, PIPING_LOW_BIN:PIPING_HIGH_BIN]

    def construct(self, spectrum):
        band = self.band_energy(spectrum)
        baseline = spectrum.mean(axis=1, keep_dims=True)
        peaks = ops.nonzero(band > baseline * self.rel_thr)
        peak_energy = ops.gather_nd(band, peaks)
        score = self.log(peak_energy + 1.0).sum()
        return score, peaks


def make():
    np.random.seed(21)
    spec = np.abs(np.random.randn(4, 64)).astype(np.float32)
    spec[:, 30:34] += 3.0
    return SwarmPeakDetector(), (Tensor(spec),)
