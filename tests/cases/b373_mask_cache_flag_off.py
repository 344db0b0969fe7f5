# case: padding-mask builder with an optional cache: the write to self is behind getattr(config, "use_cache", False) which no caller enables, and a precomputed mask may be passed in -> branch never taken, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class MaskConfig:
    def __init__(self, hidden=16, max_len=40):
        self.hidden = hidden
        self.max_len = max_len


class CachedMaskBuilder(nn.Cell):
    def __init__(self, config, use_cache: Optional[bool] = None):
        super().__init__()
        self.use_cache = getattr(config, "use_cache", False) if use_cache is None else use_cache
        self._cached_mask = None
        self.proj = nn.Dense(config.hidden, config.hidden)

    def construct(self, seq, lengths, mask=None):
        if mask is None:
            pos = ops.arange(seq.shape[1]).astype(lengths.dtype)
            mask = pos.expand_dims(0) < lengths.expand_dims(1)
        if self.use_cache:
            self._cached_mask = mask
        h = self.proj(seq) * mask.astype(seq.dtype).expand_dims(-1)
        return h


def make():
    np.random.seed(3767)
    seq = np.random.randn(2, 40, 16).astype(np.float32)
    return CachedMaskBuilder(MaskConfig()), (Tensor(seq), Tensor(np.array([40, 25], np.int32)))
