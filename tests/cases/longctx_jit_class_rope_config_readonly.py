# case: attention layer that reads rotary settings from a @ms.jit_class config object built in __init__ and only reads its attributes in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RopeConfig:
    def __init__(self, head_dim=8, base=10000.0, partial_rotary_factor=0.5):
        self.head_dim = head_dim
        self.base = base
        self.rotary_dim = int(head_dim * partial_rotary_factor)


class PartialRotaryAttention(nn.Cell):
    def __init__(self, cfg=None, max_len=16):
        super().__init__()
        self.cfg = cfg if cfg is not None else RopeConfig()
        rd = self.cfg.rotary_dim
        inv = 1.0 / (self.cfg.base ** (np.arange(0, rd, 2, dtype=np.float32) / rd))
        ang = np.outer(np.arange(max_len, dtype=np.float32), inv)
        self.cos = Tensor(np.cos(ang))
        self.sin = Tensor(np.sin(ang))

    def apply_rope(self, x, s):
        rd = self.cfg.rotary_dim
        x_rot, x_pass = x[..., :rd], x[..., rd:]
        x1, x2 = x_rot[..., 0::2], x_rot[..., 1::2]
        cos, sin = self.cos[:s], self.sin[:s]
        rotated = ops.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), axis=-1)
        return ops.concat((rotated.reshape(x_rot.shape), x_pass), axis=-1)

    def construct(self, q, k, v):
        s = q.shape[-2]
        q, k = self.apply_rope(q, s), self.apply_rope(k, s)
        w = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.cfg.head_dim ** 0.5), axis=-1)
        return ops.matmul(w, v)


def make():
    np.random.seed(32)
    q = Tensor(np.random.randn(1, 2, 5, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 5, 8).astype(np.float32))
    v = Tensor(np.random.randn(1, 2, 5, 8).astype(np.float32))
    return PartialRotaryAttention(), (q, k, v)
