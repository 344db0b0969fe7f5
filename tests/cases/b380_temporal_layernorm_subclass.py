# case: spiking transformer block normalizes each time step with a LayerNorm subclass that folds time into batch, then runs LIF on the normed features -> shape-only folding with a subclass of nn.LayerNorm, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, hidden=16, tau=2.0, v_threshold=0.5, layer_norm_eps=1e-5, output_norm=False):
        self.hidden = hidden
        self.tau = tau
        self.v_threshold = v_threshold
        self.layer_norm_eps = layer_norm_eps
        self.output_norm = output_norm


class TemporalLayerNorm(nn.LayerNorm):
    def __init__(self, hidden, eps=1e-5):
        super().__init__((hidden,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)

    def construct(self, x_seq):
        shape = x_seq.shape
        y = super().construct(x_seq.reshape((-1, shape[-1])))
        return y.reshape(shape)


class SpikingMLPBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = TemporalLayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.fc = nn.Dense(config.hidden, config.hidden)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.output_norm = config.output_norm

    def construct(self, x_seq):
        h = self.norm(x_seq)
        v = ops.zeros_like(h[0])
        spikes = []
        for t in range(h.shape[0]):
            v = v + (self.fc(h[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(v.dtype)
            v = v * (1.0 - s)
            spikes.append(s)
        out = x_seq + ops.stack(spikes)
        outputs = (out,) + (h,) if self.output_norm else (out,)
        return outputs


def make():
    np.random.seed(3837)
    x_seq = Tensor(np.random.randn(4, 2, 5, 16).astype(np.float32))
    return SpikingMLPBlock(BlockConfig()), (x_seq,)
