# case: query encoder walks an nn.CellList with enumerate/zip over per-layer scales and optionally returns all hidden states by flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=16, num_layers=3, layer_scale_init=0.1,
                 output_hidden_states=True, return_dict=False):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.layer_scale_init = layer_scale_init
        self.output_hidden_states = output_hidden_states
        self.return_dict = return_dict


class FeedForward(nn.Dense):
    def construct(self, x):
        return ops.gelu(super().construct(x))


class ScaledEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([FeedForward(config.hidden_size, config.hidden_size)
                                   for _ in range(config.num_layers)])
        self.scales = [config.layer_scale_init * (i + 1) for i in range(config.num_layers)]
        self.output_hidden_states = config.output_hidden_states
        self.final_norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, hidden, mask=None):
        all_hidden = ()
        for i, (layer, scale) in enumerate(zip(self.layers, self.scales)):
            if self.output_hidden_states:
                all_hidden = all_hidden + (hidden,)
            hidden = hidden + scale * layer(hidden)
        hidden = self.final_norm(hidden)
        if mask is not None:
            hidden = hidden * mask.expand_dims(-1).astype(hidden.dtype)
        pooled = hidden[:, 0]
        outputs = (pooled, hidden)
        if self.output_hidden_states:
            outputs = outputs + (all_hidden + (hidden,),)
        return outputs


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    m = Tensor((np.arange(7)[None] < np.array([[7], [5]])).astype(np.float32))
    return ScaledEncoder(EncoderConfig()), (x, m)
