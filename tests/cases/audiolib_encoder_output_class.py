# case: conformer encoder wrapper that, under the default return_dict=True, builds and returns a plain Python EncoderOutput object from construct -> Graph mode should reject the plain class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, d_model=32, num_layers=2, return_dict=True, output_hidden_states=False):
        self.d_model = d_model
        self.num_layers = num_layers
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class EncoderOutput:
    def __init__(self, last_hidden_state, lengths, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.lengths = lengths
        self.hidden_states = hidden_states


class FeedForwardBlock(nn.Cell):
    def __init__(self, d_model):
        super().__init__()
        self.norm = nn.LayerNorm((d_model,))
        self.w1 = nn.Dense(d_model, 2 * d_model)
        self.w2 = nn.Dense(2 * d_model, d_model)

    def construct(self, x):
        return x + 0.5 * self.w2(ops.silu(self.w1(self.norm(x))))


class ConformerEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([FeedForwardBlock(config.d_model) for _ in range(config.num_layers)])
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x, lengths):
        hidden = ()
        for layer in self.layers:
            x = layer(x)
            if self.output_hidden_states:
                hidden = hidden + (x,)
        if not self.return_dict:
            return (x, lengths) + ((hidden,) if self.output_hidden_states else ())
        return EncoderOutput(x, lengths, hidden if self.output_hidden_states else None)


def make():
    np.random.seed(3310)
    net = ConformerEncoder(EncoderConfig())
    x = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    lengths = Tensor(np.array([12, 9], dtype=np.int32))
    return net, (x, lengths)
