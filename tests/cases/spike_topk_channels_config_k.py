# case: keep the k most active feature channels of a spiking conv block, k from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikingConvBlock(nn.Cell):
    def __init__(self, in_ch=2, out_ch=8, keep_k=3, threshold=0.5, steps=3):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same")
        self.keep_k = keep_k
        self.threshold = threshold
        self.steps = steps

    def _spike_counts(self, frame):
        cur = self.conv(frame)
        v = ops.zeros_like(cur)
        count = ops.zeros_like(cur)
        for _ in range(self.steps):
            v = v + cur
            s = (v > self.threshold).astype(ms.float32)
            v = v * (1.0 - s)
            count = count + s
        return count

    def construct(self, frame):
        count = self._spike_counts(frame)
        per_channel = count.mean(axis=(2, 3))
        _, idx = ops.topk(per_channel, self.keep_k)
        gathered = ops.gather_elements(per_channel, 1, idx)
        return gathered, idx


def make():
    np.random.seed(11)
    frame = Tensor(np.random.rand(2, 2, 6, 6).astype(np.float32))
    return SpikingConvBlock(), (frame,)
