# case: readout derives the number of memory frames from the bank's static shape (num_mem = mem_key.shape[-1] // hw) and sizes top-k from it -> shape-only arithmetic that looks like data; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadConfig:
    def __init__(self, key_dim=8, hw=16, per_frame_k=3, max_k=None):
        self.key_dim = key_dim
        self.hw = hw
        self.per_frame_k = per_frame_k
        self.max_k = max_k


class FrameAwareTopK(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hw = config.hw
        self.per_frame_k = config.per_frame_k
        self.max_k = config.max_k
        self.scale = config.key_dim ** -0.5

    def _num_frames(self, mem_key):
        return mem_key.shape[-1] // self.hw

    def construct(self, query_key, mem_key, mem_val):
        num_mem = self._num_frames(mem_key)
        k = num_mem * self.per_frame_k
        if self.max_k is not None:
            k = min(k, self.max_k)
        aff = ops.bmm(query_key.transpose(0, 2, 1), mem_key) * self.scale  # B, HW, N
        values, indices = ops.topk(aff, k)
        w = ops.softmax(values, axis=-1)
        b, hw, _ = aff.shape
        picked = ops.gather(mem_val[0], indices.reshape(-1), 1).reshape(-1, hw, k)
        return (picked * w[0].expand_dims(0)).sum(axis=-1).expand_dims(0)


def make():
    np.random.seed(3898)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 48).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 48).astype(np.float32))
    return FrameAwareTopK(ReadConfig()), (qk, mk, mv)
