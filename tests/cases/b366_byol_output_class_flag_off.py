# case: SSL encoder with a return_dict flag that the config sets to False, so the output-class branch is never taken and a tuple whose length depends on output_hidden_states is returned -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, dim=8, depth=3, return_dict=False, output_hidden_states=True):
        self.dim = dim
        self.depth = depth
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class EncoderOutput:
    def __init__(self, last_hidden_state, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.hidden_states = hidden_states


class SSLEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.dim, config.dim) for _ in range(config.depth)])
        self.norm = nn.LayerNorm((config.dim,))
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x):
        all_hidden = () if self.output_hidden_states else None
        for layer in self.layers:
            if all_hidden is not None:
                all_hidden = all_hidden + (x,)
            x = ops.gelu(layer(x))
        x = self.norm(x)
        if self.return_dict:
            return EncoderOutput(x, all_hidden)
        outputs = (x,) + (all_hidden,) if self.output_hidden_states else (x,)
        return outputs


def make():
    np.random.seed(3679)
    cfg = EncoderConfig()
    x = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return SSLEncoder(cfg), (x,)
