# case: risk-profile cell averages the amounts of rule-flagged transactions through boolean-mask indexing hidden in a mixin helper -> dynamic shape or rejection in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AmountStatsMixin:
    def _flagged_mean(self, amounts, flags):
        picked = amounts[flags]
        return picked.mean()

    def _broadcast_stat(self, stat, batch):
        return ops.broadcast_to(stat.reshape(1, 1), (batch, 1))


class ProfileConfig:
    num_features = 6
    hidden = 12
    use_flag_stats = True


class RiskProfile(AmountStatsMixin, nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_flag_stats = config.use_flag_stats
        self.encoder = nn.SequentialCell([nn.Dense(config.num_features, config.hidden), nn.ReLU()])
        self.head = nn.Dense(config.hidden + 1, 1)

    def construct(self, feats, amounts, rule_flags):
        h = self.encoder(feats).mean(axis=1)
        if self.use_flag_stats:
            stat = self._flagged_mean(amounts, rule_flags)
        else:
            stat = amounts.mean()
        stat = self._broadcast_stat(stat, h.shape[0])
        return self.head(ops.concat((h, stat), axis=1))


def make():
    np.random.seed(3752)
    feats = np.random.randn(4, 10, ProfileConfig.num_features).astype(np.float32)
    amounts = np.abs(np.random.randn(4, 10)).astype(np.float32) * 100
    flags = np.random.rand(4, 10) > 0.7
    flags[0, 0] = True
    return RiskProfile(ProfileConfig()), (Tensor(feats), Tensor(amounts), Tensor(flags))
