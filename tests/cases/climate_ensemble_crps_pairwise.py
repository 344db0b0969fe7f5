# case: fair CRPS of an ensemble forecast using pairwise member differences -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnsembleCRPS(nn.Cell):
    """CRPS = E|X - y| - 0.5 E|X - X'| with optional 'fair' correction."""

    def __init__(self, fair=True, member_axis=1, lat_weights=None):
        super().__init__()
        self.fair = fair
        self.member_axis = member_axis
        self.lat_w = None if lat_weights is None else Tensor(np.asarray(lat_weights, np.float32)[:, None])

    def _spread_term(self, ens):
        m = ens.shape[self.member_axis]
        diff = ops.abs(ens.expand_dims(self.member_axis) - ens.expand_dims(self.member_axis + 1))
        total = diff.sum(axis=(self.member_axis, self.member_axis + 1))
        denom = m * (m - 1) if self.fair else m * m
        return total / (2.0 * denom)

    def construct(self, ens, obs):
        skill = ops.abs(ens - obs.expand_dims(self.member_axis)).mean(axis=self.member_axis)
        crps = skill - self._spread_term(ens)
        if self.lat_w is not None:
            crps = crps * self.lat_w
        return crps.mean()


def make():
    rng = np.random.RandomState(105)
    ens = Tensor(rng.randn(2, 5, 4, 6).astype(np.float32))
    obs = Tensor(rng.randn(2, 4, 6).astype(np.float32))
    return EnsembleCRPS(lat_weights=np.cos(np.deg2rad(np.linspace(-60, 60, 4)))), (ens, obs)
