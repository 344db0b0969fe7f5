# case: TabNet decoder keeps adding decision steps while the mean mask entropy stays above a tolerance (tensor while condition), growing a list of step outputs that is stacked -> Graph mode rejects or fails on the data-dependent loop and list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveStepsConfig:
    max_steps = 5
    entropy_tol = 1.5
    n_d = 6


class AdaptiveTabNet(nn.Cell):
    def __init__(self, n_features, config=AdaptiveStepsConfig):
        super().__init__()
        self.max_steps = config.max_steps
        self.tol = config.entropy_tol
        self.mask_fc = nn.Dense(n_features, n_features)
        self.step_fc = nn.Dense(n_features, config.n_d)

    def _entropy(self, m):
        return (-m * ops.log(m + 1e-10)).sum(-1).mean()

    def construct(self, x):
        prior = ops.ones_like(x)
        outs = []
        step = 0
        mask = ops.softmax(self.mask_fc(x) * prior, axis=-1)
        while self._entropy(mask) > self.tol and step < self.max_steps:
            outs.append(ops.relu(self.step_fc(x * mask)))
            prior = prior * (1.3 - mask)
            mask = ops.softmax(self.mask_fc(x) * prior * 4.0, axis=-1)
            step += 1
        return ops.stack(outs, axis=0).sum(0)


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(6, 10).astype(np.float32))
    return AdaptiveTabNet(10), (x,)
