# case: fixed-size FIFO memory bank stored as Parameters created in an init helper, updated in construct by dropping the oldest frame and appending the new key/value with ops.assign -> constant bank size; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FIFOConfig:
    def __init__(self, key_dim=8, value_dim=4, hw=16, num_frames=3):
        self.key_dim = key_dim
        self.value_dim = value_dim
        self.hw = hw
        self.num_frames = num_frames


class FIFOMemory(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hw = config.hw
        self.scale = config.key_dim ** -0.5
        self._init_memory(config)

    def _init_memory(self, config):
        n = config.hw * config.num_frames
        self.mem_key = Parameter(Tensor(np.zeros((1, config.key_dim, n), np.float32)),
                                 name="mem_key", requires_grad=False)
        self.mem_val = Parameter(Tensor(np.zeros((1, config.value_dim, n), np.float32)),
                                 name="mem_val", requires_grad=False)

    def _push(self, bank, new):
        return ops.assign(bank, ops.concat((bank[..., self.hw:], new), axis=-1))

    def construct(self, query_key, new_key, new_val):
        self._push(self.mem_key, new_key)
        self._push(self.mem_val, new_val)
        aff = ops.softmax(ops.bmm(self.mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        return ops.bmm(self.mem_val, aff)


def make():
    np.random.seed(3903)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    nk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    nv = Tensor(np.random.randn(1, 4, 16).astype(np.float32))
    return FIFOMemory(FIFOConfig()), (qk, nk, nv)
