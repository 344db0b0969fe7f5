# case: FNO block whose output-class branch is guarded by return_dict, which this library config keeps False -> plain-class branch never taken, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FNOOutput:
    def __init__(self, last_hidden_state, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.hidden_states = hidden_states


class FNOConfig:
    def __init__(self, width=8, n_lon=16, modes=4, n_layers=2, use_return_dict=False, output_hidden_states=False):
        self.width = width
        self.n_lon = n_lon
        self.modes = modes
        self.n_layers = n_layers
        self.use_return_dict = use_return_dict
        self.output_hidden_states = output_hidden_states


def dft_mats(n, m):
    k = np.arange(m)[:, None]
    x = np.arange(n)[None, :]
    ang = 2.0 * np.pi * k * x / n
    return np.cos(ang).astype(np.float32), (-np.sin(ang)).astype(np.float32)


class SpectralLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c, s = dft_mats(config.n_lon, config.modes)
        self.fwd = Tensor(np.concatenate([c, s], 0).T.copy())
        self.inv = Tensor(np.concatenate([c, s], 0) * (2.0 / config.n_lon))
        self.w = nn.Dense(config.width, config.width)

    def construct(self, x):
        xt = x.swapaxes(2, 3)
        y = ops.matmul(ops.matmul(xt, self.fwd), self.inv).swapaxes(2, 3)
        return ops.gelu(self.w(y) + x)


class FNOModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([SpectralLayer(config) for _ in range(config.n_layers)])
        self.use_return_dict = config.use_return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        all_hidden = ()
        for layer in self.layers:
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            x = layer(x)
        if not return_dict:
            return tuple(v for v in (x, all_hidden if self.output_hidden_states else None) if v is not None)
        return FNOOutput(last_hidden_state=x, hidden_states=all_hidden)


def make():
    np.random.seed(3660)
    net = FNOModel(FNOConfig())
    x = Tensor(np.random.randn(2, 8, 16, 8).astype(np.float32))
    return net, (x,)
