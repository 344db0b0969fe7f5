# case: SpecAugment frequency/time masks written with spec[:, f0:f0+f, :] = 0 where f0 and f come from ops.randint -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpecAugment(nn.Cell):
    def __init__(self, freq_mask_param=4, time_mask_param=6, n_freq_masks=1, n_time_masks=1):
        super().__init__()
        self.F = freq_mask_param
        self.T = time_mask_param
        self.n_freq_masks = n_freq_masks
        self.n_time_masks = n_time_masks

    def mask_freq(self, spec):
        n_mels = spec.shape[1]
        for _ in range(self.n_freq_masks):
            f = ops.randint(0, self.F + 1, (1,))[0]
            f0 = ops.randint(0, n_mels - self.F, (1,))[0]
            spec[:, f0:f0 + f, :] = 0.0
        return spec

    def mask_time(self, spec):
        n_frames = spec.shape[2]
        for _ in range(self.n_time_masks):
            t = ops.randint(0, self.T + 1, (1,))[0]
            t0 = ops.randint(0, n_frames - self.T, (1,))[0]
            spec[:, :, t0:t0 + t] = 0.0
        return spec

    def construct(self, spec):
        return self.mask_time(self.mask_freq(spec))


def make():
    np.random.seed(18)
    spec = Tensor(np.random.rand(2, 20, 30).astype(np.float32))
    return SpecAugment(), (spec,)
