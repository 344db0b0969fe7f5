# case: SpecAugment with several freq/time masks built from arange comparisons and multiplied in, counts from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugmentMask(nn.Cell):
    def __init__(self, freq_width=4, time_width=6, num_freq=2, num_time=2, mask_value=0.0):
        super().__init__()
        self.freq_width = freq_width
        self.time_width = time_width
        self.num_freq = num_freq
        self.num_time = num_time
        self.mask_value = mask_value

    def axis_mask(self, batch, length, width):
        start = ops.rand((batch, 1)) * (length - width)
        size = ops.rand((batch, 1)) * width
        pos = ops.arange(length).astype(ms.float32).reshape(1, -1)
        return (pos >= start) & (pos < start + size)

    def construct(self, spec):
        b, n_mels, n_frames = spec.shape
        keep = ops.ones((b, n_mels, n_frames), ms.bool_)
        for _ in range(self.num_freq):
            keep = keep & ~self.axis_mask(b, n_mels, self.freq_width).expand_dims(2)
        for _ in range(self.num_time):
            keep = keep & ~self.axis_mask(b, n_frames, self.time_width).expand_dims(1)
        return ops.where(keep, spec, ops.full_like(spec, self.mask_value))


def make():
    np.random.seed(19)
    spec = Tensor(np.random.rand(2, 16, 24).astype(np.float32))
    return SpecAugmentMask(), (spec,)
