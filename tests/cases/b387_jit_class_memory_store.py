# case: a @ms.jit_class memory store is created in construct, grown frame by frame with add() and then read with the query key -> jit_class instance mutated with growing tensors inside the graph; expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MemoryStore:
    def __init__(self, key, value):
        self.keys = key
        self.values = value

    def add(self, key, value):
        self.keys = ops.concat((self.keys, key), axis=-1)
        self.values = ops.concat((self.values, value), axis=-1)

    def read(self, query_key, scale):
        aff = ops.bmm(self.keys.transpose(0, 2, 1), query_key) * scale
        return ops.bmm(self.values, ops.softmax(aff, axis=1))


class SegConfig:
    key_dim = 8
    value_dim = 8
    num_mem_frames = 3


class SequenceReader(nn.Cell):
    def __init__(self, config=SegConfig):
        super().__init__()
        self.num_mem_frames = config.num_mem_frames
        self.scale = config.key_dim ** -0.5

    def construct(self, frame_keys, frame_vals, query_key):
        store = MemoryStore(frame_keys[0], frame_vals[0])
        for t in range(1, self.num_mem_frames):
            store.add(frame_keys[t], frame_vals[t])
        return store.read(query_key, self.scale)


def make():
    np.random.seed(3876)
    fk = Tensor(np.random.randn(3, 1, 8, 16).astype(np.float32))
    fv = Tensor(np.random.randn(3, 1, 8, 16).astype(np.float32))
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    return SequenceReader(), (fk, fv, qk)
