# case: TabNet attentive transformer caches the last feature mask and prior on self (self.last_mask = ...) inside construct for explainability -> Graph mode rejects or mishandles the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TabNetConfig:
    n_steps = 3
    gamma = 1.3
    keep_masks = True


class AttentiveTransformer(nn.Cell):
    def __init__(self, d_in, n_features, config):
        super().__init__()
        self.fc = nn.Dense(d_in, n_features, has_bias=False)
        self.gamma = config.gamma
        self.keep_masks = config.keep_masks
        self.last_mask = None

    def _remember(self, mask):
        if self.keep_masks:
            self.last_mask = mask

    def construct(self, a, prior):
        mask = ops.softmax(self.fc(a) * prior, axis=-1)
        self._remember(mask)
        return mask, prior * (self.gamma - mask)


class TabNetEncoder(nn.Cell):
    def __init__(self, n_features, config):
        super().__init__()
        self.steps = nn.CellList([AttentiveTransformer(n_features, n_features, config)
                                  for _ in range(config.n_steps)])

    def construct(self, x):
        prior = ops.ones_like(x)
        agg = ops.zeros_like(x)
        for step in self.steps:
            mask, prior = step(x, prior)
            agg = agg + ops.relu(x * mask)
        return agg


def make():
    np.random.seed(25)
    x = Tensor(np.random.randn(6, 10).astype(np.float32))
    return TabNetEncoder(10, TabNetConfig()), (x,)
