# case: multi-embodiment policy picks the action head from a per-call embodiment id tensor: arm head returns a 7-dim action, mobile-base head a 3-dim action, chosen with if on the tensor -> branches of different shapes under a data-dependent condition, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbodimentConfig:
    def __init__(self, hidden=24, arm_dim=7, base_dim=3):
        self.hidden = hidden
        self.arm_dim = arm_dim
        self.base_dim = base_dim


class MultiEmbodimentPolicy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trunk = nn.SequentialCell(nn.Dense(config.hidden, config.hidden), nn.GELU())
        self.arm_head = nn.Dense(config.hidden, config.arm_dim)
        self.base_head = nn.Dense(config.hidden, config.base_dim)

    def _head(self, h, embodiment_id):
        if embodiment_id == 0:
            return self.arm_head(h)
        return self.base_head(h)

    def construct(self, obs_feat, embodiment_id):
        h = self.trunk(obs_feat)
        return self._head(h, embodiment_id)


def make():
    np.random.seed(13)
    feat = Tensor(np.random.randn(2, 24).astype(np.float32))
    return MultiEmbodimentPolicy(EmbodimentConfig()), (feat, Tensor(1, ms.int32))
