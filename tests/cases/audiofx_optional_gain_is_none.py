# case: mixer takes optional per-track gains and checks `if gains is None` to fall back to equal weights -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StemMixer(nn.Cell):
    def __init__(self, n_stems=4, headroom_db=-3.0):
        super().__init__()
        self.n_stems = n_stems
        self.headroom = float(10 ** (headroom_db / 20))

    def construct(self, stems, gains=None):
        if gains is None:
            gains = ops.ones((self.n_stems,), ms.float32) / self.n_stems
        mix = (stems * gains.reshape(-1, 1)).sum(axis=0)
        peak = ops.maximum(ops.abs(mix).max(), 1e-6)
        scale = ops.minimum(self.headroom / peak, 1.0)
        return mix * scale


def make():
    np.random.seed(37)
    stems = Tensor((0.3 * np.random.randn(4, 40)).astype(np.float32))
    return StemMixer(), (stems, None)
