# case: streaming depthwise conv concatenates its left-context cache only when `cache is not None and cache.shape[2] > 0`, returns the last lorder frames as new cache and builds a flag-dependent output tuple; called with a (1, C, lorder) cache -> guards on shapes and flags only, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConvConfig:
    def __init__(self, channels=32, kernel_size=5, use_cache=True):
        self.channels = channels
        self.kernel_size = kernel_size
        self.use_cache = use_cache


class StreamingDepthwiseConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lorder = config.kernel_size - 1
        self.use_cache = config.use_cache
        self.conv = nn.Conv1d(config.channels, config.channels, config.kernel_size,
                              pad_mode="valid", group=config.channels, has_bias=True)

    def _left_context(self, x, cache):
        if cache is not None and cache.shape[2] > 0:
            assert cache.shape[2] == self.lorder
            return ops.concat([cache, x], axis=2)
        return ops.pad(x, (self.lorder, 0), value=0.0)

    def construct(self, x, cache=None):
        x = x.swapaxes(1, 2)                                  # (B, C, T)
        x = self._left_context(x, cache if self.use_cache else None)
        new_cache = x[:, :, -self.lorder:] if self.use_cache else None
        y = ops.silu(self.conv(x)).swapaxes(1, 2)
        outputs = (y,) + ((new_cache,) if new_cache is not None else ())
        return outputs


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    cache = Tensor(np.random.randn(1, 32, 4).astype(np.float32))
    return StreamingDepthwiseConv(StreamConvConfig()), (x, cache)
