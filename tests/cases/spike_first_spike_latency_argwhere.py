# case: time-to-first-spike decoding using ops.argwhere over the (T, N) spike raster -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TTFSDecoder(nn.Cell):
    """Time-to-first-spike readout: earlier spikes mean larger class scores."""

    def __init__(self, num_classes=4, threshold=0.9, decay=0.8):
        super().__init__()
        self.num_classes = num_classes
        self.threshold = threshold
        self.decay = decay

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
        hits = ops.argwhere(spikes > 0)              # (K, 2): [t, neuron]
        latency = ops.full((self.num_classes,), steps, dtype=ms.int32)
        latency = ops.tensor_scatter_min(latency, hits[:, 1:2], hits[:, 0].astype(ms.int32))
        return steps - latency.astype(ms.float32)


def make():
    np.random.seed(24)
    cur = Tensor(np.random.rand(8, 4).astype(np.float32) * 0.5)
    return TTFSDecoder(), (cur,)
