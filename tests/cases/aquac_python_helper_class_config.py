# case: reads a plain Python config object in __init__ to size a biomass regression MLP -> static graph, config only used at construction
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BiomassConfig:
    def __init__(self, n_features=6, hidden=16, dropout=0.1, use_log_target=True):
        self.n_features = n_features
        self.hidden = hidden
        self.dropout = dropout
        self.use_log_target = use_log_target


class BiomassRegressor(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or BiomassConfig()
        self.use_log_target = cfg.use_log_target
        self.body = nn.SequentialCell([
            nn.Dense(cfg.n_features, cfg.hidden), nn.ReLU(),
            nn.Dropout(p=cfg.dropout),
            nn.Dense(cfg.hidden, 1),
        ])

    def construct(self, morpho_feats):
        y = self.body(morpho_feats).squeeze(-1)
        if self.use_log_target:
            y = ops.exp(y)
        return y


def make():
    np.random.seed(32)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    net = BiomassRegressor()
    net.set_train(False)
    return net, (feats,)
