# case: lead-wise LayerNorm subclass with a per-lead gain Parameter created in a helper, used in a stack of residual blocks looped over an nn.CellList; super().construct forwarding -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BlockConfig:
    def __init__(self, hidden=32, n_blocks=3, n_leads=12, residual_scale=0.5, use_lead_gain=True):
        self.hidden = hidden
        self.n_blocks = n_blocks
        self.n_leads = n_leads
        self.residual_scale = residual_scale
        self.use_lead_gain = use_lead_gain


class LeadGainLayerNorm(nn.LayerNorm):
    def __init__(self, hidden, n_leads, use_gain=True, **kwargs):
        super().__init__((hidden,), **kwargs)
        self.use_gain = use_gain
        if use_gain:
            self._make_gain(n_leads)

    def _make_gain(self, n_leads):
        self.lead_gain = Parameter(Tensor(np.ones((1, n_leads, 1), np.float32)), name="lead_gain")

    def construct(self, x):
        y = super().construct(x)
        return y * self.lead_gain if self.use_gain else y


class ResidualLeadBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = LeadGainLayerNorm(config.hidden, config.n_leads, config.use_lead_gain, epsilon=1e-6)
        self.ff = nn.SequentialCell([nn.Dense(config.hidden, config.hidden * 2), nn.GELU(), nn.Dense(config.hidden * 2, config.hidden)])
        self.scale = config.residual_scale

    def construct(self, x, *args, **kwargs):
        return x + self.scale * self.ff(self.norm(x))


class LeadResidualStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([ResidualLeadBlock(config) for _ in range(config.n_blocks)])

    def construct(self, x):
        states = [x]
        for blk in self.blocks:
            states.append(blk(states[-1]))
        return states[-1], ops.stack(states[1:]).mean(0)


def make():
    np.random.seed(3769)
    x = np.random.randn(2, 12, 32).astype(np.float32)
    return LeadResidualStack(BlockConfig()), (Tensor(x),)
