# case: AnimateDiff motion module folds (b*f, c, h, w) into (b*h*w, f, c) using video_length passed as a Tensor and converted with int() -> reshape size from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionConfig:
    def __init__(self, channels=16, heads=2, attn_bias=False):
        self.channels = channels
        self.heads = heads
        self.attn_bias = attn_bias


class TemporalSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = config.channels
        self.heads = config.heads
        self.to_qkv = nn.Dense(c, 3 * c, has_bias=config.attn_bias)
        self.to_out = nn.Dense(c, c)
        self.scale = (c // config.heads) ** -0.5

    def construct(self, x):
        q, k, v = ops.split(self.to_qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return self.to_out(ops.bmm(attn, v))


class VanillaTemporalModule(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = nn.GroupNorm(4, config.channels)
        self.attn = TemporalSelfAttention(config)

    def construct(self, hidden_states, video_length):
        bf, c, h, w = hidden_states.shape
        f = int(video_length)
        b = bf // f
        x = self.norm(hidden_states)
        x = x.reshape(b, f, c, h * w).transpose(0, 3, 1, 2).reshape(b * h * w, f, c)
        x = self.attn(x)
        x = x.reshape(b, h * w, f, c).transpose(0, 2, 3, 1).reshape(bf, c, h, w)
        return hidden_states + x


def make():
    np.random.seed(37404)
    x = Tensor(np.random.randn(2 * 4, 16, 6, 6).astype(np.float32))
    return VanillaTemporalModule(MotionConfig()), (x, Tensor(4, ms.int32))
