# case: personalised client records the norm of its local-vs-global weight delta on self.last_drift inside construct (track_drift defaults to True) -> writing a tensor to a non-Parameter self attribute in construct is rejected or ignored by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClientConfig:
    def __init__(self, in_dim=12, out_dim=6, track_drift=True, mu=0.01):
        self.in_dim = in_dim
        self.out_dim = out_dim
        self.track_drift = track_drift
        self.mu = mu


class PersonalizedClient(nn.Cell):
    def __init__(self, config, global_weight=None):
        super().__init__()
        self.local = nn.Dense(config.in_dim, config.out_dim)
        self.track_drift = config.track_drift
        self.mu = config.mu
        if global_weight is None:
            global_weight = self.local.weight.asnumpy().copy()
        self.global_weight = Parameter(Tensor(global_weight), name="global_weight", requires_grad=False)
        self.last_drift = None

    def _delta(self):
        return self.local.weight - self.global_weight

    def construct(self, x):
        delta = self._delta()
        drift = ops.sqrt((delta * delta).sum())
        if self.track_drift:
            self.last_drift = drift
        return self.local(x), self.mu * drift


def make():
    np.random.seed(23)
    cfg = ClientConfig()
    client = PersonalizedClient(cfg, np.random.randn(cfg.out_dim, cfg.in_dim).astype(np.float32))
    return client, (Tensor(np.random.randn(5, cfg.in_dim).astype(np.float32)),)
