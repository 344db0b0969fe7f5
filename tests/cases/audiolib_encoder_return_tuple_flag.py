# case: encoder that returns a flag-length tuple; the branch building a plain Python output class sits behind return_dict, which defaults to False and is never set -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, d_model=32, num_layers=3, return_dict=False, output_hidden_states=True):
        self.d_model = d_model
        self.num_layers = num_layers
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class EncoderOutput:
    def __init__(self, last_hidden_state, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.hidden_states = hidden_states


class ConvModule(nn.Cell):
    def __init__(self, d_model, kernel_size=5):
        super().__init__()
        self.pw = nn.Dense(d_model, d_model)
        self.dw = nn.Conv1d(d_model, d_model, kernel_size, pad_mode="same", group=d_model)

    def construct(self, x):
        h = self.pw(x).transpose(0, 2, 1)
        return x + ops.silu(self.dw(h)).transpose(0, 2, 1)


class ConformerEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([ConvModule(config.d_model) for _ in range(config.num_layers)])
        self.return_dict = getattr(config, "return_dict", False)
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x):
        all_hidden = (x,) if self.output_hidden_states else ()
        for layer in self.layers:
            x = layer(x)
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
        if self.return_dict:
            return EncoderOutput(x, all_hidden)
        outputs = (x, all_hidden) if self.output_hidden_states else (x,)
        return outputs


def make():
    np.random.seed(3311)
    net = ConformerEncoder(EncoderConfig())
    x = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    return net, (x,)
