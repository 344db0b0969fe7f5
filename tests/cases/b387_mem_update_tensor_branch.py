# case: memory manager concatenates the new frame's key/value into the bank only when the frame index tensor hits the mem_every interval and returns the bank -> if on a tensor value whose branches leave different bank sizes; expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MemoryManagerConfig:
    def __init__(self, mem_every=5, key_dim=8, return_bank=True):
        self.mem_every = mem_every
        self.key_dim = key_dim
        self.return_bank = return_bank


def readout(qk, mk, mv, scale):
    aff = ops.softmax(ops.bmm(mk.transpose(0, 2, 1), qk) * scale, axis=1)
    return ops.bmm(mv, aff)


class MemoryManager(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mem_every = config.mem_every
        self.return_bank = config.return_bank
        self.scale = config.key_dim ** -0.5

    def construct(self, query_key, mem_key, mem_val, new_key, new_val, frame_idx):
        out = readout(query_key, mem_key, mem_val, self.scale)
        if frame_idx % self.mem_every == 0:
            mem_key = ops.concat((mem_key, new_key), axis=-1)
            mem_val = ops.concat((mem_val, new_val), axis=-1)
        if self.return_bank:
            return out, mem_key, mem_val
        return out


def make():
    np.random.seed(3880)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    nk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    nv = Tensor(np.random.randn(1, 4, 16).astype(np.float32))
    return MemoryManager(MemoryManagerConfig()), (qk, mk, mv, nk, nv, Tensor(10, ms.int32))
