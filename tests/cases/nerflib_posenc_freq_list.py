# case: NeRF positional encoder loops over a Python list of frequency bands built in __init__ with optional log sampling and include_input flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PEConfig:
    def __init__(self, multires=6, log_sampling=True, include_input=True, periodic_fns=("sin", "cos")):
        self.multires = multires
        self.log_sampling = log_sampling
        self.include_input = include_input
        self.periodic_fns = periodic_fns


_FNS = {"sin": ops.sin, "cos": ops.cos}


class Embedder(nn.Cell):
    def __init__(self, config, input_dims=3):
        super().__init__()
        self.include_input = config.include_input
        max_freq = config.multires - 1
        if config.log_sampling:
            bands = 2.0 ** np.linspace(0.0, max_freq, config.multires)
        else:
            bands = np.linspace(2.0 ** 0.0, 2.0 ** max_freq, config.multires)
        self.freq_bands = [float(f) for f in bands]
        self.fns = [_FNS[name] for name in config.periodic_fns]
        self.out_dim = input_dims * (int(self.include_input) + len(self.fns) * len(self.freq_bands))

    def construct(self, x):
        out = []
        if self.include_input:
            out.append(x)
        for freq in self.freq_bands:
            for fn in self.fns:
                out.append(fn(x * freq))
        return ops.concat(out, axis=-1)


def make():
    np.random.seed(106)
    x = np.random.uniform(-1, 1, (64, 3)).astype(np.float32)
    return Embedder(PEConfig()), (Tensor(x),)
