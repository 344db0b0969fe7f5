# case: TabNet explain pass aggregates step masks into feature importances with .asnumpy() and NumPy normalisation inside a helper called from construct -> Graph mode rejects (or falls back on) the NumPy conversion
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExplainConfig:
    def __init__(self, n_steps=3, normalize=True):
        self.n_steps = n_steps
        self.normalize = normalize


def _normalize_importance(imp):
    arr = imp.asnumpy()
    arr = arr / np.maximum(arr.sum(axis=1, keepdims=True), 1e-8)
    return Tensor(arr.astype(np.float32))


class TabNetExplainer(nn.Cell):
    def __init__(self, n_features, n_d, config):
        super().__init__()
        self.normalize = config.normalize
        self.mask_fcs = nn.CellList([nn.Dense(n_features, n_features) for _ in range(config.n_steps)])
        self.step_fcs = nn.CellList([nn.Dense(n_features, n_d) for _ in range(config.n_steps)])

    def construct(self, x):
        importance = ops.zeros_like(x)
        for mask_fc, step_fc in zip(self.mask_fcs, self.step_fcs):
            mask = ops.softmax(mask_fc(x), axis=-1)
            d = ops.relu(step_fc(x * mask))
            importance = importance + mask * d.sum(-1, keepdims=True)
        if self.normalize:
            importance = _normalize_importance(importance)
        return importance


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    return TabNetExplainer(8, 4, ExplainConfig()), (x,)
