# case: stacked decoder over an nn.CellList that accumulates all_hidden_states / all_attentions tuples under output flags and returns a flag-dependent tuple filtered with a generator expression -> tuple lengths fixed at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=16, num_layers=3, output_hidden_states=True, output_attentions=False):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.output_hidden_states = output_hidden_states
        self.output_attentions = output_attentions


class DecoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attn_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, hidden_states, output_attentions=False):
        scores = ops.softmax(ops.matmul(hidden_states, hidden_states.swapaxes(1, 2)), axis=-1)
        h = self.norm(hidden_states + self.attn_proj(ops.matmul(scores, hidden_states)))
        outputs = (h, scores) if output_attentions else (h,)
        return outputs


class StackedDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([DecoderLayer(config) for _ in range(config.num_layers)])
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions

    def construct(self, hidden_states):
        all_hidden_states = () if self.output_hidden_states else None
        all_attentions = () if self.output_attentions else None
        for layer in self.layers:
            if self.output_hidden_states:
                all_hidden_states = all_hidden_states + (hidden_states,)
            layer_outputs = layer(hidden_states, self.output_attentions)
            hidden_states = layer_outputs[0]
            if self.output_attentions:
                all_attentions = all_attentions + (layer_outputs[1],)
        return tuple(v for v in [hidden_states, all_hidden_states, all_attentions] if v is not None)


def make():
    np.random.seed(3384)
    cfg = DecoderConfig()
    return StackedDecoder(cfg), (Tensor(np.random.randn(2, 5, cfg.hidden_size).astype(np.float32)),)
