# case: ALiBi bias built per call with NumPy from the key-length tensor -> compile error at line 21
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def alibi_slopes(num_heads):
    start = 2 ** (-(2 ** -(math.log2(num_heads) - 3)))
    return np.array([start * (start ** i) for i in range(num_heads)], dtype=np.float32)


class AlibiAttentionScores(nn.Cell):
    def __init__(self, num_heads=4, head_dim=8):
        super().__init__()
        self.num_heads = num_heads
        self.scale = head_dim ** -0.5
        self.slopes = Tensor(alibi_slopes(num_heads).reshape(1, num_heads, 1, 1))

    def _distance(self, key_lengths):
        kl = key_lengths.asnumpy()
        pos = np.arange(kl.max())
        return Tensor((pos[None, :] - pos[:, None]).astype(np.float32))

    def construct(self, q, k, key_lengths):
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        bias = self._distance(key_lengths)
        return ops.softmax(scores + self.slopes * bias, axis=-1)


def make():
    np.random.seed(12)
    q = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    return AlibiAttentionScores(), (q, k, Tensor(np.array([6], np.int32)))
