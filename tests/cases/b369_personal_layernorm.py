# case: FedBN-style personalised nn.LayerNorm subclass calls super().construct and scales by a local gamma Parameter created in a helper, stacked in an encoder with zip over CellLists -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PersonalizationConfig:
    def __init__(self, hidden=16, depth=2, personalize=True, eps=1e-5):
        self.hidden = hidden
        self.depth = depth
        self.personalize = personalize
        self.eps = eps


class PersonalLayerNorm(nn.LayerNorm):
    def __init__(self, dim, config, **kwargs):
        super().__init__((dim,), epsilon=config.eps, **kwargs)
        self.personalize = config.personalize
        self._init_local(dim)

    def _init_local(self, dim):
        self.local_gamma = Parameter(Tensor(np.zeros((dim,), np.float32)), name="local_gamma")

    def construct(self, x):
        y = super().construct(x)
        if self.personalize:
            y = y * (1.0 + self.local_gamma)
        return y


class PersonalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.depth)])
        self.norms = nn.CellList([PersonalLayerNorm(config.hidden, config) for _ in range(config.depth)])

    def construct(self, x, *args, **kwargs):
        for block, norm in zip(self.blocks, self.norms):
            x = norm(x + ops.gelu(block(x)))
        return x


def make():
    np.random.seed(40)
    enc = PersonalEncoder(PersonalizationConfig())
    return enc, (Tensor(np.random.randn(3, 5, 16).astype(np.float32)),)
