# case: sleep-epoch feature extractor increments a module-level global counter of processed epochs inside construct -> error or unsupported global write in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPOCHS_SEEN = 0


class BandPowerExtractor(nn.Cell):
    def __init__(self, n_bands=4):
        super().__init__()
        self.n_bands = n_bands

    def construct(self, epoch):
        global EPOCHS_SEEN
        EPOCHS_SEEN = EPOCHS_SEEN + epoch.shape[0]
        spec = ops.abs(epoch)
        n = spec.shape[-1] // self.n_bands
        bands = spec[..., :n * self.n_bands].reshape(epoch.shape[0], epoch.shape[1], self.n_bands, n)
        power = ops.log(bands.mean(axis=-1) + 1e-6)
        return power


def make():
    np.random.seed(15)
    epoch = np.random.randn(4, 2, 30).astype(np.float32)
    return BandPowerExtractor(), (Tensor(epoch),)
