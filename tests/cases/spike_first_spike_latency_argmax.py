# case: time-to-first-spike via argmax over the raster with a no-spike fallback using ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstSpikeTime(nn.Cell):
    def __init__(self, threshold=0.9, decay=0.8, no_spike_value=None):
        super().__init__()
        self.threshold = threshold
        self.decay = decay
        self.no_spike_value = no_spike_value

    def raster(self, currents):
        v = ops.zeros_like(currents[0])
        spikes = []
        for t in range(currents.shape[0]):
            v = self.decay * v + currents[t]
            s = (v >= self.threshold).astype(ms.float32)
            v = v * (1 - s)
            spikes.append(s)
        return ops.stack(spikes)

    def construct(self, currents):
        spikes = self.raster(currents)
        steps = spikes.shape[0]
        first = ops.argmax(spikes, dim=0)
        fired = spikes.max(axis=0) > 0
        fallback = steps if self.no_spike_value is None else self.no_spike_value
        first = ops.where(fired, first, ops.full_like(first, fallback))
        return first


def make():
    np.random.seed(25)
    cur = Tensor(np.random.rand(8, 3, 4).astype(np.float32) * 0.5)
    return FirstSpikeTime(), (cur,)
