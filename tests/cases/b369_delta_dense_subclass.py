# case: client model of nn.Dense subclasses that add a personal delta Parameter created in a helper, looped with enumerate over a CellList, hidden-state tuple only under a default-off flag -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClientModelConfig:
    def __init__(self, dims=(12, 24, 24, 5), merge_delta=True, output_hidden_states=False):
        self.dims = dims
        self.merge_delta = merge_delta
        self.output_hidden_states = output_hidden_states


class DeltaDense(nn.Dense):
    def __init__(self, in_channels, out_channels, config=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.merge_delta = True if config is None else config.merge_delta
        self._init_delta()

    def _init_delta(self):
        self.delta_weight = Parameter(Tensor(np.zeros(self.weight.shape, np.float32)), name="delta_weight")

    def construct(self, x):
        w = self.weight + self.delta_weight if self.merge_delta else self.weight
        out = ops.matmul(x, w.T)
        if self.has_bias:
            out = out + self.bias
        return out


class PersonalClientModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        d = config.dims
        self.layers = nn.CellList([DeltaDense(i, o, config) for i, o in zip(d[:-1], d[1:])])
        self.output_hidden_states = config.output_hidden_states
        self.act = nn.ReLU()

    def construct(self, x):
        hidden = ()
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < last:
                x = self.act(x)
            if self.output_hidden_states:
                hidden = hidden + (x,)
        outputs = (x, hidden) if self.output_hidden_states else (x,)
        return outputs


def make():
    np.random.seed(37)
    model = PersonalClientModel(ClientModelConfig())
    return model, (Tensor(np.random.randn(4, 12).astype(np.float32)),)
