# case: berth score network with a constructor bool flag deciding whether to layer-normalise features -> Python bool branch resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthFit(nn.Cell):
    def __init__(self, n_feats=6, n_berths=4, use_norm=True, temperature=0.5):
        super().__init__()
        self.use_norm = use_norm
        self.norm = nn.LayerNorm((n_feats,))
        self.head = nn.Dense(n_feats, n_berths)
        self.temperature = temperature

    def construct(self, vessel_feats):
        x = vessel_feats
        if self.use_norm:
            x = self.norm(x)
        logits = self.head(x) / self.temperature
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(26)
    feats = Tensor(np.random.randn(5, 6).astype(np.float32))
    return BerthFit(), (feats,)
