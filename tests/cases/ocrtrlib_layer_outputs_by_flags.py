# case: layout encoder stack loops over an nn.CellList and collects all hidden states / attentions into tuples whose length depends on output flags -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=32, num_layers=3, output_hidden_states=True, output_attentions=True):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.output_hidden_states = output_hidden_states
        self.output_attentions = output_attentions


class LayoutLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.qkv = nn.Dense(hidden, hidden * 3)
        self.norm = nn.LayerNorm((hidden,))
        self.scale = hidden ** -0.5

    def construct(self, x):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return self.norm(x + ops.bmm(attn, v)), attn


class LayoutEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([LayoutLayer(config.hidden_size) for _ in range(config.num_layers)])
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions

    def construct(self, hidden_states):
        all_hidden = ()
        all_attn = ()
        for layer in self.layers:
            if self.output_hidden_states:
                all_hidden = all_hidden + (hidden_states,)
            hidden_states, attn = layer(hidden_states)
            if self.output_attentions:
                all_attn = all_attn + (attn,)
        outputs = (hidden_states,)
        outputs = outputs + (all_hidden,) if self.output_hidden_states else outputs
        outputs = outputs + (all_attn,) if self.output_attentions else outputs
        return outputs


def make():
    np.random.seed(12)
    h = Tensor(np.random.randn(2, 8, 32).astype(np.float32))
    return LayoutEncoder(EncoderConfig()), (h,)
