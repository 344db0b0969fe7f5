# case: sketch-rnn style offset normaliser computes the std of real (unpadded) pen offsets with ops.masked_select before scaling -> masked_select output length depends on the mask, expect dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetScalerConfig:
    def __init__(self, eps=1e-6, per_batch_stats=True):
        self.eps = eps
        self.per_batch_stats = per_batch_stats


def length_mask(lengths, max_len):
    steps = ops.arange(max_len).astype(lengths.dtype)
    return steps.expand_dims(0) < lengths.expand_dims(1)


class OffsetScaler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.per_batch_stats = config.per_batch_stats
        self.fixed_scale = ms.Parameter(Tensor(1.0, ms.float32), requires_grad=False)

    def _valid_std(self, offsets, mask):
        mask3 = ops.broadcast_to(mask.expand_dims(-1), offsets.shape)
        valid = ops.masked_select(offsets, mask3)
        return ops.sqrt(((valid - valid.mean()) ** 2).mean()) + self.eps

    def construct(self, offsets, lengths):
        mask = length_mask(lengths, offsets.shape[1])
        if self.per_batch_stats:
            scale = self._valid_std(offsets, mask)
        else:
            scale = self.fixed_scale
        scaled = offsets / scale
        return scaled * mask.expand_dims(-1).astype(scaled.dtype)


def make():
    np.random.seed(3703)
    offsets = Tensor(np.random.randn(3, 30, 2).astype(np.float32) * 4.0)
    lengths = Tensor(np.array([30, 12, 21], dtype=np.int32))
    return OffsetScaler(OffsetScalerConfig()), (offsets, lengths)
