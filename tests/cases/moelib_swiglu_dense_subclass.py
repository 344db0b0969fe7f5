# case: expert FFN implemented as a subclass of nn.Dense (the up projection) calling super().construct, with a gate projection created in a helper and an optional residual scale read via getattr -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FFNConfig:
    def __init__(self, hidden_size=32, intermediate_size=64, num_experts=3, hidden_act="silu"):
        self.hidden_size = hidden_size
        self.intermediate_size = intermediate_size
        self.num_experts = num_experts
        self.hidden_act = hidden_act


ACT2FN = {"silu": ops.silu, "gelu": ops.gelu, "relu": ops.relu}


class GatedUpProjection(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden_size, config.intermediate_size, has_bias=False)
        self.act_fn = ACT2FN[config.hidden_act]
        self._build_gate(config)

    def _build_gate(self, config):
        w = np.random.normal(0, 0.02, (config.intermediate_size, config.hidden_size)).astype(np.float32)
        self.gate_weight = ms.Parameter(Tensor(w), name="gate_weight")

    def construct(self, x):
        up = super().construct(x)
        gate = ops.matmul(x, self.gate_weight.T)
        return self.act_fn(gate) * up


class GatedExpert(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.up = GatedUpProjection(config)
        self.down = nn.Dense(config.intermediate_size, config.hidden_size, has_bias=False)

    def construct(self, x):
        y = self.down(self.up(x))
        scale = getattr(self, "residual_scale", None)
        return y * scale if scale is not None else y


class ExpertEnsemble(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.experts = nn.CellList([GatedExpert(config) for _ in range(config.num_experts)])
        self.router = nn.Dense(config.hidden_size, config.num_experts)

    def construct(self, x, *args):
        w = ops.softmax(self.router(x), axis=-1)
        outs = [expert(x) * w[..., i:i + 1] for i, expert in enumerate(self.experts)]
        return ops.addn(outs)


def make():
    np.random.seed(47)
    ens = ExpertEnsemble(FFNConfig())
    x = Tensor(np.random.randn(2, 4, 32).astype(np.float32))
    return ens, (x,)
