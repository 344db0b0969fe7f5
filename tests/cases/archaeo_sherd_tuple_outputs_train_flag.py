# case: sherd multi-task head returns a tuple of ware logits and decoration logits, with a Python bool return_features flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiTaskSherdHead(nn.Cell):
    def __init__(self, in_dim=24, n_wares=5, n_decor=3, return_features=True):
        super().__init__()
        self.shared = nn.SequentialCell([nn.Dense(in_dim, 32), nn.ReLU(), nn.Dense(32, 16), nn.ReLU()])
        self.ware = nn.Dense(16, n_wares)
        self.decor = nn.Dense(16, n_decor)
        self.return_features = return_features

    def construct(self, x):
        h = self.shared(x)
        ware_logits = self.ware(h)
        decor_logits = self.decor(h)
        if self.return_features:
            return ware_logits, decor_logits, h
        return ware_logits, decor_logits


def make():
    np.random.seed(47)
    return MultiTaskSherdHead(), (Tensor(np.random.randn(4, 24).astype(np.float32)),)
