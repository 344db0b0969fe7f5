# case: long-term memory reader that, under the default track_usage flag, accumulates per-element usage through .asnumpy() and NumPy in a helper -> NumPy round trip on a tensor inside construct; expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongTermConfig:
    def __init__(self, key_dim=8, track_usage=True, usage_decay=0.9):
        self.key_dim = key_dim
        self.track_usage = track_usage
        self.usage_decay = usage_decay


class UsageMixin:
    def _usage(self, affinity):
        aff_np = affinity.asnumpy()
        usage = aff_np.sum(axis=-1) * self.usage_decay
        return Tensor(usage.astype(np.float32))


class LongTermReader(nn.Cell, UsageMixin):
    def __init__(self, config):
        super().__init__()
        self.track_usage = config.track_usage
        self.usage_decay = config.usage_decay
        self.scale = config.key_dim ** -0.5

    def construct(self, query_key, mem_key, mem_val):
        aff = ops.softmax(ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        readout = ops.bmm(mem_val, aff)
        if self.track_usage:
            return readout, self._usage(aff)
        return (readout,)


def make():
    np.random.seed(3878)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 24).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 24).astype(np.float32))
    return LongTermReader(LongTermConfig()), (qk, mk, mv)
