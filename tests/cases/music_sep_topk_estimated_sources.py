# case: universal separator that keeps the top-k source slots where k is the predicted number of active sources -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SourceCounter(nn.Cell):
    def __init__(self, n_bins=32, max_sources=4):
        super().__init__()
        self.fc = nn.Dense(n_bins, max_sources)

    def construct(self, mag):
        logits = self.fc(mag.mean(axis=1))
        return ops.argmax(logits, dim=-1) + 1


class CountAwareSeparator(nn.Cell):
    def __init__(self, n_bins=32, max_sources=4):
        super().__init__()
        self.counter = SourceCounter(n_bins, max_sources)
        self.mask_net = nn.Dense(n_bins, n_bins * max_sources)
        self.max_sources = max_sources

    def construct(self, mag):
        # mag: (1, frames, bins)
        b, t, f = mag.shape
        masks = ops.sigmoid(self.mask_net(mag)).reshape(b, t, self.max_sources, f)
        sources = masks * mag.expand_dims(2)
        slot_energy = sources.sum(axis=(1, 3))[0]
        k = self.counter(mag)[0]
        _, keep = ops.topk(slot_energy, int(k))
        return ops.gather(sources, keep, 2)


def make():
    np.random.seed(22)
    mag = Tensor(np.abs(np.random.randn(1, 10, 32)).astype(np.float32))
    return CountAwareSeparator(), (mag,)
