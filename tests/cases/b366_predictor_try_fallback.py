# case: SimSiam predictor wrapper that tries the bottleneck MLP and falls back to the identity inside try/except when the feature width does not match -> Graph mode rejects try in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PredictorConfig:
    def __init__(self, dim=8, pred_dim=4, allow_identity_fallback=True):
        self.dim = dim
        self.pred_dim = pred_dim
        self.allow_identity_fallback = allow_identity_fallback


class BottleneckPredictor(nn.SequentialCell):
    def __init__(self, config):
        super().__init__([
            nn.Dense(config.dim, config.pred_dim, has_bias=False),
            nn.BatchNorm1d(config.pred_dim),
            nn.ReLU(),
            nn.Dense(config.pred_dim, config.dim),
        ])


class SafePredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.predictor = BottleneckPredictor(config)
        self.fallback = config.allow_identity_fallback

    def construct(self, z):
        try:
            p = self.predictor(z)
        except ValueError:
            p = z
        return p


def make():
    np.random.seed(3690)
    cfg = PredictorConfig()
    z = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    net = SafePredictor(cfg)
    net.set_train(False)
    return net, (z,)
