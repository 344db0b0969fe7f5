# case: channel-wise LayerNorm subclass that transposes [batch, channels, time] around super().construct, used by a mixer block with *args/**kwargs forwarding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelLayerNorm(nn.LayerNorm):
    """LayerNorm over the channel axis of a [B, C, T] series."""

    def __init__(self, n_channels, eps=1e-5):
        super().__init__((n_channels,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)

    def construct(self, x):
        y = super().construct(x.swapaxes(1, 2))
        return y.swapaxes(1, 2)


class MixerConfig:
    def __init__(self, n_channels=7, seq_len=32, expansion=2, norm_first=True):
        self.n_channels = n_channels
        self.seq_len = seq_len
        self.expansion = expansion
        self.norm_first = norm_first


class TimeMixerBlock(nn.Cell):
    def __init__(self, config, *args, **kwargs):
        super().__init__()
        self.norm_first = getattr(config, "norm_first", True)
        self.norm = ChannelLayerNorm(config.n_channels, **kwargs)
        self.mlp = nn.SequentialCell([nn.Dense(config.seq_len, config.seq_len * config.expansion),
                                      nn.GELU(), nn.Dense(config.seq_len * config.expansion, config.seq_len)])

    def construct(self, x, *args):
        if self.norm_first:
            return x + self.mlp(self.norm(x))
        return self.norm(x + self.mlp(x))


def make():
    np.random.seed(3445)
    x = Tensor(np.random.randn(4, 7, 32).astype(np.float32))
    return TimeMixerBlock(MixerConfig(), eps=1e-6), (x,)
