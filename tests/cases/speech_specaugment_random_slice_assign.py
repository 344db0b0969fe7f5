# case: SpecAugment time masking zeroes a random window by slice assignment with tensor start index -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugment(nn.Cell):
    def __init__(self, time_mask_width=3, freq_mask_width=2, training=True):
        super().__init__()
        self.tw = time_mask_width
        self.fw = freq_mask_width
        self.apply_aug = training

    def freq_mask(self, spec):
        f0 = ops.randint(0, spec.shape[1] - self.fw, (1,), seed=1)[0]
        spec[:, f0:f0 + self.fw, :] = 0.0
        return spec

    def time_mask(self, spec):
        t0 = ops.randint(0, spec.shape[2] - self.tw, (1,), seed=2)[0]
        spec[:, :, t0:t0 + self.tw] = 0.0
        return spec

    def construct(self, spec):
        if self.apply_aug:
            spec = self.freq_mask(spec)
            spec = self.time_mask(spec)
        return spec


def make():
    np.random.seed(17)
    spec = Tensor(np.random.rand(2, 8, 12).astype(np.float32))
    return SpecAugment(), (spec,)
