# case: increments a module-level global counter of processed hive-audio clips inside construct and mixes it into the output -> error or constant-folded in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLIPS_SEEN = 0


class HiveAudioLogger(nn.Cell):
    """Band-energy features per clip; keeps a global tally of processed clips."""

    def __init__(self, n_bands=4):
        super().__init__()
        self.n_bands = n_bands

    def construct(self, spec):
        global CLIPS_SEEN
        CLIPS_SEEN += 1
        bands = spec.reshape(spec.shape[0], self.n_bands, -1).mean(axis=2)
        return bands, bands.sum() * 0.0 + CLIPS_SEEN


def make():
    np.random.seed(30)
    spec = np.abs(np.random.randn(6, 32)).astype(np.float32)
    return HiveAudioLogger(), (Tensor(spec),)
