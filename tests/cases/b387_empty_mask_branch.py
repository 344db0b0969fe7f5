# case: object propagation returns a refined probability map when the previous mask has any foreground and an all-zero map of the same shape otherwise -> if on a tensor value with same-shaped branches; expected to compile (control flow, static shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropConfig:
    def __init__(self, key_dim=8, value_dim=4, min_fg=0.0):
        self.key_dim = key_dim
        self.value_dim = value_dim
        self.min_fg = min_fg


class ObjectPropagation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_fg = config.min_fg
        self.scale = config.key_dim ** -0.5
        self.head = nn.Conv2d(config.value_dim, 1, 3, pad_mode="same", has_bias=True)

    def _propagate(self, qk, mk, mv, hw):
        aff = ops.softmax(ops.bmm(mk.transpose(0, 2, 1), qk) * self.scale, axis=1)
        readout = ops.bmm(mv, aff).reshape((1, -1) + hw)
        return ops.sigmoid(self.head(readout))

    def construct(self, query_key, mem_key, mem_val, prev_mask):
        hw = prev_mask.shape[-2:]
        if prev_mask.sum() > self.min_fg:
            prob = self._propagate(query_key, mem_key, mem_val, hw)
        else:
            prob = ops.zeros_like(prev_mask)
        return prob


def make():
    np.random.seed(3907)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    prev = Tensor((np.random.rand(1, 1, 4, 4) > 0.5).astype(np.float32))
    return ObjectPropagation(PropConfig()), (qk, mk, mv, prev)
