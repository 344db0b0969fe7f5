# case: swarm detector compares piping-band energy to the whole-spectrum baseline with ops.where and fixed band slices -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PIPING_LOW_BIN = 20
PIPING_HIGH_BIN = 44


class SwarmBandRatio(nn.Cell):
    def __init__(self, rel_thr=1.5):
        super().__init__()
        self.rel_thr = rel_thr
        self.log = ops.Log()

    def band_energy(self, spectrum):
        return spectrum[:, PIPING_LOW_BIN:PIPING_HIGH_BIN]

    def construct(self, spectrum):
        band = self.band_energy(spectrum)
        baseline = spectrum.mean(axis=1, keep_dims=True)
        hot = band > baseline * self.rel_thr
        peak_energy = ops.where(hot, band, ops.zeros_like(band))
        score = self.log(peak_energy + 1.0).sum(axis=1)
        n_hot = hot.astype(ms.int32).sum(axis=1)
        return score, n_hot


def make():
    np.random.seed(22)
    spec = np.abs(np.random.randn(4, 64)).astype(np.float32)
    spec[:, 30:34] += 3.0
    return SwarmBandRatio(), (Tensor(spec),)
