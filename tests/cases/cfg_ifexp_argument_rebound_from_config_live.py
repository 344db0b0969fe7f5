# case: a layer-or-None chosen by an argument (default False) that __init__ first ORs with a config flag (True) -> the layer exists, the branch using it is compiled: host-side .asnumpy() falls back at LAX, fails at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    width = 8
    use_probe = True


class Head(nn.Cell):
    def __init__(self, config, use_probe=False):
        super().__init__()
        use_probe = use_probe or config.use_probe
        self.proj = nn.Dense(config.width, config.width)
        self.probe = nn.Dense(config.width, 1) if use_probe else None

    def construct(self, x):
        y = self.proj(x)
        if self.probe is not None:
            level = float(self.probe(y).asnumpy().mean())
            y = y * level
        return y


def make():
    np.random.seed(51)
    return Head(HeadConfig()), (Tensor(np.random.rand(3, 8).astype(np.float32)),)
