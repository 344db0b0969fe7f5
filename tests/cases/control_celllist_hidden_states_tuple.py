# case: an encoder looping over an nn.CellList of layers, accumulating all_hidden_states and all_attentions tuples only when output_hidden_states / output_attentions flags from the config are set; flags are constants so it should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Layer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.attn = nn.Dense(hidden, hidden)
        self.ffn = nn.Dense(hidden, hidden)

    def construct(self, x):
        a = ops.softmax(ops.matmul(x, self.attn(x).swapaxes(-1, -2)), axis=-1)
        return x + self.ffn(ops.matmul(a, x)), a


class Encoder(nn.Cell):
    def __init__(self, hidden=8, num_layers=3, output_hidden_states=True, output_attentions=False):
        super().__init__()
        self.layers = nn.CellList([Layer(hidden) for _ in range(num_layers)])
        self.output_hidden_states = output_hidden_states
        self.output_attentions = output_attentions

    def construct(self, hidden_states):
        all_hidden_states = () if self.output_hidden_states else None
        all_attentions = () if self.output_attentions else None
        for layer in self.layers:
            if self.output_hidden_states:
                all_hidden_states = all_hidden_states + (hidden_states,)
            hidden_states, attn = layer(hidden_states)
            if self.output_attentions:
                all_attentions = all_attentions + (attn,)
        if self.output_hidden_states:
            all_hidden_states = all_hidden_states + (hidden_states,)
        return tuple(v for v in [hidden_states, all_hidden_states, all_attentions] if v is not None)


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return Encoder(), (x,)
