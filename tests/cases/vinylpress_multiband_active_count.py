# case: multiband compressor only processes as many bands as the analyser marks active, looping range(int(n_active)) and collecting outputs in a list -> loop count from tensor, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultibandMaster(nn.Cell):
    def __init__(self, threshold=0.3, ratio=3.0, active_rms=0.2):
        super().__init__()
        self.threshold = threshold
        self.ratio = ratio
        self.active_rms = active_rms

    def _compress(self, band):
        env = ops.abs(band)
        over = ops.relu(env - self.threshold)
        return band * (env - over + over / self.ratio) / (env + 1e-6)

    def construct(self, split_bands):
        rms = ops.sqrt((split_bands * split_bands).mean(axis=1))
        n_active = (rms > self.active_rms).astype(ms.int32).sum()
        processed = []
        for i in range(int(n_active)):
            processed.append(self._compress(split_bands[i]))
        return ops.stack(processed).sum(axis=0)


def make():
    np.random.seed(122)
    x = (np.random.randn(4, 1024) * 0.4).astype(np.float32)
    return MultibandMaster(), (Tensor(x),)
