# case: SpecAugment with random mask starts turned into fixed-size boolean masks and applied with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSpecAugment(nn.Cell):
    def __init__(self, num_time_masks=2, max_width=3, mask_value=0.0):
        super().__init__()
        self.num_time_masks = num_time_masks
        self.max_width = max_width
        self.mask_value = mask_value

    def band_mask(self, length, start, width):
        pos = ops.arange(length).reshape(1, -1)
        return ops.logical_and(pos >= start.reshape(-1, 1), pos < (start + width).reshape(-1, 1))

    def construct(self, spec):
        b, f, t = spec.shape
        mask = ops.zeros((b, t), ms.bool_)
        for _ in range(self.num_time_masks):
            width = ops.randint(1, self.max_width + 1, (b,))
            start = ops.randint(0, t - self.max_width, (b,))
            mask = ops.logical_or(mask, self.band_mask(t, start, width))
        mask = mask.expand_dims(1).broadcast_to(spec.shape)
        fill = ops.full_like(spec, self.mask_value)
        return ops.select(mask, fill, spec)


def make():
    np.random.seed(32)
    spec = Tensor(np.random.rand(2, 5, 12).astype(np.float32))
    return MaskedSpecAugment(), (spec,)
