# case: reader encoder stack run with a while loop over a Python-int layer counter indexing an nn.CellList, collecting hidden states when output_hidden_states is set -> loop bound is a config int; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=16, num_hidden_layers=3, output_hidden_states=True):
        self.hidden_size = hidden_size
        self.num_hidden_layers = num_hidden_layers
        self.output_hidden_states = output_hidden_states


class FeedForwardLayer(nn.Cell):
    def __init__(self, hidden_size):
        super().__init__()
        self.ff = nn.Dense(hidden_size, hidden_size, activation="gelu")
        self.norm = nn.LayerNorm((hidden_size,))

    def construct(self, x):
        return self.norm(x + self.ff(x))


class ReaderEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_layers = config.num_hidden_layers
        self.layers = nn.CellList([FeedForwardLayer(config.hidden_size) for _ in range(self.num_layers)])
        self.output_hidden_states = config.output_hidden_states
        self.qa = nn.Dense(config.hidden_size, 2)

    def construct(self, x):
        all_states = ()
        i = 0
        while i < self.num_layers:
            if self.output_hidden_states:
                all_states = all_states + (x,)
            x = self.layers[i](x)
            i += 1
        logits = self.qa(x)
        outputs = (logits[..., 0], logits[..., 1])
        return outputs + (all_states,) if self.output_hidden_states else outputs


def make():
    np.random.seed(3759)
    x = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    return ReaderEncoder(EncoderConfig()), (x,)
