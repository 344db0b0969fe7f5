# case: temporal attention stores its last attention map on self for later visualization (flag on by default) -> attribute of self written in construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnVisConfig:
    def __init__(self, dim=16, keep_attention_maps=True):
        self.dim = dim
        self.keep_attention_maps = keep_attention_maps


class AttentionMapRecorder:
    def _record(self, name, value):
        if self.keep_attention_maps:
            setattr(self, name, value)


class VisualizableTemporalAttention(nn.Cell, AttentionMapRecorder):
    def __init__(self, config):
        super().__init__()
        self.to_qk = nn.Dense(config.dim, 2 * config.dim, has_bias=False)
        self.to_v = nn.Dense(config.dim, config.dim)
        self.keep_attention_maps = config.keep_attention_maps
        self.scale = config.dim ** -0.5
        self.last_attention = None

    def construct(self, frames):
        q, k = ops.split(self.to_qk(frames), frames.shape[-1], axis=-1)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        self._record("last_attention", attn)
        return ops.bmm(attn, self.to_v(frames))


def make():
    np.random.seed(109)
    frames = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return VisualizableTemporalAttention(AttnVisConfig()), (frames,)
