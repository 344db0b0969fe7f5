# case: padding-mask builder caches the last computed mask on self (self._cached_mask = mask) when config.use_cache is on, as a decoder-style cache -> tensor attribute written in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskConfig:
    def __init__(self, hidden=16, use_cache=True):
        self.hidden = hidden
        self.use_cache = use_cache


class PaddingMaskBuilder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self._cached_mask = None
        self.proj = nn.Dense(config.hidden, config.hidden)

    def _build_mask(self, lengths, max_len):
        pos = ops.arange(max_len).astype(lengths.dtype)
        return pos.expand_dims(0) < lengths.expand_dims(1)

    def construct(self, seq, lengths):
        mask = self._build_mask(lengths, seq.shape[1])
        if self.use_cache:
            self._cached_mask = mask
        h = self.proj(seq) * mask.astype(seq.dtype).expand_dims(-1)
        return h


def make():
    np.random.seed(3766)
    seq = np.random.randn(2, 40, 16).astype(np.float32)
    return PaddingMaskBuilder(MaskConfig()), (Tensor(seq), Tensor(np.array([40, 25], np.int32)))
