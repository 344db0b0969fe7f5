# case: transformer encoder looping over an nn.CellList with enumerate and accumulating all_hidden_states / all_attentions tuples under output flags -> tuples grown in a loop over a fixed CellList, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    hidden_size = 16
    intermediate_size = 32
    num_hidden_layers = 3
    output_hidden_states = True
    output_attentions = True


class EncoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attn_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.ffn = nn.SequentialCell([nn.Dense(config.hidden_size, config.intermediate_size), nn.GELU(),
                                      nn.Dense(config.intermediate_size, config.hidden_size)])
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, hidden_states, output_attentions=False):
        scores = ops.matmul(hidden_states, hidden_states.swapaxes(1, 2)) / 4.0
        probs = ops.softmax(scores, axis=-1)
        attn_out = self.attn_proj(ops.matmul(probs, hidden_states))
        hidden_states = self.norm(hidden_states + self.ffn(attn_out))
        return (hidden_states, probs) if output_attentions else (hidden_states,)


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layer = nn.CellList([EncoderLayer(config) for _ in range(config.num_hidden_layers)])
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions

    def construct(self, hidden_states):
        all_hidden_states = () if self.output_hidden_states else None
        all_attentions = () if self.output_attentions else None
        for i, layer_module in enumerate(self.layer):
            if self.output_hidden_states:
                all_hidden_states = all_hidden_states + (hidden_states,)
            layer_outputs = layer_module(hidden_states, self.output_attentions)
            hidden_states = layer_outputs[0]
            if self.output_attentions:
                all_attentions = all_attentions + (layer_outputs[1],)
        if self.output_hidden_states:
            all_hidden_states = all_hidden_states + (hidden_states,)
        return tuple(v for v in [hidden_states, all_hidden_states, all_attentions] if v is not None)


def make():
    np.random.seed(5)
    enc = Encoder(EncoderConfig())
    x = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    return enc, (x,)
