# case: a decoder loop over an nn.CellList that reads the loop variables (idx, layer_output) after the loop ends; graph mode refuses loop-body names used after the for loop, so compilation fails with UnboundLocalError
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.fc = nn.Dense(hidden, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, x):
        return self.norm(x + ops.silu(self.fc(x)))


class Decoder(nn.Cell):
    def __init__(self, hidden=8, num_layers=3):
        super().__init__()
        self.layers = nn.CellList([DecoderLayer(hidden) for _ in range(num_layers)])

    def construct(self, hidden_states):
        for idx, layer in enumerate(self.layers):
            layer_output = layer(hidden_states)
            hidden_states = layer_output
        last_layer_index = idx
        return layer_output * 1.0, last_layer_index


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return Decoder(), (x,)
