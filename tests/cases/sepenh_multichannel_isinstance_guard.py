# case: beamforming front-end accepts either a single mixture tensor or a tuple of microphone channels, distinguished with isinstance -> type guard on Python structure resolved at compile time, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayAndSumFrontEnd(nn.Cell):
    def __init__(self, n_bins=16, ref_channel=0):
        super().__init__()
        self.ref_channel = ref_channel
        self.post_filter = nn.Dense(n_bins, n_bins)

    def combine(self, channels):
        stacked = ops.stack(channels, axis=0)
        ref = stacked[self.ref_channel]
        weights = ops.softmax(ops.mean(stacked * ref, axis=(1, 2, 3)), axis=0)
        return ops.sum(stacked * weights.reshape(-1, 1, 1, 1), dim=0)

    def construct(self, inputs):
        if isinstance(inputs, (tuple, list)):
            mix = self.combine(inputs)
        else:
            mix = inputs
        return mix * ops.sigmoid(self.post_filter(mix))


def make():
    np.random.seed(31)
    mics = tuple(Tensor(np.abs(np.random.randn(2, 6, 16)).astype(np.float32)) for _ in range(3))
    return DelayAndSumFrontEnd(), (mics,)
